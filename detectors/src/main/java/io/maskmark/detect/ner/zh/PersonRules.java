package io.maskmark.detect.ner.zh;

import io.maskmark.detect.EntityType;
import java.util.List;

/**
 * Person names: HanLP's role-tagged names, filtered and repaired where the HMM is known to be
 * weak, plus rules for what it misses:
 *
 * <ul>
 *   <li>a name with a title glued on ({@code 江主席}, {@code 张经理}) keeps only the name;</li>
 *   <li>surname + title ({@code 王总}, {@code 李老师}) is the surname;</li>
 *   <li>a compound surname ({@code 欧阳}, {@code 司马}, {@code 诸葛}) + the given name;</li>
 *   <li>the words right after a title up to a boundary ({@code 总理若斯潘在}, {@code 主席罗豪才主持})
 *       or right before one ({@code 张雅茹女士}) when they look like a Chinese name (surname + one
 *       or two characters) or a transliterated one;</li>
 *   <li>transliterated names joined by a middle dot ({@code 鲍里斯·贝克尔});</li>
 *   <li>a known name at the head of a compound word ({@code 邓小平理论}).</li>
 * </ul>
 */
final class PersonRules {

  static final double HMM = 0.85;
  static final double RULE = 0.8;

  /** Surname characters that are far more often function words: the HMM's usual false starts. */
  private static final String WEAK_SURNAMES = "和都党时那应余能有从向就也为以与其之所在对把被给让使将要会可是不这我你他国年月日上下中大小新";
  /** Characters that end a phrase, never a name. */
  static final String FUNCTION_CHARS = "的了和与及在是也都就而或并被把对向从给为着过等之其这那我你他她它们说地得";

  /** Characters that start a word for a group or a determiner (全党, 各位, 诸位, 本届). */
  private static final String COLLECTIVE_CHARS = "全各诸众本该每此";

  private final Lexicon lex;

  PersonRules(Lexicon lex) {
    this.lex = lex;
  }

