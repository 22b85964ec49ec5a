package io.maskmark.detect.ner.zh;

import com.hankcs.hanlp.dictionary.nr.JapanesePersonDictionary;
import io.maskmark.detect.EntityType;
import java.util.List;

/**
 * Japanese names next to a title ({@code 首相桥本龙太郎在}, {@code 社长铃木一郎说}, {@code 中村正雄先生}):
 * a surname from HanLP's Japanese-name dictionary, two or three characters at the start of a word,
 * then a given name of up to three characters that ends where a boundary begins. HanLP cuts such
 * names anywhere (铃木/nz 一/m 郎说/nr), so the name is read on characters, and its end is the first
 * place after the surname where the text goes on with punctuation, a title, a preposition or
 * conjunction, a longer verb or {@code 说}.
 *
 * <p>HanLP's own Japanese-name recogniser stays off, because it fires on ordinary Chinese words;
 * here a title before the name (or 先生 after it) is the evidence. The given name may not contain
 * a function word or a verb, and a surname that is also an ordinary Chinese word (两国, 中央, 根本)
 * never starts one: the dictionary lists many such words as surnames.
 */
final class JapaneseNames {

  static final double SCORE = 0.8;
  private static final int MAX_GIVEN = 3;

  private final Lexicon lex;

  JapaneseNames(Lexicon lex) {
    this.lex = lex;
  }

  void find(String text, List<Token> toks, List<Found> out) {
    boolean sensei = text.contains("先生"); // the only title read after a name
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      boolean titleBefore = i > 0 && lex.isTitle(toks.get(i - 1));
      if (!titleBefore && !sensei || t.isFunction() || t.isPlace() || t.isOrganization()) {
        continue; // untitled: the dictionary look-ups below are the costly part
      }
      int sn = surnameLength(text, t.start());
      if (sn == 0) {
        continue;
      }
      int start = t.start();
      for (int given = 0; given <= MAX_GIVEN; given++) {
        int end = start + sn + given;
        if (end > text.length() || !NameShapes.allHan(text, start, end)
            || given > 0 && !givenName(toks, start + sn, end, t.isPerson())) {
          break;
        }
        if (boundaryAt(text, toks, end)) {
          boolean titled = titleBefore || text.startsWith("先生", end);
          if (titled && (given > 0 || !HanlpSegmenter.dictionaryHas(text.substring(start, end)))) {
            out.add(new Found(EntityType.PERSON, start, end, SCORE, "japanese-name"));
          }
          break;
        }
      }
    }
  }

  /** Length of the Japanese surname (two or three characters) starting at {@code i}, or 0. */
  private static int surnameLength(String text, int i) {
    for (int len = 3; len >= 2; len--) {
      if (i + len <= text.length()) {
        String s = text.substring(i, i + len);
        Character role = JapanesePersonDictionary.get(s);
        if (role != null && role == JapanesePersonDictionary.X && (!HanlpSegmenter.dictionaryHas(s)
            || HanlpSegmenter.dictionaryHas(s, "nr") || HanlpSegmenter.dictionaryHas(s, "nz"))) {
          return len;
        }
      }
    }
    return 0;
  }

  /**
   * Every word that lies inside {@code [from, to)} is a noun or a name-like morpheme (二郎/n, 俊/nz
   * 男/b, 笃/ag): no verb, adjective, adverb or time word (江泽民/nr 圆满/a is not 江泽 + 民圆满).
   * After a word HanLP already took for a name, only unknown proper nouns and morphemes may
   * follow (谷口清/nr 太郎/nz, but not 江泽民/nr 图/n).
   */
  private static boolean givenName(List<Token> toks, int from, int to, boolean afterName) {
    for (Token t : toks) {
      if (t.start() >= from && t.end() <= to && !(t.tagStarts("n") && !t.isPlace() && !t.isOrganization()
          && !(afterName && t.tag().equals("n"))
          || t.tagStarts("g") || t.tag().equals("ag") || t.tag().equals("b"))) {
        return false;
      }
    }
    return true;
  }

  private boolean boundaryAt(String text, List<Token> toks, int at) {
    if (at >= text.length()) {
      return true;
    }
    if (text.startsWith("说", at) || text.startsWith("先生", at)) {
      return true; // 郎说/nr: the segmenter glued the verb to the name
    }
    Token n = tokenAt(toks, at);
    return n != null && (n.isPunctuation() || lex.isTitle(n) || n.tagStarts("p") || n.tagStarts("c")
        || n.tagStarts("u") || n.tagStarts("v") && n.length() >= 2);
  }

  private static Token tokenAt(List<Token> toks, int start) {
    for (Token t : toks) {
      if (t.start() == start) {
        return t;
      }
    }
    return null;
  }
}
