package io.maskmark.deid;

/**
 * Transforms one entity occurrence: one operator in Presidio's sense. Implementations are
 * immutable and thread-safe.
 */
public interface Operator {

  /** Name used in policies, e.g. {@code mask}. */
  String name();

  /** The replacement text for {@code occurrence}. */
  String apply(Occurrence occurrence);

  /**
   * Whether someone holding a key could recover the original from the output (or link two
   * outputs to the same person): such operators make a record pseudonymised, never anonymised.
   */
  boolean keyed();
}
