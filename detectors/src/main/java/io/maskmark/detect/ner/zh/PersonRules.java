package io.maskmark.detect.ner.zh;

import io.maskmark.detect.EntityType;
import java.util.List;

/**
 * Person names: HanLP's role-tagged names, filtered and repaired where the HMM is known to be
 * weak, plus rules for what it misses:
 *
 * <ul>
 *   <li>a name with a title glued on ({@code 江主席}, {@code 张经理}) keeps only the name, and a
 *       form of address or placeholder around a surname ({@code 老钱}, {@code 孙某}) is the surname;</li>
 *   <li>a surname the HMM left alone, then given-name characters ({@code 樊/nz 禹/nz 说});</li>
 *   <li>a compound surname ({@code 欧阳}, {@code 司马}, {@code 诸葛}) + the given name;</li>
 *   <li>transliterated names joined by a middle dot ({@code 鲍里斯·贝克尔});</li>
 *   <li>a known name at the head of a compound word ({@code 邓小平理论});</li>
 *   <li>names next to titles and other forms of address, in {@link AddressedNames}.</li>
 * </ul>
 */
final class PersonRules {

  static final double HMM = 0.85;
  static final double RULE = 0.8;

  private final Lexicon lex;
  private final NameShapes shapes;
  private final AddressedNames addressed;

  PersonRules(Lexicon lex) {
    this.lex = lex;
    this.shapes = new NameShapes(lex);
    this.addressed = new AddressedNames(lex, shapes);
  }

