package io.maskmark.detect.ner.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits the Latin-script parts of a text into tokens and chunks (roughly sentences).
 *
 * <p>Only Latin letters, digits and punctuation become tokens. A run of another script (Han,
 * kana, Hangul, Cyrillic...) ends the chunk and is skipped, so that in mixed text such as
 * {@code Contact 王小明 at Acme Corp} the Chinese engine keeps the Han run and this one sees
 * {@code Contact} and {@code at Acme Corp}. Whitespace-separated pieces that are e-mail addresses or
 * URLs are skipped as well: the structured detectors own them.
 *
 * <p>A period stays on its word for abbreviations and initials ({@code Mr.}, {@code St.},
 * {@code J.}) and whenever the next character does not start a sentence ({@code Hauptstr. 15});
 * a chunk ends at a free-standing {@code . ! ?} followed by a capital, and at the latest after
 * {@link #MAX_CHUNK} tokens.
 */
public final class LatinTokenizer {

  static final int MAX_CHUNK = 96;

  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "fr", "sr", "jr", "st", "ste", "ave", "av",
      "rd", "blvd", "ln", "ct", "pl", "sq", "hwy", "pkwy", "apt", "no", "nr", "inc", "ltd",
      "co", "corp", "llc", "bros", "mt", "ft", "gen", "col", "capt", "lt", "sgt", "hon", "gov",
      "sen", "rep", "pres", "messrs", "mme", "mlle", "hr", "frau", "str", "vs", "etc", "dept",
      "univ", "assn", "bldg", "fl", "rm", "ul", "al", "os", "nam", "pr", "jl", "esq", "phd", "md");

  /**
   * Marks that open a line without being part of it: e-mail quoting, list bullets, table rules.
   * They are no tokens, so a quoted or bulleted address block reads as the plain one the model
   * learned, and a {@code ?} standing for a bullet ends no sentence.
   */
  private static final String LINE_MARKS = ">?*#|+-\u2013\u2014\u2022\u2023\u25E6\u25AA\u00B7";

  private LatinTokenizer() {
  }

  /** The chunks of {@code text}, each a non-empty token sequence. */
  public static List<Tokens> chunks(String text) {
    List<Tokens> out = new ArrayList<>();
    Builder b = new Builder(out);
    int n = text.length();
    int i = 0;
    boolean lineStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        int s = i;
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        b.newline(s, i);
        lineStart = true;
        continue;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int pieceEnd = pieceEnd(text, i);
      if (isLinkOrEmail(text, i, pieceEnd)) {
        b.flush();
        i = pieceEnd;
        continue;
      }
      int cp = text.codePointAt(i);
      if (lineStart && LINE_MARKS.indexOf(c) >= 0) {
        i++; // "> " of a quoted e-mail, a bullet, "???" where a bullet lost its encoding
        continue;
      }
      lineStart = false;
      if (isWordChar(cp)) {
        i = word(text, i, b);
      } else if (Character.isLetter(cp) || cp >= 0x2E80) {
        // another script: leave it to its own engine, and do not join words across it
        b.flush();
        while (i < n && !isWordChar(text.codePointAt(i))
            && (Character.isLetter(text.codePointAt(i)) || text.codePointAt(i) >= 0x2E80)) {
          i += Character.charCount(text.codePointAt(i));
        }
      } else {
        int len = Character.charCount(cp);
        String p = text.substring(i, i + len);
        b.add(p, i, i + len);
        if ((c == '.' || c == '!' || c == '?') && sentenceStartsAt(text, i + 1)) {
          b.flush();
        }
        i += len;
      }
    }
    b.flush();
    return out;
  }

  static boolean abbreviation(String word) {
    return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  /** Reads one word starting at {@code i}; returns the index after it. */
  private static int word(String text, int i, Builder b) {
    int n = text.length();
    int start = i;
    int j = i;
    while (j < n) {
      int cp = text.codePointAt(j);
      if (isWordChar(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
        j += Character.charCount(cp);
        continue;
      }
      char c = text.charAt(j);
      boolean connector = c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == '&';
      if (connector && j + 1 < n && isWordChar(text.codePointAt(j + 1)) && j > start) {
        j++;
        continue;
      }
      break;
    }
    int end = j;
    // possessive: Konrad's -> Konrad + 's
    if (end - start > 3) {
      char q = text.charAt(end - 2);
      char s = text.charAt(end - 1);
      if ((q == '\'' || q == '\u2019') && (s == 's' || s == 'S')) {
        b.add(text.substring(start, end - 2), start, end - 2);
        b.add(text.substring(end - 2, end), end - 2, end);
        return end;
      }
    }
    if (end < n && text.charAt(end) == '.') {
      String w = text.substring(start, end);
      boolean attach = w.length() == 1 && Character.isLetter(w.charAt(0))
          || abbreviation(w)
          || w.indexOf('.') > 0
          || !sentenceStartsAt(text, end + 1);
      if (attach) {
        end++;
      }
    }
    b.add(text.substring(start, end), start, end);
    return end;
  }

  /** True when what follows {@code i} (after spaces) is a capital, a quote, a line end or the end. */
  private static boolean sentenceStartsAt(String text, int i) {
    int n = text.length();
    int j = i;
    while (j < n && text.charAt(j) == ' ') {
      j++;
    }
    if (j == n) {
      return true;
    }
    if (j == i) {
      return false; // "U.S" or "3.5": no space after the period
    }
    char c = text.charAt(j);
    return Character.isUpperCase(c) || c == '\n' || c == '\r' || c == '"' || c == '\u201C'
        || c == '(' || !isWordChar(text.codePointAt(j)) && Character.isLetter(text.codePointAt(j));
  }

  /** Latin letters (any accent), digits and Latin-compatible marks. */
  static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    if (Character.isDigit(cp)) {
      return true;
    }
    if (!Character.isLetter(cp)) {
      return false;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.LATIN;
  }

  private static int pieceEnd(String text, int i) {
    int j = i;
    while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static boolean isLinkOrEmail(String text, int from, int to) {
    if (to - from < 5) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '@' && k > from && k + 1 < to) {
        return true;
      }
      if (c == ':' && k + 2 < to && text.charAt(k + 1) == '/' && text.charAt(k + 2) == '/') {
        return true;
      }
    }
    return text.regionMatches(true, from, "www.", 0, 4);
  }

  private static final class Builder {
    private final List<Tokens> out;
    private final List<String> words = new ArrayList<>();
    private int[] starts = new int[32];
    private int[] ends = new int[32];

    Builder(List<Tokens> out) {
      this.out = out;
    }

    void add(String w, int s, int e) {
      int k = words.size();
      if (k == starts.length) {
        starts = java.util.Arrays.copyOf(starts, k * 2);
        ends = java.util.Arrays.copyOf(ends, k * 2);
      }
      words.add(w);
      starts[k] = s;
      ends[k] = e;
      if (k + 1 >= MAX_CHUNK && (isPunct(w) || k + 1 >= MAX_CHUNK + 32)) {
        flush();
      }
    }

    void newline(int s, int e) {
      if (!words.isEmpty() && !words.get(words.size() - 1).equals(Tokens.NEWLINE)) {
        add(Tokens.NEWLINE, s, e);
      }
    }

    void flush() {
      int k = words.size();
      while (k > 0 && words.get(k - 1).equals(Tokens.NEWLINE)) {
        k--;
      }
      if (k > 0) {
        out.add(new Tokens(words.subList(0, k).toArray(new String[0]),
            java.util.Arrays.copyOf(starts, k), java.util.Arrays.copyOf(ends, k)));
      }
      words.clear();
    }

    private static boolean isPunct(String w) {
      return w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0));
    }
  }
}
