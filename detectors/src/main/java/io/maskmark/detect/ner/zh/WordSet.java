package io.maskmark.detect.ner.zh;

import java.util.BitSet;
import java.util.Set;

/**
 * A set of short words with fast longest-suffix and longest-prefix matching: the first and last
 * characters of the words are kept as bit sets, so most positions are rejected without building a
 * substring. Immutable, safe to share between threads.
 */
final class WordSet {

  private final Set<String> words;
  private final BitSet firsts = new BitSet();
  private final BitSet lasts = new BitSet();
  private final int maxLength;

  WordSet(Set<String> words) {
    this.words = Set.copyOf(words);
    int max = 0;
    for (String w : this.words) {
      firsts.set(w.charAt(0));
      lasts.set(w.charAt(w.length() - 1));
      max = Math.max(max, w.length());
    }
    maxLength = max;
  }

  boolean contains(String word) {
    return word.length() <= maxLength && words.contains(word);
  }

  /** Length of the longest word that ends {@code s}, at most {@code limit} long, or 0. */
  int longestSuffix(String s, int limit) {
    int n = s.length();
    if (n == 0 || !lasts.get(s.charAt(n - 1))) {
      return 0;
    }
    for (int len = Math.min(Math.min(maxLength, limit), n); len >= 1; len--) {
      if (words.contains(s.substring(n - len))) {
        return len;
      }
    }
    return 0;
  }

  /** Length of the longest word of {@code text} starting at {@code pos} and ending by {@code end}, or 0. */
  int longestAt(String text, int pos, int end) {
    if (pos >= end || !firsts.get(text.charAt(pos))) {
      return 0;
    }
    for (int len = Math.min(maxLength, end - pos); len >= 1; len--) {
      if (lasts.get(text.charAt(pos + len - 1)) && words.contains(text.substring(pos, pos + len))) {
        return len;
      }
    }
    return 0;
  }
}