  void find(String text, List<Token> toks, List<Found> out) {
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (t.isPerson()) {
        fromRoleTagged(text, toks, i, out);
      } else if (lex.isTitle(t)) {
        addressed.afterTitle(text, toks, i, out);
        addressed.beforeTitle(text, toks, i, out);
      } else if (!addressed.fromSurnameTitle(toks, i, out) && !addressed.fromFamiliarAddress(toks, i, out)
          && !fromCompoundSurname(toks, i, out) && !splitName(text, toks, i, out)) {
        fromCompoundWord(t, out);
      }
      if (t.word().equals("·") || t.word().equals("•")) {
        dotted(text, toks, i, out);
      }
      if (t.word().equals("同志")) {
        addressed.givenNameBeforeComrade(text, toks, i, out);
      }
    }
  }

  /** A role-tagged name, trimmed of a glued title, unless it starts or ends like a phrase. */
  private void fromRoleTagged(String text, List<Token> toks, int i, List<Found> out) {
    Token t = toks.get(i);
    String w = t.word();
    boolean foreign = t.tag().equals("nrf");
    boolean titled = i + 1 < toks.size() && lex.isTitle(toks.get(i + 1));
    // 副校长 龚育之/nr 在: after a title, a final function character is still the name's
    boolean titledBefore = i > 0 && lex.isTitle(toks.get(i - 1));
    boolean knownName = HanlpSegmenter.dictionaryHas(w, "nr");
    // surname+1/nr + given-name character: the HMM stopped one character short of a
    // three-character name (王和/nr 生 说); the phrase test below judges the whole name
    boolean third = !foreign && w.length() == 2
        && (lex.surnameAt(w, 0) == 1 || HanlpRoles.rareSurname(w.charAt(0)))
        && thirdCharacter(text, toks, i);
    String name = third ? text.substring(t.start(), t.end() + 1) : w;
    char last = name.charAt(name.length() - 1);
    // a function character ends a phrase, unless it often ends given names and a verb or
    // punctuation follows (龚育之/nr 指出), where the function-word reading would not parse
    int after = third ? i + 2 : i + 1;
    boolean closed = after >= toks.size() || toks.get(after).isPunctuation()
        || toks.get(after).tagStarts("v") && toks.get(after).length() >= 2;
    boolean givenEnd = name.length() == 3
        && (HanlpRoles.given(last) || closed && HanlpRoles.endsGivenNames(last));
    if (!foreign && !titled && !knownName && (NameShapes.WEAK_SURNAMES.indexOf(w.charAt(0)) >= 0
        || NameShapes.FUNCTION_CHARS.indexOf(last) >= 0 && !givenEnd && !titledBefore
        || HanlpSegmenter.dictionaryHas(w) && !third)) {
      return; // 都有, 时说, 令人, 宣传: a phrase or an ordinary word the HMM took for a name
    }
    int end = third ? t.end() + 1 : t.end();
    int title = foreign ? 0 : lex.titleSuffix(w);
    if (title > 0) {
      end -= title;
    }
    int start = t.start();
    if (!foreign && w.length() == 2 && surnameBefore(toks, i)) {
      start--; // lone surname + given name/nr: the HMM left the surname out
    }
    if (!foreign && !third) {
      // 老钱, 谢老, 孙某, 陈某某: a form of address or a placeholder around a surname is not the name
      int sn = lex.surnameAt(w, 0);
      if (w.length() == 2 && w.charAt(0) == '老' && lex.isSurname(w.charAt(1))) {
        start++;
      } else if (sn > 0 && List.of("老", "某", "某某").contains(w.substring(sn))) {
        end = t.start() + sn;
      }
    }
    out.add(new Found(EntityType.PERSON, start, end, HMM, "hanlp-" + t.tag()));
  }

  /** The word before a two-character name is a lone surname, itself after a boundary or a name. */
  private boolean surnameBefore(List<Token> toks, int i) {
    if (i == 0) {
      return false;
    }
    Token p = toks.get(i - 1);
    char c = p.word().charAt(0);
    return p.length() == 1 && !p.isPunctuation() && !p.isFunction() && lex.isSurname(c)
        && NameShapes.WEAK_SURNAMES.indexOf(c) < 0 && HanlpRoles.surname(c)
        && (i == 1 || toks.get(i - 2).isPerson() || toks.get(i - 2).isPunctuation() || lex.isTitle(toks.get(i - 2)))
        && !HanlpSegmenter.dictionaryHas(p.word() + toks.get(i).word());
  }

  /**
   * The single character after a two-character name is its third: given-name-like, then a boundary
   * or the next name of a list (张爱/nr 萍/nz 陈锡/nr).
   */
  private boolean thirdCharacter(String text, List<Token> toks, int i) {
    if (i + 1 >= toks.size()) {
      return false;
    }
    Token next = toks.get(i + 1);
    return next.length() == 1 && !next.isPunctuation() && !next.isFunction()
        && HanlpRoles.given(next.word().charAt(0)) && NameShapes.allHan(text, next.start(), next.end())
        && (i + 2 >= toks.size() || shapes.boundaryAfter(toks.get(i + 2)) || toks.get(i + 2).isPerson())
        && !HanlpSegmenter.dictionaryHas(toks.get(i).word() + next.word());
  }

  /**
   * 樊/nz 禹/nz 说: a surname the HMM left alone, then one or two characters that are mostly used in
   * given names, between boundaries. How a character is used comes from HanLP's person-role
   * dictionary (surname, given-name and context counts).
   */
  private boolean splitName(String text, List<Token> toks, int i, List<Found> out) {
    Token t = toks.get(i);
    if (t.length() != 1 || !lex.isSurname(t.word().charAt(0)) || t.isFunction()
        || NameShapes.WEAK_SURNAMES.indexOf(t.word().charAt(0)) >= 0 || !HanlpRoles.surname(t.word().charAt(0))
        || i > 0 && !stranded(t) && !shapes.boundaryBefore(toks.get(i - 1))) {
      return false;
    }
    boolean stranded = stranded(t);
    int end = t.end();
    int k = i + 1;
    while (k < toks.size() && end - t.start() < 3) {
      Token g = toks.get(k);
      if (g.isPerson() || g.isPunctuation() || g.length() > 2 || end - t.start() + g.length() > 3
          || g.length() == 2 && !stranded && HanlpSegmenter.dictionaryHas(g.word())
          || g.isFunction() || !NameShapes.givenLike(text, g)) {
        break;
      }
      end = g.end();
      k++;
    }
    if (end - t.start() < 2 || k < toks.size() && !shapes.boundaryAfter(toks.get(k))) {
      return false;
    }
    out.add(new Found(EntityType.PERSON, t.start(), end, RULE, "surname+given"));
    return true;
  }

  /**
   * A surname character the segmenter could not make a word of (樊/nz 小平, 唐/tg 四清, 柳/ng 大华):
   * then the given name after it may be a dictionary word.
   */
  private static boolean stranded(Token t) {
    String tag = t.tag();
    return tag.equals("nz") || tag.equals("ng") || tag.equals("tg") || tag.equals("g");
  }

  /** 欧阳娜娜: a compound surname HanLP left as a word of its own, and the given name after it. */
  private boolean fromCompoundSurname(List<Token> toks, int i, List<Found> out) {
    Token t = toks.get(i);
    if (!lex.compoundSurnames.contains(t.word()) || i + 1 >= toks.size()
        || !(t.tag().equals("nz") || t.tag().startsWith("nr") || t.tag().equals("ng") || t.tag().equals("x"))) {
      return false;
    }
    Token next = toks.get(i + 1);
    if (next.isPunctuation() || next.isFunction() || next.length() > 2 || lex.isTitle(next)
        || !Character.isIdeographic(next.word().charAt(0))) {
      return false;
    }
    out.add(new Found(EntityType.PERSON, t.start(), next.end(), RULE, "compound-surname"));
    return true;
  }

  /** 邓小平理论: a word that starts with a name HanLP knows, followed by an ordinary word. */
  private void fromCompoundWord(Token t, List<Found> out) {
    String w = t.word();
    if (w.length() < 4 || !(t.tag().equals("n") || t.tag().equals("nz"))) {
      return;
    }
    for (int len = 3; len >= 2; len--) {
      if (w.length() - len >= 2 && lex.surnameAt(w, 0) > 0
          && HanlpSegmenter.dictionaryHas(w.substring(0, len), "nr")
          && HanlpSegmenter.dictionaryHas(w.substring(len), "n")) {
        out.add(new Found(EntityType.PERSON, t.start(), t.start() + len, RULE, "name-in-word"));
        return;
      }
    }
  }

  /** 鲍里斯·贝克尔: transliterated parts joined by a middle dot. */
  private void dotted(String text, List<Token> toks, int i, List<Found> out) {
    if (i == 0 || i + 1 >= toks.size()) {
      return;
    }
    Token left = toks.get(i - 1);
    Token right = toks.get(i + 1);
    if (!shapes.transliterated(text, left.start(), left.end())
        || !shapes.transliterated(text, right.start(), right.end())) {
      return;
    }
    int start = left.start();
    int end = right.end();
    // take in neighbouring transliterated words of the same name: 普里/nr 马科夫/nrf
    for (int k = i - 2; k >= 0 && shapes.transliterated(text, toks.get(k).start(), toks.get(k).end())
        && start - toks.get(k).start() < 6; k--) {
      start = toks.get(k).start();
    }
    for (int k = i + 2; k < toks.size() && shapes.transliterated(text, toks.get(k).start(), toks.get(k).end())
        && toks.get(k).end() - end < 6; k++) {
      end = toks.get(k).end();
    }
    out.add(new Found(EntityType.PERSON, start, end, RULE, "dotted-name"));
  }


}
