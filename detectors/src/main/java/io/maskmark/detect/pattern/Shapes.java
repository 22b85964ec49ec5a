package io.maskmark.detect.pattern;

/**
 * Regex edges shared by the rule families. Nothing here uses {@code \b}: in Java it does not
 * fire between a Han character and a digit, so {@code 手机13812345678} would be missed.
 */
final class Shapes {

  private Shapes() {
  }

  /** Not preceded by an ASCII letter or digit: a match never starts inside a longer run. */
  static final String START = "(?<![0-9A-Za-z])";
  /** Not followed by an ASCII letter or digit: a match never ends inside a longer run. */
  static final String END = "(?![0-9A-Za-z])";
  /**
   * START, and not the continuation of a grouped number ({@code 1234 5678}): after a digit and a
   * separator only a solid run of five or more digits may start (it is not a group of four).
   */
  static final String NUM_START = "(?<![0-9A-Za-z])(?:(?<!\\d[ .-])|(?=\\d{5}))";
  /** END, and not followed by a further group of a grouped number (unless it ends a solid run). */
  static final String NUM_END = "(?![0-9A-Za-z])(?:(?![ .-]\\d)|(?<=\\d{5}))";
  /** Phone extension: x123, ext. 123, 转123. */
  static final String EXTENSION = "(?:[ ]?(?:x|ext\\.?|#|转)[ ]?\\d{1,6}+)?";

  static final String DIGITS = "0-9";
  static final String UPPER = "A-Z";
  static final String LETTERS = "A-Za-z";
  static final String ALNUM = "0-9A-Za-z";
  static final String HEX = "0-9A-Fa-f";

  /** The value without the given separator characters. */
  /**
   * Whether one of {@code chars} occurs in {@code [from, from + within)}: a cheap necessary
   * condition checked before a pattern is tried (a label's colon, a date's digit).
   */
  static boolean anyWithin(CharSequence t, int from, int within, String chars) {
    for (int k = Math.max(0, from), to = Math.min(t.length(), from + within); k < to; k++) {
      if (chars.indexOf(t.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  static final String DIGIT_CHARS = "0123456789";

  static String strip(CharSequence s, String separators) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (separators.indexOf(c) < 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static int countDigits(CharSequence s) {
    int d = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        d++;
      }
    }
    return d;
  }

  static int countLetters(CharSequence s) {
    int d = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        d++;
      }
    }
    return d;
  }
}
