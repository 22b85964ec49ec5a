package io.maskmark.detect;

/**
 * The text detectors see: full-width ASCII folded to ASCII, other decimal digits to ASCII
 * digits, ideographic and typographic spaces to spaces, hyphens, en dashes and minus signs to
 * {@code -}, and invisible format characters (zero-width, soft hyphen, bidirectional controls,
 * invisible operators) removed, and Cyrillic and Greek letters that look like Latin ones (the
 * single-letter entries of Unicode's confusables list, UTS #39) folded to those Latin letters in
 * words that also hold ASCII letters, digits or {@code @}, so that {@code １３８\u200B1234５６７８}
 * and {@code 138–1234–5678} are still phone numbers and {@code jоhn@exаmple.com} with a Cyrillic
 * о and а is still an e-mail address, while Greek and Russian words stay as they are (folded, a
 * word like ΛΕΥΚΩΣΙΑ would show the name finders Latin fragments). Em dashes stay: in Chinese
 * prose {@code ——} is punctuation.
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
    while (first < n && fold(original.charAt(first)) == original.charAt(first)
        && latinLookalike(original.charAt(first)) == original.charAt(first)) {
      first++;
    }
    if (first == n) {
      return new NormalizedText(original, original, null);
    }
    boolean[] latinWord = hasLookalike(original, first) ? latinWords(original) : null;
    StringBuilder sb = new StringBuilder(n);
    int[] map = new int[n + 1];
    sb.append(original, 0, first);
    for (int i = 0; i < first; i++) {
      map[i] = i;
    }
    boolean changed = false;
    for (int i = first; i < n; i++) {
      char c = original.charAt(i);
      char f = fold(c);
      if (f == REMOVED) {
        changed = true;
        continue;
      }
      if (latinWord != null && latinWord[i]) {
        f = latinLookalike(f);
      }
      changed |= f != c;
      map[sb.length()] = i;
      sb.append(f);
    }
    if (!changed) { // the only look-alikes were in Greek or Russian words
      return new NormalizedText(original, original, null);
    }
    map[sb.length()] = n;
    return new NormalizedText(original, sb.toString(), map);
  }

  private static boolean hasLookalike(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (latinLookalike(s.charAt(i)) != s.charAt(i)) {
        return true;
      }
    }
    return false;
  }

  private static final char REMOVED = '\uFFFF';

  /**
   * For each char, whether its word (a run without white space) holds an ASCII letter, digit or
   * {@code @}: only there can a look-alike letter be a disguised Latin one. One linear pass.
   */
  private static boolean[] latinWords(String s) {
    int n = s.length();
    boolean[] out = new boolean[n];
    int start = 0;
    boolean latin = false;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? s.charAt(i) : ' ';
      if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
        if (latin) {
          java.util.Arrays.fill(out, start, i, true);
        }
        start = i + 1;
        latin = false;
      } else if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '@')
          || c >= '\uFF01' && c <= '\uFF5E') {
        latin = true;
      }
    }
    return out;
  }

  /** The normalised form of one UTF-16 unit, or {@link #REMOVED}. Surrogates pass unchanged. */
  static char fold(char c) {
    if (c < 0x80) {
      return c;
    }
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0); // full-width ASCII variants
    }
    if (c >= '\u3400' && c <= '\u9FFF') {
      return c; // CJK ideographs, most of a Chinese text: none is a digit, space or format char
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
      case '\uFE6B': // small commercial at
        return '@';
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

  /** The Latin letter a Greek or Cyrillic letter is drawn like, or {@code c} itself. */
  private static char latinLookalike(char c) {
    if (c < '\u0370' || c > '\u052F') {
      return c;
    }
    switch (c) {
      case '\u0430': return 'a';  case '\u0435': return 'e';  case '\u043E': return 'o';
      case '\u0440': return 'p';  case '\u0441': return 'c';  case '\u0443': return 'y';
      case '\u0445': return 'x';  case '\u0455': return 's';  case '\u0456': return 'i';
      case '\u0458': return 'j';  case '\u0501': return 'd';  case '\u051B': return 'q';
      case '\u051D': return 'w';  case '\u04BB': return 'h';  case '\u04CF': return 'l';
      case '\u0410': return 'A';  case '\u0412': return 'B';  case '\u0415': return 'E';
      case '\u041A': return 'K';  case '\u041C': return 'M';  case '\u041D': return 'H';
      case '\u041E': return 'O';  case '\u0420': return 'P';  case '\u0421': return 'C';
      case '\u0422': return 'T';  case '\u0425': return 'X';  case '\u0405': return 'S';
      case '\u0406': return 'I';  case '\u0408': return 'J';  case '\u04AE': return 'Y';
      case '\u051A': return 'Q';  case '\u051C': return 'W';
      case '\u03BF': return 'o';  case '\u03BD': return 'v';  case '\u03C1': return 'p';
      case '\u03B9': return 'i';  case '\u03B1': return 'a';  case '\u03C5': return 'u';
      case '\u0391': return 'A';  case '\u0392': return 'B';  case '\u0395': return 'E';
      case '\u0396': return 'Z';  case '\u0397': return 'H';  case '\u0399': return 'I';
      case '\u039A': return 'K';  case '\u039C': return 'M';  case '\u039D': return 'N';
      case '\u039F': return 'O';  case '\u03A1': return 'P';  case '\u03A4': return 'T';
      case '\u03A5': return 'Y';  case '\u03A7': return 'X';
      default: return c;
    }
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
