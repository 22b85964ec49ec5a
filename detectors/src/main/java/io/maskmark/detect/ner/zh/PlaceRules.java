package io.maskmark.detect.ner.zh;

import io.maskmark.detect.EntityType;
import java.util.List;
import java.util.Set;

/**
 * Places: HanLP's role-tagged places, extended over an administrative unit written as a word of
 * its own ({@code 廊坊 市}), region words ({@code 亚太}, {@code 海峡两岸}), and one-character
 * country and province names inside compounds, which the segmenter keeps as ordinary words:
 * pairs ({@code 中美}, {@code 台港澳}), a side ({@code 中方}, {@code 美方}) and a direction
 * ({@code 驻华}, {@code 访美}, {@code 来京}).
 */
final class PlaceRules {

  static final double SCORE = 0.8;

  /** Verbs and prepositions that take a one-character place: 驻华, 访美, 来京, 对华. */
  private static final Set<Character> DIRECTION = Set.of('驻', '访', '来', '赴', '旅', '抵', '离',
      '在', '对', '返', '回', '进', '出', '至', '到', '援', '侵', '反', '亲', '留');

  /**
   * One-character places that make no ordinary verb after a direction character, so 访华, 抵京 are
   * read even where the dictionary lists them as verbs (出台 and 离港 are ordinary verbs).
   */
  private static final String UNAMBIGUOUS = "华京";

  /** What a one-character country has right after it: its state, army, leaders, territory. */
  private static final Set<String> STATE = Set.of("军", "政府", "总统", "总理", "首相", "外长", "国内",
      "当局", "议会", "军队", "军方", "官方", "领导人", "元首", "大使", "使馆", "代表团");

  /** After a one-character place, people or capital from there: 华侨, 台胞, 港商, 台资, 华裔. */
  private static final String PEOPLE = "侨胞商资裔";
  /** Places whose 人 means "people from there" (港人, 华人) rather than a word (美人, 法人). */
  private static final String UNAMBIGUOUS_PEOPLE = "港台华澳";

  /** A place the dictionary does not list never starts with a numeral or a particle. */
  private static final String NOT_FIRST = "一二两三四五六七八九十百千万几数多各每该本其这那的之";

  /** Rule names of places the person tagger also claims; they outrank the person. */
  static final String NAME_UNIT = "name+unit";
  static final String COUNTRY_PAIR = "abbreviation-pair";

  /** Units that end village, township, county and province names and (almost) no given names. */
  private static final String UNIT_CHARS = "村乡县省";
  /** Last characters of administrative units. */
  private static final String ADMIN_CHARS = "县市镇乡村省州区旗";

  /** Longest name read before a unit: transliterations run to four or five characters. */
  private static final int MAX_NAME = 5;

  /** Landforms and thoroughfares, as words of their own, that take a person's name: 劳伦斯 河. */
  private static final Set<String> LANDFORMS = Set.of("河", "江", "湖", "岛", "山", "峰", "湾", "港",
      "大街", "大道", "广场", "海峡", "半岛", "群岛", "盆地", "山脉", "高原", "平原", "峡谷", "沙漠",
      "运河", "瀑布", "海", "角");

  /** Address units that follow people as often as places: 张三组 is Zhang San's team. */
  private static final Set<String> NOT_UNIT = Set.of("组", "庄", "屯", "农场", "林场", "社区");

  private final Lexicon lex;

  PlaceRules(Lexicon lex) {
    this.lex = lex;
  }

