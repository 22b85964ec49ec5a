package io.maskmark.detect.ner;

import io.maskmark.detect.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into runs of one script, so that Han runs go to the Chinese engine and Latin runs
 * to the English one. Characters of no particular script (digits, punctuation, spaces, symbols)
 * join the run they follow, so {@code 中关村大街1号} stays one Han run and {@code Acme Corp.} one
 * Latin run; at the start of the text they join the first run with a script.
 */
public final class ScriptRuns {

  public enum Script { HAN, LATIN, OTHER }

  /** A run over UTF-16 indices, end exclusive. */
  public record Run(Script script, int start, int end) {
    public int length() {
      return end - start;
    }
  }

  private ScriptRuns() {
  }

  public static Script scriptOf(int codePoint) {
    // Fast paths for the common cases; the script table is a binary search per character.
    if (codePoint < 0x80) {
      return (codePoint | 0x20) >= 'a' && (codePoint | 0x20) <= 'z' ? Script.LATIN : null;
    }
    if (Language.isHan(codePoint)) {
      return Script.HAN;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(codePoint); // not HAN: isHan agrees
    if (s == Character.UnicodeScript.LATIN) {
      return Script.LATIN;
    }
    if (s == Character.UnicodeScript.COMMON || s == Character.UnicodeScript.INHERITED) {
      return null;
    }
    return Script.OTHER;
  }

  /** The runs covering the whole text, in order; a text without any script is one OTHER run. */
  public static List<Run> of(CharSequence text) {
    List<Run> runs = new ArrayList<>();
    int n = text.length();
    Script current = null;
    int start = 0;
    for (int i = 0; i < n; ) {
      int cp = Character.codePointAt(text, i);
      Script s = cp < 0x80 ? asciiScript(cp) : scriptOf(cp);
      if (s != null && s != current) {
        if (current != null) {
          runs.add(new Run(current, start, i));
          start = i;
        }
        current = s;
      }
      i += Character.charCount(cp);
    }
    if (n > 0) {
      runs.add(new Run(current == null ? Script.OTHER : current, start, n));
    }
    return runs;
  }

  private static Script asciiScript(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? Script.LATIN : null;
  }
}
