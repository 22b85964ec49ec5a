package io.maskmark.deid;

import io.maskmark.detect.EntityType;
import io.maskmark.detect.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which operator applies to which entity type. A type without a rule gets the default operator;
 * a type mapped to null is kept as is.
 */
public final class Policy {

  private final String name;
  private final String version;
  private final Operator defaultOperator;
  private final Map<EntityType, Operator> rules;

  public Policy(String name, String version, Operator defaultOperator,
                Map<EntityType, Operator> rules) {
    this.name = Objects.requireNonNull(name);
    this.version = Objects.requireNonNull(version);
    this.defaultOperator = Objects.requireNonNull(defaultOperator);
    this.rules = new EnumMap<>(EntityType.class);
    this.rules.putAll(rules);
  }

  public String name() {
    return name;
  }

  public String version() {
    return version;
  }

  /** The operator for a type, or null when the policy keeps that type. */
  public Operator operatorFor(EntityType type, Language language) {
    return rules.containsKey(type) ? rules.get(type) : defaultOperator;
  }

  public Mode mode() {
    if (defaultOperator.keyed()) {
      return Mode.PSEUDONYMISED;
    }
    for (Operator o : rules.values()) {
      if (o != null && o.keyed()) {
        return Mode.PSEUDONYMISED;
      }
    }
    return Mode.ANONYMISED;
  }

  /** Type tags for every personal type; organisations are kept. */
  public static Policy tags() {
    Map<EntityType, Operator> rules = new EnumMap<>(EntityType.class);
    rules.put(EntityType.ORGANIZATION, null);
    rules.put(EntityType.CN_USCC, null);
    return new Policy("tags", "1", new ReplaceOperator(false), rules);
  }
}
