package io.maskmark.deid;

import io.maskmark.deid.keys.KeyRing;
import java.util.List;

/** The operators a policy can name, and how each is built from its parameters. */
final class Operators {

  static final List<String> NAMES =
      List.of("redact", "replace", "mask", "generalize", "keep", "hash", "encrypt", "surrogate");

  private Operators() {
  }

  /**
   * Builds the operator a policy entry names. {@code keys} may be null; a keyed operator then
   * fails with an error that says how to provide a key.
   */
  static Operator create(Params p, KeyRing keys) {
    Operator op = switch (p.operator()) {
      case "redact" -> new RedactOperator();
      case "replace" -> ReplaceOperator.create(p);
      case "mask" -> MaskOperator.create(p);
      case "generalize", "generalise" -> GeneralizeOperator.create(p);
      case "keep" -> KeepOperator.INSTANCE;
      case "hash" -> HashOperator.create(p, need(p, keys));
      case "encrypt" -> new EncryptOperator(need(p, keys));
      case "surrogate" -> new SurrogateOperator(p.bool("random", false) ? null : need(p, keys));
      default -> throw p.error("operator", "unknown operator '" + p.operator() + "' (known: "
          + String.join(", ", NAMES) + ")");
    };
    p.done();
    return op;
  }

  private static KeyRing need(Params p, KeyRing keys) {
    if (keys == null) {
      String what = p.operator().equals("surrogate") ? "keyed surrogates" : "operator '" + p.operator() + "'";
      throw p.error("operator", what + " needs a key: give a key ring (maskmark: --key-file FILE or "
          + "--key-env VAR; create one with maskmark keygen --out FILE)"
          + (p.operator().equals("surrogate") ? ", or use random: true for unlinkable surrogates" : ""));
    }
    return keys;
  }
}
