package io.maskmark.detect.pattern;

import java.util.ArrayList;
import java.util.List;

/** The catalogue of structured identifiers: every family's rules, in a fixed order. */
final class StructuredRules {

  private StructuredRules() {
  }

  static List<PatternRule> all() {
    List<PatternRule> rules = new ArrayList<>();
    rules.addAll(ChinaIds.rules());
    rules.addAll(TravelDocuments.rules());
    rules.addAll(Vehicles.rules());
    rules.addAll(Phones.rules());
    rules.addAll(Contact.rules());
    rules.addAll(Network.rules());
    rules.addAll(Finance.rules());
    rules.addAll(CryptoWallets.rules());
    rules.addAll(WesternIds.rules());
    rules.addAll(BirthAndAge.rules());
    rules.addAll(Coordinates.rules());
    rules.addAll(Credentials.rules());
    return List.copyOf(rules);
  }
}
