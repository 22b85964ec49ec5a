package io.maskmark.detect.ner.en;

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

  /**
   * Whether every word of {@code [a, b)} is ordinary English ({@link EnglishWords}) and none
   * carries one of the {@code named} lexicon classes (a listed name or place).
   */
  static boolean only(Tokens chunk, int a, int b, Lexicon lexicon, int named) {
    boolean any = false;
    for (int k = a; k < b; k++) {
      String w = chunk.word(k);
      if (!EnglishNerDetector.content(w)) {
        continue;
      }
      String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
      if (!contains(w) || lexicon.is(bare, named)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * Whether a capital says nothing about a name here: several words in title case, a word that
   * starts a sentence, line or quotation, or one next to other capitalised words ("Killed My
   * Baby"). One capitalised word inside a lower-case sentence ("call me Mark", "Dr. Fields") is
   * the signal a name gives, and is kept even when the word is ordinary English.
   */
  static boolean uninformativeCapital(Tokens chunk, int a, int b) {
    if (b - a > 1 || sentenceStart(chunk, a)) {
      return true;
    }
    boolean capitalBefore = Character.isUpperCase(chunk.word(a - 1).charAt(0))
        && !sentenceStart(chunk, a - 1); // "Then Maria called": the capital of Then says nothing
    return capitalBefore || (b < chunk.size() && Character.isUpperCase(chunk.word(b).charAt(0)));
  }

  /** Word {@code k} opens the chunk, a line, a quotation or a bracket, or follows a sentence end. */
  private static boolean sentenceStart(Tokens chunk, int k) {
    if (k == 0) {
      return true;
    }
    String before = chunk.word(k - 1);
    if (!EnglishNerDetector.content(before)) {
      return true;
    }
    char last = before.charAt(before.length() - 1);
    return (last == '.' && !LatinTokenizer.abbreviation(before.substring(0, before.length() - 1)))
        || last == '!' || last == '?' || last == ':';
  }

  static boolean titleCase(Tokens chunk, int a, int b) {
    for (int k = a; k < b; k++) {
      if (!Character.isUpperCase(chunk.word(k).charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> load() {
    return Set.copyOf(Lexicon.handWritten("english-words.txt"));
  }
}
