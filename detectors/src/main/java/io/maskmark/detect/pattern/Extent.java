package io.maskmark.detect.pattern;

/**
 * Adjusts where a match ends before it is validated, for values whose last character cannot be
 * decided by a linear-time pattern (a URL or password followed by sentence punctuation).
 */
@FunctionalInterface
interface Extent {

  /** The new end, in {@code (start, end]}; or {@code start} to drop the candidate. */
  int end(CharSequence text, int start, int end);

  /** Drops trailing characters that are in {@code chars}. */
  static Extent trimTrailing(String chars) {
    return (text, start, end) -> {
      int e = end;
      while (e > start && chars.indexOf(text.charAt(e - 1)) >= 0) {
        e--;
      }
      return e;
    };
  }
}
