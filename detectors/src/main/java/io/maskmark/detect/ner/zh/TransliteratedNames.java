package io.maskmark.detect.ner.zh;

import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import io.maskmark.detect.EntityType;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Foreign names written in transliteration characters (克洛普曼, 姆隆贝叶, 西姆瓦尼). HanLP's HMM
 * often cuts them into pieces and tags the pieces as anything (克/洛/普/曼 read one by one, 姆/隆/贝叶 as pieces),
 * so this rule reads characters, not tags: a stretch of words made only of transliteration
 * characters is a name when there is evidence for one, namely
 *
 * <ul>
 *   <li>HanLP's dictionary of transliterated names lists the whole stretch;</li>
 *   <li>HanLP tagged part of it as a person;</li>
 *   <li>a title or honorific stands right before or after it (总统卡萨诺维奇, 卡萨诺维奇总统);</li>
 *   <li>it is three or more syllable-table characters the segmenter could only read one by one.</li>
 * </ul>
 *
 * Without a title or honorific, a stretch right after a word that introduces places (在, 到,
 * 城市) is taken for a place.
 *
 * A stretch that is a dictionary place or word, or is followed by a place suffix (…堡市), is
 * left to the place rules. The character set is the project's syllable table joined with the
 * characters HanLP's transliterated-name dictionary uses often; it is built once and only read.
 */
final class TransliteratedNames {

  static final double SCORE = 0.8;

  /** Words that, right after a name, say a person was meant. */
  private static final Set<String> PERSON_CONTEXT =
      Set.of("说", "表示", "指出", "认为", "强调", "宣布", "称", "说道", "透露", "介绍");
  /** Words that, right before a foreign word, say a place was meant: 在 + a foreign word, 城市 + a foreign word. */
  private static final Set<String> PLACE_CONTEXT =
      Set.of("在", "于", "到", "往", "赴", "抵", "抵达", "前往", "来自", "位于", "城市", "地区", "首都");
  /** Characters that end place names: a stretch before one is a place, not a person. */
  private static final String PLACE_SUFFIXES = "省州市县区河山岛湖港城堡镇村湾江海峡角洲";

  private final BitSet chars;
  private final Lexicon lex;

  TransliteratedNames(Lexicon lex) {
    this.lex = lex;
    chars = (BitSet) lex.transliteration.clone();
    for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
      if (TranslatedPersonDictionary.containsKey(String.valueOf(c))) {
        chars.set(c);
      }
    }
  }

  void find(String text, List<Token> toks, List<Found> out) {
    int i = 0;
    while (i < toks.size()) {
      int j = i;
      while (j < toks.size() && piece(text, toks.get(j))) {
        j++;
      }
      if (j > i) {
        stretch(text, toks, i, j, out);
        i = j;
      } else {
        i++;
      }
    }
  }

  /** Tokens {@code [from, to)} are all transliteration pieces: decide whether they are a name. */
  private void stretch(String text, List<Token> toks, int from, int to, List<Found> out) {
    int start = toks.get(from).start();
    int end = toks.get(to - 1).end();
    for (int k = from; k < to; k++) {
      Token t = toks.get(k);
      if (t.length() >= 2 && t.isPlace() && HanlpSegmenter.dictionaryHas(t.word(), "ns")
          || to - from == 1 && t.isOrganization()) {
        return; // a known place such as 芬兰 is no part of a name
      }
    }
    int glued = to < toks.size() ? gluedContext(text, toks.get(to)) : 0;
    end += glued;
    int length = end - start;
    if (length < 2 || length > 10) {
      return;
    }
    String word = text.substring(start, end);
    if (!HanlpSegmenter.dictionaryHas(word, "nr") && HanlpSegmenter.dictionaryHas(word)
        || end < text.length() && PLACE_SUFFIXES.indexOf(text.charAt(end)) >= 0) {
      return;
    }
    boolean known = TranslatedPersonDictionary.containsKey(word);
    boolean tagged = false;
    boolean singles = true;
    for (int k = from; k < to; k++) {
      Token t = toks.get(k);
      tagged |= t.isPerson();
      singles &= t.length() == 1 && !t.isFunction() && lex.transliterated(text, t.start(), t.end());
    }
    boolean context = glued > 0 || from > 0 && lex.isTitle(toks.get(from - 1))
        || to < toks.size() && (lex.isTitle(toks.get(to)) || PERSON_CONTEXT.contains(toks.get(to).word()));
    boolean place = from > 0 && PLACE_CONTEXT.contains(toks.get(from - 1).word());
    boolean evidence = length >= 3
        ? context || !place && (known || tagged || singles)
        : context && (known || tagged);
    if (evidence) {
      out.add(new Found(EntityType.PERSON, start, end, SCORE, "transliterated"));
    }
  }

  /**
   * A name piece + 副总统/nr, + 女士/nr, + 称/nr: the HMM glued the name's last syllable to the title or verb
   * after it. Returns how many characters of {@code t} belong to the name, or 0.
   */
  private int gluedContext(String text, Token t) {
    if (!t.isPerson()) {
      return 0;
    }
    for (int p = 1; p < t.length() && chars.get(text.charAt(t.start() + p - 1)); p++) {
      String rest = t.word().substring(p);
      if (lex.titles.contains(rest) || PERSON_CONTEXT.contains(rest)) {
        return p;
      }
    }
    return 0;
  }

  /**
   * A word that can be part of a transliterated name: all transliteration characters, and one
   * character, a person fragment, or no ordinary dictionary word (许多/m is not).
   */
  private boolean piece(String text, Token t) {
    if (t.tag().equals("nr") && t.length() == 3 && lex.surnameAt(t.word(), 0) == 1
        && !lex.transliterated(text, t.start(), t.end())) {
      return false; // a three-character Chinese name (surname + given name), though HanLP's set has its characters
    }
    for (int c = t.start(); c < t.end(); c++) {
      if (!chars.get(text.charAt(c))) {
        return false;
      }
    }
    return t.length() == 1 && !t.isPunctuation() || t.isPerson() || t.tag().equals("nz")
        || t.tag().equals("x") || !HanlpSegmenter.dictionaryHas(t.word())
        || TranslatedPersonDictionary.containsKey(t.word());
  }

}
