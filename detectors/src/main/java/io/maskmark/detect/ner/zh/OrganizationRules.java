package io.maskmark.detect.ner.zh;

import io.maskmark.detect.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Organisations: HanLP's recognised organisations that end like one (its HMM also tags
 * {@code 一个世纪} or {@code 501室} as {@code nt}), names ending in an organisation suffix
 * ({@code 哈佛 大学}, {@code 中国 工商 银行}), and a place written before an organisation, which
 * belongs to its name ({@code 中国 致公党}).
 */
final class OrganizationRules {

  static final double SCORE = 0.85;
  /** Words before a suffix that can still be part of the name. */
  private static final int MAX_NAME_TOKENS = 4;
  private static final int MAX_NAME_CHARS = 16;

  /** Collective nouns that after a bare place describe (American companies) rather than name. */
  private static final Set<String> COLLECTIVES =
      Set.of("公司", "企业", "部队", "军队", "球队", "政府", "当局", "厂商", "银行界", "商人");

  private final Lexicon lex;

  OrganizationRules(Lexicon lex) {
    this.lex = lex;
  }

  /** Whether an {@code nt} word of HanLP's looks like an organisation name. */
  boolean plausible(Token t) {
    String w = t.word();
    if (w.length() < 2 || !Character.isIdeographic(w.charAt(0))) {
      return false;
    }
    return !placeAndCollective(w) && (lex.orgSuffix(w) > 0 || HanlpSegmenter.dictionaryHas(w, "nt"));
  }

  /** 德国企业/nt: a listed place and a collective noun in one word describe, they do not name. */
  private static boolean placeAndCollective(String w) {
    for (String c : COLLECTIVES) {
      if (w.length() > c.length() && w.endsWith(c)
          && HanlpSegmenter.dictionaryHas(w.substring(0, w.length() - c.length()), "ns")) {
        return true;
      }
    }
    return false;
  }

  void find(List<Token> toks, List<Found> out) {
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (lex.organizations.contains(t.word())) {
        out.add(new Found(EntityType.ORGANIZATION, t.start(), t.end(), SCORE, "known-organisation"));
        continue;
      }
      boolean facility = !t.isOrganization() && isFacility(t);
      boolean suffix = facility || isSuffix(t);
      if (!t.isOrganization() && !suffix) {
        continue;
      }
      int first = i;
      boolean proper = t.isOrganization();
      int chars = t.length();
      while (first > 0 && i - first < MAX_NAME_TOKENS) {
        Token p = toks.get(first - 1);
        if (!canPrecede(p) || chars + p.length() > MAX_NAME_CHARS
            || t.isOrganization() && !p.isPlace() && !p.isOrganization()) {
          break; // HanLP's own organisations only take in a place before them
        }
        proper |= p.isProper();
        chars += p.length();
        first--;
      }
      // trim leading common words: the name starts at its first proper word
      while (first < i && !toks.get(first).isProper()) {
        first++;
      }
      EntityType type = facility ? EntityType.LOCATION : EntityType.ORGANIZATION;
      if (first == i && facility && t.length() >= 4 && !lex.facilitySuffixes.contains(t.word())) {
        // 人民大会堂, 北京图书大厦: one word naming a building
        out.add(new Found(type, t.start(), t.end(), SCORE, "facility"));
        continue;
      }
      if (first == i && !t.isOrganization() || !proper) {
        continue;
      }
      if (first == i - 1 && toks.get(first).isPlace() && COLLECTIVES.contains(t.word())) {
        continue; // 美国 公司, 德国 军队: companies or troops of a place, not a name; the place stays
      }
      out.add(new Found(type, toks.get(first).start(), t.end(), SCORE,
          t.isOrganization() ? "hanlp-" + t.tag() : facility ? "facility" : "org-suffix"));
    }
  }

  /** 大厦, 体育馆, 航天中心: a building or venue is a place, not an organisation. */
  private boolean isFacility(Token t) {
    if (t.isPunctuation() || t.isPerson() || t.isPlace() || !t.tagStarts("n")) {
      return false;
    }
    String w = t.word();
    int len = lex.facilitySuffixes.longestSuffix(w, w.length());
    return len >= 2 || len == 1 && w.length() >= 2;
  }

  private boolean isSuffix(Token t) {
    if (t.isPunctuation() || t.isPerson() || t.isPlace()) {
      return false;
    }
    String w = t.word();
    if (w.length() == 1) {
      return lex.orgSuffixes.contains(w) && (t.tag().equals("nis") || t.tag().equals("n"));
    }
    int suffix = lex.orgSuffix(w);
    if (lex.orgSuffixes.contains(w) || t.tagStarts("ni") && suffix > 0) {
      return true;
    }
    // 女队, 新闻学院: a noun ending in a suffix; of one-character suffixes only the unambiguous ones
    // (not 会 of 社会, 部 of 内部, 所 of 场所)
    return t.tag().equals("n") && (suffix >= 2 || suffix == 1 && "队团党军".indexOf(w.charAt(w.length() - 1)) >= 0);
  }

  private static boolean canPrecede(Token p) {
    if (p.isPunctuation() || p.isFunction() || p.tagStarts("v") && !p.tag().equals("vn")) {
      return false;
    }
    String tag = p.tag();
    return p.isProper() || tag.equals("n") || tag.equals("vn") || tag.equals("b") || tag.equals("nis")
        || tag.startsWith("g") && p.length() >= 2
        || tag.equals("m") && p.word().startsWith("第");
  }
}
