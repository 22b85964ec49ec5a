package io.maskmark.deid;

import io.maskmark.detect.EntityType;
import io.maskmark.detect.Language;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A loaded de-identification policy: which operator applies to which entity type (optionally per
 * language), bound to the key ring its keyed operators use. Load one with {@link Policies}.
 * Types without a rule get the default rule, except non-personal types (organisations, unified
 * social credit codes), which are kept unless the policy names them. Immutable and thread-safe;
 * {@link #toString()} shows names and ids, never key material.
 */
public final class Policy {

  /** The operators of one type: for any language, and the optional en/zh overrides. */
  record Rule(Operator any, Operator en, Operator zh) {
    Operator select(Language language) {
      Operator specific = language == Language.ZH ? zh : language == Language.EN ? en : null;
      return specific != null ? specific : any;
    }

    boolean keyed() {
      return any != null && any.keyed() || en != null && en.keyed() || zh != null && zh.keyed();
    }
  }

  private final String name;
  private final String version;
  private final String sha256;
  private final Mode mode;
  private final String keyId;
  private final Rule defaultRule;
  private final Map<EntityType, Rule> rules;

  Policy(String name, String version, String sha256, Mode mode, String keyId, Rule defaultRule,
         Map<EntityType, Rule> rules) {
    this.name = Objects.requireNonNull(name);
    this.version = Objects.requireNonNull(version);
    this.sha256 = Objects.requireNonNull(sha256);
    this.mode = Objects.requireNonNull(mode);
    this.keyId = keyId;
    this.defaultRule = Objects.requireNonNull(defaultRule);
    this.rules = new EnumMap<>(EntityType.class);
    this.rules.putAll(rules);
  }

  public String name() {
    return name;
  }

  public String version() {
    return version;
  }

  /** SHA-256 (hex) of the policy file's bytes: identifies exactly which rules were applied. */
  public String sha256() {
    return sha256;
  }

  public Mode mode() {
    return mode;
  }

  /** Id of the primary key that keyed operators use, or null when the policy uses no key. */
  public String keyId() {
    return keyId;
  }

  /** The operator for a type in a language ({@link Language#EN} or {@link Language#ZH}). */
  public Operator operatorFor(EntityType type, Language language) {
    Rule r = rules.get(type);
    if (r == null) {
      return type.personal() ? defaultRule.select(language) : KeepOperator.INSTANCE;
    }
    Operator op = r.select(language);
    return op != null ? op : defaultRule.select(language); // a rule for the other language only
  }


  /** The keyless built-in {@code tags} policy: a type tag for every personal value. */
  public static Policy tags() {
    return Policies.builtIn("tags", null);
  }

  @Override
  public String toString() {
    return "Policy[" + name + " v" + version + ", " + mode.code()
        + (keyId == null ? "" : ", key " + keyId) + "]";
  }
}
