package io.maskmark.detect.pattern;

/** A format check (checksum, date, range) on a candidate's normalised characters. */
@FunctionalInterface
public interface Validator {
  boolean test(CharSequence candidate);
}
