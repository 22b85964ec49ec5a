package io.maskmark.detect.ner.en;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Ordinary English vocabulary (SCOWL sizes 10 and 20, about 10,700 words with their inflections;
 * see {@code english-words.txt} for its source and licence). A span the name finder proposes whose
 * every word is ordinary English, and none a listed name or place, is a capitalised common word
 * or a title ("Battery", "Entertainment Weekly"), not a person. Kept apart from {@link Lexicon}
 * because it is not a feature of the model: changing it never changes what the model learnt.
 */
final class EnglishWords {

  private static final class Holder {
    static final Set<String> WORDS = load();
  }

  private EnglishWords() {
  }

  /** Whether {@code word} (any case; a trailing period or possessive is ignored) is ordinary English. */
  static boolean contains(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("'s") || w.endsWith("\u2019s")) {
      w = w.substring(0, w.length() - 2);
    }
    return !w.isEmpty() && Holder.WORDS.contains(w);
  }

  private static Set<String> load() {
    Set<String> s = new HashSet<>(1 << 16);
    s.addAll(Lexicon.handWritten("english-words.txt"));
    return Set.copyOf(s);
  }
}