  void find(String text, List<Token> toks, List<Found> out) {
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (t.isPerson()) {
        fromRoleTagged(text, toks, i, out);
      } else if (lex.isTitle(t)) {
        afterTitle(text, toks, i, out);
        beforeTitle(text, toks, i, out);
      } else if (!fromSurnameTitle(toks, i, out) && !fromFamiliarAddress(toks, i, out)
          && !fromCompoundSurname(toks, i, out)
          && !splitName(text, toks, i, out)) {
        fromCompoundWord(t, out);
      }
      if (t.word().equals("·") || t.word().equals("•")) {
        dotted(text, toks, i, out);
      }
      if (t.word().equals("同志")) {
        givenNameBeforeComrade(text, toks, i, out);
      }
    }
  }

  /** A role-tagged name, trimmed of a glued title, unless it starts or ends like a phrase. */
  private void fromRoleTagged(String text, List<Token> toks, int i, List<Found> out) {
    Token t = toks.get(i);
    String w = t.word();
    boolean foreign = t.tag().equals("nrf");
    boolean titled = i + 1 < toks.size() && lex.isTitle(toks.get(i + 1));
    boolean knownName = HanlpSegmenter.dictionaryHas(w, "nr");
    // surname+1/nr + given-name character: the HMM stopped one character short of a
    // three-character name (王和/nr 生 说); the phrase test below judges the whole name
    boolean third = !foreign && w.length() == 2 && lex.surnameAt(w, 0) == 1
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
    if (!foreign && !titled && !knownName && (WEAK_SURNAMES.indexOf(w.charAt(0)) >= 0
        || FUNCTION_CHARS.indexOf(last) >= 0 && !givenEnd
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
      } else if (sn > 0 && (w.substring(sn).equals("老") || w.substring(sn).matches("某{1,2}"))) {
        end = t.start() + sn;
      }
    }
    out.add(new Found(EntityType.PERSON, start, end, HMM, "hanlp-" + t.tag()));
  }

  /** 老张, 小李: a familiar form of address the segmenter kept as one word; the surname is the name. */
  private boolean fromFamiliarAddress(List<Token> toks, int i, List<Found> out) {
    Token t = toks.get(i);
    String w = t.word();
    if (w.length() != 2 || !(w.charAt(0) == '老' || w.charAt(0) == '小') || !t.tag().equals("nz")) {
      return false;
    }
    char c = w.charAt(1);
    // 小 also makes words of a surname character (小童, 小钱), so only the common surnames count
    if (!lex.isSurname(c) || WEAK_SURNAMES.indexOf(c) >= 0 || !HanlpRoles.surname(c)
        || w.charAt(0) == '小' && !HanlpRoles.commonSurname(c)) {
      return false;
    }
    out.add(new Found(EntityType.PERSON, t.start() + 1, t.end(), RULE, "familiar-address"));
    return true;
  }

  /** The word before a two-character name is a lone surname, itself after a boundary or a name. */
  private boolean surnameBefore(List<Token> toks, int i) {
    if (i == 0) {
      return false;
    }
    Token p = toks.get(i - 1);
    char c = p.word().charAt(0);
    return p.length() == 1 && !p.isPunctuation() && !p.isFunction() && lex.isSurname(c)
        && WEAK_SURNAMES.indexOf(c) < 0 && HanlpRoles.surname(c)
        && (i == 1 || toks.get(i - 2).isPerson() || toks.get(i - 2).isPunctuation() || lex.isTitle(toks.get(i - 2)))
        && !HanlpSegmenter.dictionaryHas(p.word() + toks.get(i).word());
  }

  /** The single character after a two-character name is its third: given-name-like, then a boundary. */
  private boolean thirdCharacter(String text, List<Token> toks, int i) {
    if (i + 1 >= toks.size()) {
      return false;
    }
    Token next = toks.get(i + 1);
    return next.length() == 1 && !next.isPunctuation() && !next.isFunction()
        && HanlpRoles.given(next.word().charAt(0)) && allHan(text, next.start(), next.end())
        && (i + 2 >= toks.size() || boundaryAfter(toks.get(i + 2)))
        && !HanlpSegmenter.dictionaryHas(toks.get(i).word() + next.word());
  }

  /** 王总, 李老师: one word of surname + title that is not a dictionary word. */
  private boolean fromSurnameTitle(List<Token> toks, int i, List<Found> out) {
    Token t = toks.get(i);
    String w = t.word();
    if (w.length() < 2 || w.length() > 5 || t.isPlace() || t.isOrganization()) {
      return false;
    }
    int sn = lex.surnameAt(w, 0);
    if (sn > 0 && sn < w.length() && lex.titles.contains(w.substring(sn))
        && !HanlpSegmenter.dictionaryHas(w)) {
      out.add(new Found(EntityType.PERSON, t.start(), t.start() + sn, RULE, "surname+title"));
      return true;
    }
    return false;
  }

  /**
   * 樊/nz 禹/nz 说: a surname the HMM left alone, then one or two characters that are mostly used in
   * given names, between boundaries. How a character is used comes from HanLP's person-role
   * dictionary (surname, given-name and context counts).
   */
  private boolean splitName(String text, List<Token> toks, int i, List<Found> out) {
    Token t = toks.get(i);
    if (t.length() != 1 || !lex.isSurname(t.word().charAt(0)) || t.isFunction()
        || WEAK_SURNAMES.indexOf(t.word().charAt(0)) >= 0 || !HanlpRoles.surname(t.word().charAt(0))
        || i > 0 && !stranded(t) && !boundaryBefore(toks.get(i - 1))) {
      return false;
    }
    boolean stranded = stranded(t);
    int end = t.end();
    int k = i + 1;
    while (k < toks.size() && end - t.start() < 3) {
      Token g = toks.get(k);
      if (g.isPerson() || g.isPunctuation() || g.length() > 2 || end - t.start() + g.length() > 3
          || g.length() == 2 && !stranded && HanlpSegmenter.dictionaryHas(g.word())
          || g.isFunction() || !givenLike(text, g)) {
        break;
      }
      end = g.end();
      k++;
    }
    if (end - t.start() < 2 || k < toks.size() && !boundaryAfter(toks.get(k))) {
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

  private static boolean givenLike(String text, Token g) {
    for (int c = g.start(); c < g.end(); c++) {
      if (!HanlpRoles.given(text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  private boolean boundaryBefore(Token p) {
    return p.isPunctuation() || p.isFunction() || p.tagStarts("v") || lex.isTitle(p) || p.isPlace()
        || p.isOrganization() || p.tagStarts("m") || p.tagStarts("t");
  }

  private boolean boundaryAfter(Token n) {
    return n.isPunctuation() || lex.isTitle(n) || n.tagStarts("v") && n.length() >= 2 || n.tagStarts("p")
        || n.tagStarts("c") || n.tagStarts("u") || n.tagStarts("d") && n.length() >= 2
        || n.length() == 1 && FUNCTION_CHARS.indexOf(n.word().charAt(0)) >= 0;
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

  /** 总理若斯潘在, 主席罗豪才主持, 教练扎加洛今天: the characters after a title up to a boundary. */
  private void afterTitle(String text, List<Token> toks, int i, List<Found> out) {
    if (i + 1 >= toks.size()) {
      return;
    }
    Token first = toks.get(i + 1);
    if (!(first.length() == 1 || first.isPerson() || !HanlpSegmenter.dictionaryHas(first.word()))
        || first.isPunctuation() || first.isPlace() || first.isOrganization() || lex.isTitle(first)
        || FUNCTION_CHARS.indexOf(first.word().charAt(0)) >= 0) {
      return;
    }
    int start = first.start();
    int end = first.end();
    for (int k = i + 2; k < toks.size() && end - start < 6; k++) {
      Token t = toks.get(k);
      int acc = end - start;
      if (t.isPunctuation() || !allHan(text, t.start(), t.end()) || lex.isTitle(t)
          || t.length() == 1 && FUNCTION_CHARS.indexOf(t.word().charAt(0)) >= 0
          || acc >= 2 && t.length() == 1 && t.tagStarts("v") // 记者李舸摄: a verb after the name
          || acc >= 2 && t.length() >= 2 && !t.isPerson()) {
        break;
      }
      end = t.end();
    }
    if (plausibleName(text, start, end)) {
      out.add(new Found(EntityType.PERSON, start, end, RULE, "after-title"));
    }
  }

  /** 张雅茹女士, 梅方权教授: two or three characters before a title, starting with a surname. */
  private void beforeTitle(String text, List<Token> toks, int i, List<Found> out) {
    int end = toks.get(i).start();
    int best = -1;
    for (int k = i - 1; k >= 0; k--) {
      Token t = toks.get(k);
      if (t.length() > 3 || t.isPunctuation() || t.isFunction() || t.tagStarts("m") || t.isPlace()
          || t.isOrganization() || lex.isTitle(t) || end - t.start() > 3 || !allHan(text, t.start(), t.end())
          || FUNCTION_CHARS.indexOf(t.word().charAt(0)) >= 0) {
        break;
      }
      if (end - t.start() >= 2 && lex.surnameAt(text, t.start()) > 0) {
        best = t.start();
      }
    }
    if (best >= 0 && chinese(text, best, end) && text.charAt(end - 1) != '副'
        && !HanlpSegmenter.dictionaryHas(text.substring(best, end))) {
      out.add(new Found(EntityType.PERSON, best, end, RULE, "before-title"));
    } else if (i > 0 && toks.get(i - 1).length() == 1 && lex.isSurname(text.charAt(end - 1))
        && WEAK_SURNAMES.indexOf(text.charAt(end - 1)) < 0 && !toks.get(i - 1).isFunction()
        && (i == 1 || toks.get(i - 2).isFunction() || toks.get(i - 2).tagStarts("v"))) {
      // 和李老师: a surname alone before the title
      out.add(new Found(EntityType.PERSON, end - 1, end, RULE, "surname+title"));
    }
  }

  /**
   * 恩来同志: a given name alone before 同志, the usual way to address a comrade by name. The two
   * characters must be words of their own (not 老同志, not 党员/nnt 同志), both mostly used in given
   * names, and no dictionary word other than a noun (a verb such as 建国 reads 继承建国同志 otherwise).
   */
  private void givenNameBeforeComrade(String text, List<Token> toks, int i, List<Found> out) {
    int end = toks.get(i).start();
    int k = i - 1;
    while (k >= 0 && end - toks.get(k).start() < 2) {
      k--;
    }
    if (k < 0 || end - toks.get(k).start() != 2) {
      return;
    }
    int start = toks.get(k).start();
    if (COLLECTIVE_CHARS.indexOf(text.charAt(start)) >= 0) {
      return; // 全党同志, 各位同志: everyone, not a name
    }
    for (int j = k; j < i; j++) {
      Token g = toks.get(j);
      if (g.isPunctuation() || lex.isTitle(g) || g.isPlace() || g.isOrganization() || !givenLike(text, g)) {
        return;
      }
    }
    if ((k == 0 || boundaryBefore(toks.get(k - 1)) || toks.get(k - 1).tagStarts("u"))
        && (!HanlpSegmenter.dictionaryHas(text.substring(start, end))
            || HanlpSegmenter.dictionaryOnly(text.substring(start, end), "n"))) {
      out.add(new Found(EntityType.PERSON, start, end, RULE, "given-name+comrade"));
    }
  }

  /** 鲍里斯·贝克尔: transliterated parts joined by a middle dot. */
  private void dotted(String text, List<Token> toks, int i, List<Found> out) {
    if (i == 0 || i + 1 >= toks.size()) {
      return;
    }
    Token left = toks.get(i - 1);
    Token right = toks.get(i + 1);
    if (!transliterated(text, left.start(), left.end())
        || !transliterated(text, right.start(), right.end())) {
      return;
    }
    int start = left.start();
    int end = right.end();
    // take in neighbouring transliterated words of the same name: 普里/nr 马科夫/nrf
    for (int k = i - 2; k >= 0 && transliterated(text, toks.get(k).start(), toks.get(k).end())
        && start - toks.get(k).start() < 6; k--) {
      start = toks.get(k).start();
    }
    for (int k = i + 2; k < toks.size() && transliterated(text, toks.get(k).start(), toks.get(k).end())
        && toks.get(k).end() - end < 6; k++) {
      end = toks.get(k).end();
    }
    out.add(new Found(EntityType.PERSON, start, end, RULE, "dotted-name"));
  }

  private boolean plausibleName(String text, int start, int end) {
    return chinese(text, start, end) || end - start >= 2 && transliterated(text, start, end);
  }

  /** Surname + one or two characters (compound surname + one or two). */
  private boolean chinese(String text, int start, int end) {
    int sn = lex.surnameAt(text, start);
    int given = end - start - sn;
    return sn > 0 && given >= 1 && given <= 2 && allHan(text, start, end)
        && FUNCTION_CHARS.indexOf(text.charAt(end - 1)) < 0;
  }

  private boolean transliterated(String text, int start, int end) {
    return end > start && end - start <= 8 && lex.transliterated(text, start, end);
  }


  static boolean allHan(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (!Character.isIdeographic(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