  void find(String text, List<Token> toks, List<Found> out) {
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      String w = t.word();
      int run = lastOfCountryRun(toks, i);
      if (t.isPlace()) {
        if (NOT_FIRST.indexOf(w.charAt(0)) >= 0 && !HanlpSegmenter.dictionaryHas(w, "ns")) {
          continue; // 两国, 五国, 的城市: a count or a phrase; 四川, 三明市 are listed places
        }
        int end = t.end();
        if (i + 1 < toks.size() && lex.adminUnits.contains(toks.get(i + 1).word())
            && !toks.get(i + 1).isPlace()) {
          end = toks.get(i + 1).end();
          i++;
        }
        if (i > 0 && headCutOff(toks.get(i - 1), t)) {
          // 吕/nz 家庄乡/ns, 阿克/nrf 莱县/ns: the tagger began the unit's name a word too late
          out.add(new Found(EntityType.LOCATION, toks.get(i - 1).start(), end, SCORE, NAME_UNIT));
          continue;
        }
        out.add(new Found(EntityType.LOCATION, t.start(), end, SCORE, "hanlp-" + t.tag()));
      } else if (t.isPerson() && countryPair(t)) {
        // 印巴/nr, 韩美/nr: the role tagger reads two one-character countries as surname + name
        out.add(new Found(EntityType.LOCATION, t.start(), t.end(), SCORE, COUNTRY_PAIR));
      } else if (t.isPerson() && unitEnded(w)) {
        // 陈卜村/nr, 乌托县/nr: a name ending in a village or county unit is the village
        out.add(new Found(EntityType.LOCATION, t.start(), t.end(), SCORE, NAME_UNIT));
      } else if (nameBeforeUnit(toks, i)) {
        // 卡拉邦/nrf 县/n, 杜伯里/nr 县/n, 圣/ag 约翰/nrf 岛/n: the tagger read the name, the unit or
        // landform says what it names
        out.add(new Found(EntityType.LOCATION, nameStart(text, toks, i), toks.get(i + 1).end(), SCORE,
            NAME_UNIT));
        i++;
      } else if (run > i) {
        countryRun(toks, i, run, out);
        i = run;
      } else if (lex.regions.contains(w) && !t.isFunction()) {
        // 海峡/n 两岸/n: a region word the segmenter cut in two is read whole
        boolean joined = i > 0 && lex.regions.contains(toks.get(i - 1).word() + w);
        out.add(new Found(EntityType.LOCATION, joined ? toks.get(i - 1).start() : t.start(), t.end(), SCORE,
            "region"));
      } else if (!t.isPerson() && !t.isOrganization() && !t.isFunction()) {
        if (!placeAtHead(t, out) && !placeAfterModifier(t, out)) {
          abbreviations(toks, i, out);
        }
      }
    }
  }

  /** Whether a place rule's candidate should win over a person candidate on the same words. */
  static boolean outranksPerson(Found f) {
    return f.rule().equals(NAME_UNIT) || f.rule().equals(COUNTRY_PAIR);
  }

  private boolean countryPair(Token t) {
    return t.length() == 2 && allCountries(t.word());
  }

  /**
   * Whether {@code prev} is the head of {@code place}'s name: the place is the tagger's own (not a
   * listed one), short, and ends in a unit, and the word before is one character or a proper name
   * piece glued to it. Two-character common words (老家, 城市) stay outside.
   */
  private static boolean headCutOff(Token prev, Token place) {
    String w = place.word();
    if (prev.end() != place.start() || w.length() > 4 || HanlpSegmenter.dictionaryHas(w)
        || ADMIN_CHARS.indexOf(w.charAt(w.length() - 1)) < 0) {
      return false;
    }
    if (prev.isPlace() || prev.isOrganization() || prev.isFunction() || prev.tagStarts("v")
        || prev.tagStarts("m") || prev.tagStarts("a") || prev.tag().equals("nnt")) {
      return false;
    }
    return prev.length() == 1 && Character.isIdeographic(prev.word().charAt(0))
        && NOT_FIRST.indexOf(prev.word().charAt(0)) < 0
        || prev.length() <= 3 && (prev.tag().equals("nrf") || prev.tag().equals("nz"))
        || prev.length() == 2 && prev.isPerson() && w.length() == 2; // 萨克/nr 莫县/ns
  }

  /**
   * Where the name before a unit starts: earlier pieces of a transliterated name (斯塔/nr 福德/nrf 河)
   * and a 圣 before them.
   */
  private int nameStart(String text, List<Token> toks, int i) {
    int k = i;
    if (lex.transliterated(text, toks.get(i).start(), toks.get(i).end())) {
      while (k > 0 && toks.get(k - 1).isPerson() && toks.get(k - 1).end() == toks.get(k).start()
          && lex.transliterated(text, toks.get(k - 1).start(), toks.get(k - 1).end())) {
        k--;
      }
    }
    return k > 0 && toks.get(k - 1).word().equals("圣") ? toks.get(k - 1).start() : toks.get(k).start();
  }

  private static boolean unitEnded(String w) {
    return w.length() >= 3 && w.length() <= MAX_NAME && UNIT_CHARS.indexOf(w.charAt(w.length() - 1)) >= 0;
  }

  /**
   * A proper name (person, transliteration, other proper noun) followed by an administrative unit
   * or a landform as a word of its own. A person's name is never followed by a bare 县, 市, 河 or
   * 岛 (县长, 河边 are words of their own), so the pair is a place.
   */
  private boolean nameBeforeUnit(List<Token> toks, int i) {
    Token t = toks.get(i);
    if (i + 1 >= toks.size() || t.isPlace() || t.isOrganization() || t.length() > MAX_NAME
        || !(t.isPerson() || t.tag().equals("nz") || t.tag().equals("nx"))) {
      return false;
    }
    Token unit = toks.get(i + 1);
    return !unit.isPlace() && (lex.adminUnits.contains(unit.word()) && !NOT_UNIT.contains(unit.word())
        || LANDFORMS.contains(unit.word()));
  }

  /**
   * 香港特别行政区, 中华民族, 中国人: a word HanLP keeps whole that starts with a place it knows,
   * followed by an administrative unit (all of it is the place) or an ordinary word (the head is).
   */
  private boolean placeAtHead(Token t, List<Found> out) {
    String w = t.word();
    if (w.length() < 3 || !(t.tagStarts("n") || t.tagStarts("vl") || t.tag().equals("j"))) {
      return false;
    }
    for (int len = Math.min(w.length() - 1, 5); len >= 2; len--) {
      String head = w.substring(0, len);
      String rest = w.substring(len);
      boolean place = lex.regions.contains(head) || HanlpSegmenter.dictionaryHas(head, "ns");
      if (!place) {
        continue;
      }
      if (lex.adminUnits.contains(rest) && !(rest.equals("地区") && lex.regions.contains(head))) {
        out.add(new Found(EntityType.LOCATION, t.start(), t.end(), SCORE, "place+unit"));
        return true;
      }
      if (lex.orgSuffixes.contains(rest) && rest.length() + len == w.length()
          && (rest.length() >= 2 || "党队军团社".indexOf(rest.charAt(0)) >= 0)) {
        // 国民党, 美国队: a place and an organisation suffix in one word is an organisation
        out.add(new Found(EntityType.ORGANIZATION, t.start(), t.end(), SCORE, "place+org-suffix"));
        return true;
      }
      if (rest.length() <= 2 && HanlpSegmenter.dictionaryHas(rest, "n")
          || rest.length() > 2 && HanlpSegmenter.dictionaryHas(rest)) {
        out.add(new Found(EntityType.LOCATION, t.start(), t.start() + len, SCORE, "place-in-word"));
        return true;
      }
    }
    return false;
  }

  /** 新中国/nz, 全中国/nz: new, old or all + a place the dictionary knows; the place is the place. */
  private boolean placeAfterModifier(Token t, List<Found> out) {
    String w = t.word();
    if (w.length() < 3 || "新旧全".indexOf(w.charAt(0)) < 0 || !HanlpSegmenter.dictionaryHas(w.substring(1), "ns")) {
      return false;
    }
    out.add(new Found(EntityType.LOCATION, t.start() + 1, t.end(), SCORE, "modifier+place"));
    return true;
  }

  private void abbreviations(List<Token> toks, int i, List<Found> out) {
    Token t = toks.get(i);
    String w = t.word();
    int n = w.length();
    if (n >= 2 && n <= 3 && allCountries(w) && !t.tagStarts("a") && !t.tagStarts("v")
        && !t.tagStarts("s") && !t.tagStarts("m")) {
      out.add(new Found(EntityType.LOCATION, t.start(), t.end(), SCORE, COUNTRY_PAIR));
    } else if (n == 2 && w.charAt(1) == '方' && isCountry(w.charAt(0)) && t.tagStarts("n")) {
      out.add(new Found(EntityType.LOCATION, t.start(), t.start() + 1, SCORE, "abbreviation-side"));
    } else if (n >= 2 && isCountry(w.charAt(0)) && STATE.contains(w.substring(1)) && !newOrBy(w.charAt(0))
        && !HanlpSegmenter.dictionaryHas(w, "ns") || n == 1 && isCountry(w.charAt(0))
        && (t.tagStarts("b") || t.tagStarts("j")) && !newOrBy(w.charAt(0))
        && i + 1 < toks.size() && STATE.contains(toks.get(i + 1).word())) {
      // 美军, 俄总统/nz, 俄/b 国内: a country's state, army or leader
      out.add(new Found(EntityType.LOCATION, t.start(), t.start() + 1, SCORE, "abbreviation-state"));
    } else if (n == 2 && t.tagStarts("n") && isPlaceChar(w.charAt(0)) && (PEOPLE.indexOf(w.charAt(1)) >= 0
        || w.charAt(1) == '人' && UNAMBIGUOUS_PEOPLE.indexOf(w.charAt(0)) >= 0)) {
      // 华侨, 台胞, 港商, 台资; 港人 and 华人, but not 美人 or 法人
      out.add(new Found(EntityType.LOCATION, t.start(), t.start() + 1, SCORE, "abbreviation-people"));
    } else if (n == 2 && DIRECTION.contains(w.charAt(0)) && isPlaceChar(w.charAt(1))
        && (!HanlpSegmenter.dictionaryHas(w, "n") && !HanlpSegmenter.dictionaryHas(w, "v")
            || UNAMBIGUOUS.indexOf(w.charAt(1)) >= 0)
        || n == 2 && DIRECTION.contains(w.charAt(0)) && isPlaceChar(w.charAt(1))
        && (t.tag().equals("vn") || t.tag().equals("nz"))) {
      out.add(new Found(EntityType.LOCATION, t.start() + 1, t.end(), SCORE, "abbreviation-direction"));
    } else if (n == 1 && i > 0 && isPlaceChar(w.charAt(0)) && (t.tagStarts("b") || t.tagStarts("j"))
        && toks.get(i - 1).length() == 1 && DIRECTION.contains(toks.get(i - 1).word().charAt(0))) {
      out.add(new Found(EntityType.LOCATION, t.start(), t.end(), SCORE, "abbreviation-direction"));
    }
  }

  /**
   * 中/f 俄/b 战略, 美/b 日/b 之间, 中/f 、/w 阿: one-character countries the segmenter left as
   * words of their own, two or more in a row (a 、 may join them); each is a place.
   */
  private void countryRun(List<Token> toks, int first, int last, List<Found> out) {
    for (int k = first; k <= last; k++) {
      Token t = toks.get(k);
      if (!t.isPunctuation()) {
        out.add(new Found(EntityType.LOCATION, t.start(), t.end(), SCORE, "abbreviation-run"));
      }
    }
  }

  /** Index of the last country of a run of one-character countries starting at {@code i}, or i. */
  private int lastOfCountryRun(List<Token> toks, int i) {
    int last = i;
    if (!singleCountry(toks, i)) {
      return i;
    }
    int k = i + 1;
    while (k < toks.size()) {
      if (singleCountry(toks, k)) {
        last = k++;
      } else if (toks.get(k).word().equals("、") && singleCountry(toks, k + 1)) {
        k++;
      } else {
        break;
      }
    }
    return last;
  }

  /** A one-character country as a word: a distinguishing word, an abbreviation or a noun (中 as f). */
  private boolean singleCountry(List<Token> toks, int k) {
    if (k >= toks.size() || toks.get(k).length() != 1) {
      return false;
    }
    Token t = toks.get(k);
    char c = t.word().charAt(0);
    return isCountry(c) && (t.tagStarts("b") || t.tagStarts("j") || t.tag().equals("n")
        || t.tag().equals("nz") || t.tag().equals("ns") || c == '中' && t.tag().equals("f"));
  }

  /** 新政府 is a new government and 以军为主 "with the army first", more often than Singapore or Israel. */
  private static boolean newOrBy(char c) {
    return c == '新' || c == '以';
  }

  private boolean allCountries(String w) {
    for (int k = 0; k < w.length(); k++) {
      if (!isCountry(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private boolean isCountry(char c) {
    return lex.countryAbbreviations.get(c);
  }

  private boolean isPlaceChar(char c) {
    return lex.countryAbbreviations.get(c) || lex.provinceAbbreviations.get(c);
  }
}
