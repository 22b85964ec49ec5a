package io.maskmark.detect.pattern;

import java.util.List;
import java.util.Locale;

/** Looks for context words in a window of characters around a candidate. */
final class ContextWords {

  private ContextWords() {
  }

  /**
   * The first context word found within {@code window} characters before the candidate or half
   * that after it, or null. Latin words are compared case-insensitively.
   */
  static String find(String text, int start, int end, List<String> words, int window) {
    if (words.isEmpty()) {
      return null;
    }
    int from = Math.max(0, start - window);
    int to = Math.min(text.length(), end + window / 2);
    String before = text.substring(from, start).toLowerCase(Locale.ROOT);
    String after = text.substring(end, to).toLowerCase(Locale.ROOT);
    for (String w : words) {
      if (before.contains(w) || after.contains(w)) {
        return w;
      }
    }
    return null;
  }
}
