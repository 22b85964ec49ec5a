package io.maskmark.detect.pattern;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A set of characters written like a regex class body without brackets ({@code "A-Za-z0-9+("}).
 * A {@code -} between two characters is a range; first or last it is literal. Used by the rule
 * engine to test, with one array look-up, whether a rule can start at a position.
 */
final class CharSet {

  private final boolean[] ascii = new boolean[128];
  /** Sorted non-ASCII members. */
  private final char[] others;

  private CharSet(String spec) {
    StringBuilder other = new StringBuilder();
    for (int i = 0; i < spec.length(); i++) {
      char from = spec.charAt(i);
      char to = from;
      if (i + 2 < spec.length() && spec.charAt(i + 1) == '-') {
        to = spec.charAt(i + 2);
        i += 2;
      }
      for (char c = from; c <= to; c++) {
        if (c < 128) {
          ascii[c] = true;
        } else {
          other.append(c);
        }
      }
    }
    char[] o = other.toString().toCharArray();
    Arrays.sort(o);
    others = o;
  }

  static CharSet of(String spec) {
    return new CharSet(spec);
  }

  boolean contains(char c) {
    return c < 128 ? ascii[c] : others.length > 0 && Arrays.binarySearch(others, c) >= 0;
  }

  void forEach(IntConsumer action) {
    for (int c = 0; c < 128; c++) {
      if (ascii[c]) {
        action.accept(c);
      }
    }
    for (char c : others) {
      action.accept(c);
    }
  }
}
