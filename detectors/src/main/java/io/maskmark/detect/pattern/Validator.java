package io.maskmark.detect.pattern;

import java.util.function.Predicate;

/** A format check (checksum, date, range, number plan) on a candidate's normalised characters. */
@FunctionalInterface
public interface Validator {

  /** What a check says about a candidate. */
  enum Verdict {
    /** The check fails: the candidate is dropped. */
    INVALID,
    /** The check cannot confirm it (e.g. a possible but unassigned number): the base score stays. */
    PLAUSIBLE,
    /** The check passes: the score rises to the rule's validated score. */
    VALID
  }

  Verdict check(CharSequence candidate);

  /** A pass/fail check. */
  static Validator of(Predicate<CharSequence> test) {
    return c -> test.test(c) ? Verdict.VALID : Verdict.INVALID;
  }
}
