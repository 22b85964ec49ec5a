package io.maskmark.detect;

/**
 * The text detectors see: full-width ASCII folded to ASCII, other decimal digits to ASCII
 * digits, ideographic and typographic spaces to spaces, hyphens, en dashes and minus signs to
 * {@code -}, and invisible format characters (zero-width, soft hyphen, bidirectional controls,
 * invisible operators) removed, so that {@code １３８\u200B1234５６７８} and {@code 138–1234–5678}
 * are still phone numbers. Em dashes stay: in Chinese prose {@code ——} is punctuation.
 * Every index of the normalised text maps back to the original, so spans keep original offsets.
 */
public final class NormalizedText {

  private final String original;
  private final String text;
  /** toOriginal[i] = index in the original of normalised char i; null when nothing changed. */
  private final int[] toOriginal;

  private NormalizedText(String original, String text, int[] toOriginal) {
    this.original = original;
    this.text = text;
    this.toOriginal = toOriginal;
  }

  public static NormalizedText of(String original) {
    int n = original.length();
    int first = 0;
    while (first < n && fold(original.charAt(first)) == original.charAt(first)) {
      first++;
    }
    if (first == n) {
      return new NormalizedText(original, original, null);
    }
    StringBuilder sb = new StringBuilder(n);
    int[] map = new int[n + 1];
    sb.append(original, 0, first);
    for (int i = 0; i < first; i++) {
      map[i] = i;
    }
    for (int i = first; i < n; i++) {
      char f = fold(original.charAt(i));
      if (f == REMOVED) {
        continue;
      }
      map[sb.length()] = i;
      sb.append(f);
    }
    map[sb.length()] = n;
    return new NormalizedText(original, sb.toString(), map);
  }

  private static final char REMOVED = '\uFFFF';

  /** The normalised form of one UTF-16 unit, or {@link #REMOVED}. Surrogates pass unchanged. */
  static char fold(char c) {
    if (c < 0x80) {
      return c;
    }
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0); // full-width ASCII variants
    }
    if (c >= '\u2000' && c <= '\u200A') {
      return ' '; // en quad .. hair space
    }
    switch (c) {
      case '\u3000': // ideographic space
      case '\u00A0': // no-break space
      case '\u202F': // narrow no-break space
      case '\u205F': // medium mathematical space
        return ' ';
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': // hyphens, figure and en dash
      case '\u2212': case '\uFE63': // minus sign, small hyphen-minus
        return '-';
      case '\u00AD': // soft hyphen
      case '\u180E': // Mongolian vowel separator (formerly a space, now invisible)
      case '\u2061': case '\u2062': case '\u2063': case '\u2064': // invisible operators
      case '\u200B': case '\u200C': case '\u200D': case '\u2060': case '\uFEFF': // zero-width
      case '\u200E': case '\u200F': // LRM, RLM
      case '\u202A': case '\u202B': case '\u202C': case '\u202D': case '\u202E': // embeddings, overrides
      case '\u2066': case '\u2067': case '\u2068': case '\u2069': // isolates
        return REMOVED;
      default:
        break;
    }
    if (!Character.isSurrogate(c) && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
      return (char) ('0' + Character.digit(c, 10));
    }
    return c;
  }

  public String original() {
    return original;
  }

  /** The normalised text; detectors match against this. */
  public String text() {
    return text;
  }

  public boolean changed() {
    return toOriginal != null;
  }

  /** Maps a span over {@link #text()} to one over {@link #original()}. */
  public Span toOriginal(Span s) {
    if (toOriginal == null) {
      return s;
    }
    return s.withOffsets(toOriginal[s.start()], toOriginal[s.end() - 1] + 1);
  }

  /** Original index of a normalised index (end positions map to just after the last char). */
  public int originalIndex(int normalizedIndex) {
    return toOriginal == null ? normalizedIndex : toOriginal[normalizedIndex];
  }
}
