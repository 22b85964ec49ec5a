package io.maskmark.detect.ner.en.train;

import java.util.List;

/**
 * The datafaker locales whose names and places are written in Latin script, with the weight of
 * each in the generated corpus: English-speaking locales first, because the engine reads English
 * text, but names and addresses from across Europe, Latin America, Africa and Asia occur in it.
 */
final class Locales {

  record Weighted(String tag, int weight) {
  }

  static final List<Weighted> ALL = List.of(
      new Weighted("en-US", 14), new Weighted("en-GB", 6), new Weighted("en-CA", 3),
      new Weighted("en-AU", 3), new Weighted("en-IE", 2), new Weighted("en-NZ", 2),
      new Weighted("en-IN", 3), new Weighted("en-ZA", 2), new Weighted("en-NG", 2),
      new Weighted("en-SG", 1), new Weighted("en-PK", 1), new Weighted("en-UG", 1),
      new Weighted("de", 4), new Weighted("de-AT", 2), new Weighted("de-CH", 2),
      new Weighted("fr", 4), new Weighted("fr-CA", 2), new Weighted("fr-CH", 1),
      new Weighted("it", 4), new Weighted("es", 4), new Weighted("es-MX", 3),
      new Weighted("es-AR", 2), new Weighted("pt", 3), new Weighted("pt-BR", 3),
      new Weighted("nl", 3), new Weighted("nl-BE", 2), new Weighted("sv", 3),
      new Weighted("da-DK", 2), new Weighted("nb-NO", 2), new Weighted("fi-FI", 2),
      new Weighted("pl", 3), new Weighted("cs", 3), new Weighted("sk", 2), new Weighted("hu", 3),
      new Weighted("hr", 2), new Weighted("et", 2), new Weighted("lv", 2), new Weighted("tr", 3),
      new Weighted("ro-MD", 1), new Weighted("ca", 1), new Weighted("sq", 1),
      new Weighted("id", 2), new Weighted("vi", 2));

  private Locales() {
  }
}
