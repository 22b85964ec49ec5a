package io.maskmark.detect;

/**
 * The text detectors see: full-width ASCII folded to ASCII, other decimal digits to ASCII
 * digits, ideographic spaces to spaces, and invisible format characters (zero-width, soft hyphen,
 * bidirectional controls) removed, so that {@code １３８\u200B1234５６７８} is still a phone number.
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
    switch (c) {
      case '\u3000': // ideographic space
      case '\u00A0': // no-break space
      case '\u2007':
      case '\u202F':
        return ' ';
      case '\u00AD': // soft hyphen
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
