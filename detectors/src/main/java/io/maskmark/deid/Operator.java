package io.maskmark.deid;

/**
 * Transforms one entity occurrence: one operator in Presidio's sense. Operators are created from
 * a policy by name, are immutable and thread-safe, and never log or throw with the value.
 */
public interface Operator {

  /** Name used in policies, e.g. {@code mask}. */
  String name();

  /** The replacement text for {@code occurrence}. */
  String apply(Occurrence occurrence);

  /**
   * Whether the operator uses the key ring: someone holding the key could restore the value or
   * link outputs to the same person, so a policy using it is pseudonymising, never anonymising.
   */
  boolean keyed();

  /**
   * Whether the output can be neither reversed nor linked across records by anyone: the only
   * operators an {@link Mode#ANONYMISED} policy may use ({@code keep} is allowed there for
   * non-personal types only).
   */
  boolean anonymising();
}
