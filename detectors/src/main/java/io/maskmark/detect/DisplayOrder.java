package io.maskmark.detect;

/**
 * The order in which text is shown when it holds a right-to-left override (U+202E): the
 * characters up to the matching pop (U+202C) or the end of the paragraph are drawn reversed, so
 * {@code \u202Emoc.elpmaxe@nhoj} reads {@code john@example.com} on screen. Detectors run over this
 * order as well as the stored one, so a reader sees nothing the detectors did not.
 */
final class DisplayOrder {

  private static final char RLO = '\u202E';
  private static final char PDF = '\u202C';

  private final String text;
  /** toOriginal[i] = index in the original of display char i. */
  private final int[] toOriginal;

  private DisplayOrder(String text, int[] toOriginal) {
    this.text = text;
    this.toOriginal = toOriginal;
  }

  /** The display order of {@code original}, or null when it has no right-to-left override. */
  static DisplayOrder of(String original) {
    int first = original.indexOf(RLO);
    if (first < 0) {
      return null;
    }
    int n = original.length();
    char[] out = new char[n];
    int[] map = new int[n];
    int i = 0;
    while (i < n) {
      char c = original.charAt(i);
      out[i] = c;
      map[i] = i;
      if (c != RLO) {
        i++;
        continue;
      }
      int end = runEnd(original, i + 1);
      reverse(original, i + 1, end, out, map);
      i = end;
    }
    return new DisplayOrder(new String(out), map);
  }

  /** The end of an override run: its pop, a paragraph break or the end of the text. */
  private static int runEnd(String s, int from) {
    int depth = 1;
    for (int j = from; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c >= '\u202A' && c <= '\u202E') {
        depth++;
      } else if (c == PDF && --depth == 0) {
        return j;
      } else if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u0085') {
        return j;
      }
    }
    return s.length();
  }

  /** Writes s[from, to) into out[from, to) reversed by code point, keeping surrogate pairs. */
  private static void reverse(String s, int from, int to, char[] out, int[] map) {
    int w = to;
    int r = from;
    while (r < to) {
      int cp = s.codePointAt(r);
      int len = Character.charCount(cp);
      if (r + len > to) {
        len = 1; // a lone high surrogate at the run's end
      }
      w -= len;
      for (int k = 0; k < len; k++) {
        out[w + k] = s.charAt(r + k);
        map[w + k] = r + k;
      }
      r += len;
    }
  }

  String text() {
    return text;
  }

  /** The original range covering every character of a span over the display text. */
  Span toOriginal(Span s) {
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (int i = s.start(); i < s.end(); i++) {
      lo = Math.min(lo, toOriginal[i]);
      hi = Math.max(hi, toOriginal[i]);
    }
    return s.withOffsets(lo, hi + 1);
  }
}
