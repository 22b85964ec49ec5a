package io.maskmark.detect.ner.zh;

import io.maskmark.detect.EntityType;
import java.util.List;

/**
 * Names found by how people are addressed: next to a title ({@code 总理若斯潘在}, {@code 张雅茹女士},
 * {@code 王总}), in a familiar form ({@code 老张}, {@code 小李}) and before {@code 同志}.
 */
final class AddressedNames {

  /** Characters that start a word for a group or a determiner (全党, 各位, 诸位, 本届). */
  private static final String COLLECTIVE_CHARS = "全各诸众本该每此";

  private final Lexicon lex;
  private final NameShapes shapes;

  AddressedNames(Lexicon lex, NameShapes shapes) {
    this.lex = lex;
    this.shapes = shapes;
  }

  /** 老张, 小李: a familiar form of address the segmenter kept as one word; the surname is the name. */
  boolean fromFamiliarAddress(List<Token> toks, int i, List<Found> out) {
    Token t = toks.get(i);
    String w = t.word();
    if (w.length() != 2 || !(w.charAt(0) == '老' || w.charAt(0) == '小') || !t.tag().equals("nz")) {
      return false;
    }
    char c = w.charAt(1);
    // 小 also makes words of a surname character (小童, 小钱), so only the common surnames count
    if (!lex.isSurname(c) || NameShapes.WEAK_SURNAMES.indexOf(c) >= 0 || !HanlpRoles.surname(c)
        || w.charAt(0) == '小' && !HanlpRoles.commonSurname(c)) {
      return false;
    }
    out.add(new Found(EntityType.PERSON, t.start() + 1, t.end(), PersonRules.RULE, "familiar-address"));
    return true;
  }

  /** 王总, 李老师: one word of surname + title that is not a dictionary word. */
  boolean fromSurnameTitle(List<Token> toks, int i, List<Found> out) {
    Token t = toks.get(i);
    String w = t.word();
    if (w.length() < 2 || w.length() > 5 || t.isPlace() || t.isOrganization()) {
      return false;
    }
    int sn = lex.surnameAt(w, 0);
    if (sn > 0 && sn < w.length() && lex.titles.contains(w.substring(sn))
        && !HanlpSegmenter.dictionaryHas(w)) {
      out.add(new Found(EntityType.PERSON, t.start(), t.start() + sn, PersonRules.RULE, "surname+title"));
      return true;
    }
    return false;
  }

  /** 总理若斯潘在, 主席罗豪才主持, 教练扎加洛今天: the characters after a title up to a boundary. */
  void afterTitle(String text, List<Token> toks, int i, List<Found> out) {
    if (i + 1 >= toks.size()) {
      return;
    }
    Token first = toks.get(i + 1);
    if (!(first.length() == 1 || first.isPerson() || !HanlpSegmenter.dictionaryHas(first.word())
        || surnameNoun(first))
        || first.isPunctuation() || first.isPlace() || first.isOrganization() || lex.isTitle(first)
        || NameShapes.FUNCTION_CHARS.indexOf(first.word().charAt(0)) >= 0) {
      return;
    }
    int start = first.start();
    int end = first.end();
    for (int k = i + 2; k < toks.size() && end - start < 6; k++) {
      Token t = toks.get(k);
      int acc = end - start;
      if (t.isPunctuation() || !NameShapes.allHan(text, t.start(), t.end()) || lex.isTitle(t)
          || t.length() == 1 && NameShapes.FUNCTION_CHARS.indexOf(t.word().charAt(0)) >= 0
          || t.tagStarts("m") || t.tagStarts("t") || t.tagStarts("u") // 部长瓦利六日, 学者丁东所言
          || acc >= 2 && t.length() == 1 && t.tagStarts("v") // 记者李舸摄: a verb after the name
          || acc >= 2 && t.length() >= 2 && !t.isPerson()) {
        break;
      }
      end = t.end();
    }
    if (shapes.plausibleName(text, start, end)) {
      out.add(new Found(EntityType.PERSON, start, end, PersonRules.RULE, "after-title"));
    }
  }

  /**
   * 政委 高云/n 江, 学者 丁东/nz: a two-character noun that starts with a common surname, which the
   * segmenter took for a word; after a title it is more likely the start of a name.
   */
  private boolean surnameNoun(Token t) {
    return t.length() == 2 && (t.tag().equals("n") || t.tag().equals("nz"))
        && HanlpRoles.commonSurname(t.word().charAt(0)) && NameShapes.WEAK_SURNAMES.indexOf(t.word().charAt(0)) < 0;
  }

  /** 张雅茹女士, 梅方权教授: two or three characters before a title, starting with a surname. */
  void beforeTitle(String text, List<Token> toks, int i, List<Found> out) {
    int end = toks.get(i).start();
    int best = -1;
    for (int k = i - 1; k >= 0; k--) {
      Token t = toks.get(k);
      if (t.length() > 3 || t.isPunctuation() || t.isFunction() || t.tagStarts("m") || t.isPlace()
          || t.isOrganization() || lex.isTitle(t) || end - t.start() > 3 || !NameShapes.allHan(text, t.start(), t.end())
          || NameShapes.FUNCTION_CHARS.indexOf(t.word().charAt(0)) >= 0) {
        break;
      }
      if (end - t.start() >= 2 && lex.surnameAt(text, t.start()) > 0) {
        best = t.start();
      }
    }
    if (best >= 0 && shapes.chinese(text, best, end) && text.charAt(end - 1) != '副'
        && !HanlpSegmenter.dictionaryHas(text.substring(best, end))) {
      out.add(new Found(EntityType.PERSON, best, end, PersonRules.RULE, "before-title"));
    } else if (i > 0 && toks.get(i - 1).length() == 1 && lex.isSurname(text.charAt(end - 1))
        && NameShapes.WEAK_SURNAMES.indexOf(text.charAt(end - 1)) < 0 && !toks.get(i - 1).isFunction()
        && (i == 1 || toks.get(i - 2).isFunction() || toks.get(i - 2).tagStarts("v"))) {
      // 和李老师: a surname alone before the title
      out.add(new Found(EntityType.PERSON, end - 1, end, PersonRules.RULE, "surname+title"));
    }
  }

  /**
   * 恩来同志: a given name alone before 同志, the usual way to address a comrade by name. The two
   * characters must be words of their own (not 老同志, not 党员/nnt 同志), both mostly used in given
   * names, and no dictionary word other than a noun (a verb such as 建国 reads 继承建国同志 otherwise).
   */
  void givenNameBeforeComrade(String text, List<Token> toks, int i, List<Found> out) {
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
      if (g.isPunctuation() || lex.isTitle(g) || g.isPlace() || g.isOrganization() || !NameShapes.givenLike(text, g)) {
        return;
      }
    }
    if ((k == 0 || shapes.boundaryBefore(toks.get(k - 1)) || toks.get(k - 1).tagStarts("u"))
        && (!HanlpSegmenter.dictionaryHas(text.substring(start, end))
            || HanlpSegmenter.dictionaryOnly(text.substring(start, end), "n"))) {
      out.add(new Found(EntityType.PERSON, start, end, PersonRules.RULE, "given-name+comrade"));
    }
  }
}
