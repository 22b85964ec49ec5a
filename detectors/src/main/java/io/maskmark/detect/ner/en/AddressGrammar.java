package io.maskmark.detect.ner.en;

import io.maskmark.detect.EntityType;
import io.maskmark.detect.Explanation;
import io.maskmark.detect.Span;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English street addresses as one span: house number, optional direction, street name, street
 * type (the USPS and Royal Mail suffixes), optional unit ({@code Apt 4B}, {@code Suite 200},
 * {@code #12}) and optional city, two-letter state and ZIP code, on one line or over two:
 * {@code 1600 Pennsylvania Ave NW, Washington, DC 20500}. Also {@code P.O. Box 123} and US
 * military addresses ({@code PSC 1234, Box 5678, APO AE 09012}).
 *
 * <p>Matching ignores case, so chat without capitals still matches, but a match whose street name
 * is not capitalised must not contain a common word: {@code 5 minutes down the road} is no address.
 */
final class AddressGrammar {

  static final double SCORE = 0.85;

  private static final String SUFFIX = "(?:street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln"
      + "|drive|dr|court|ct|place|pl|square|sq|terrace|ter|way|parkway|pkwy|highway|hwy|circle|cir"
      + "|crescent|close|grove|trail|trl|plaza|alley|row|loop|pike|heights|hts|park|gardens|walk"
      + "|mews|expressway|expy|freeway|fwy|turnpike|tpke|crossing|xing|path|point|pt|ridge|view"
      + "|hills?|lakes?|glens?|mills?|springs?|meadows?|estates?|junction|valley|villages?|wells"
      + "|harbou?r|route|rte|fork|shores?|summit|creek|brook|canyon|cliffs?|fields?|flats?|forest"
      + "|fort|knolls?|landing|manor|oval|pass|pines|ranch|squares?|stream|track|trace|tunnel|union"
      + "|vista|extension|causeway|drives|courts|islands?|keys?|ports?|plains?|prairie|radial|ramp)";
  private static final String STRONG = "street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive"
      + "|parkway|pkwy|highway|hwy|court|ct|place|terrace|crescent|way";
  private static final String NUMBER = "\\d{1,6}[a-z]?(?:[-/]\\d{1,5}[a-z]?)?";
  private static final String DIRECTION = "(?:[nsew]\\.?|north|south|east|west|northeast|northwest"
      + "|southeast|southwest|ne|nw|se|sw)";
  private static final String WORD = "(?:\\d{1,3}(?:st|nd|rd|th)|\\p{IsLatin}[\\p{IsLatin}'\u2019\\-]*\\.?)";
  private static final String UNIT = "(?:,?[ \\t]*(?:apt|apartment|suite|ste|unit|flat|fl|floor"
      + "|room|rm|bldg|building|#)\\.?[ \\t]*#?[ \\t]*[\\w\\-]{1,6})";
  private static final String CITY_STATE_ZIP = "(?:,?[ \\t]*\\n?[ \\t]*\\p{IsLatin}[\\p{IsLatin}'\u2019\\-]+"
      + "(?:[ \\t]+\\p{IsLatin}[\\p{IsLatin}'\u2019\\-]+){0,2},?[ \\t]+[a-z]{2}\\.?[ \\t]+\\d{5}(?:-\\d{4})?)";

  private static final Pattern STREET = Pattern.compile(
      "(?<![\\p{IsLatin}\\d])" + NUMBER + "[ \\t]+(?:" + DIRECTION + "[ \\t]+)?"
          + "(?<name>(?:" + WORD + "[ \\t]+){0,3}" + WORD + ")[ \\t]+(?<suffix>" + SUFFIX + ")\\.?"
          + "(?![\\p{IsLatin}\\d])(?:[ \\t]+" + DIRECTION + "(?![\\p{IsLatin}\\d]))?"
          + UNIT + "?" + CITY_STATE_ZIP + "?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PO_BOX = Pattern.compile(
      "(?<![\\p{IsLatin}\\d])p\\.?[ \\t]?o\\.?[ \\t]+box[ \\t]+\\d{1,6}" + CITY_STATE_ZIP + "?",
      Pattern.CASE_INSENSITIVE);
  /** US military mail: {@code PSC 1234, Box 5678 / APO AE 09012}, {@code USNS Comfort / FPO AA 34001}. */
  private static final Pattern MILITARY = Pattern.compile(
      "(?<![\\p{IsLatin}\\d])(?:(?:PSC|CMR|Unit)[ \\t]+\\d{1,5},?[ \\t]+Box[ \\t]+\\d{1,5}"
          + "|(?:USNS|USNV|USS|USCGC)[ \\t]+\\p{IsLatin}[\\p{IsLatin}'\\-]+)"
          + ",?[ \\t]*\\n?[ \\t]*(?:APO|FPO|DPO)[ \\t]+(?:AA|AE|AP)[ \\t]+\\d{5}(?:-\\d{4})?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern STRONG_SUFFIX = Pattern.compile("(?i)" + STRONG);

  private AddressGrammar() {
  }

  static void find(String text, List<Span> out) {
    if (!hasDigit(text)) {
      return;
    }
    Lexicon lexicon = Lexicon.get();
    Matcher street = STREET.matcher(text);
    Matcher poBox = PO_BOX.matcher(text);
    Matcher military = MILITARY.matcher(text);
    int streetFrom = 0;
    int poBoxFrom = 0;
    int militaryFrom = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (i > 0 && boundaryFails(text.charAt(i - 1))) {
        continue; // every pattern starts after a non-letter, non-digit
      }
      if (c >= '0' && c <= '9') {
        if (i >= streetFrom && matchesAt(street, i, n)) {
          streetFrom = street.end();
          if (plausible(street.group("name"), street.group("suffix"), lexicon)) {
            add(out, street.start(), street.end(), "en-ner:address");
          }
        }
        continue;
      }
      char lc = (char) (c | 0x20);
      if (lc == 'p' && i >= poBoxFrom && matchesAt(poBox, i, n)) {
        poBoxFrom = poBox.end();
        add(out, poBox.start(), poBox.end(), "en-ner:po-box");
      }
      if ((lc == 'p' || lc == 'c' || lc == 'u') && i >= militaryFrom && matchesAt(military, i, n)) {
        militaryFrom = military.end();
        add(out, military.start(), military.end(), "en-ner:military-address");
      }
    }
  }

  /**
   * Each pattern is tried only where it can start (a digit, or the letter of its first word),
   * anchored there: {@code find()} would run the pattern's look-behind at every character, which
   * made this grammar most of the English engine's time on text with few addresses. Matches do
   * not overlap, as with {@code find()}.
   */
  private static boolean matchesAt(Matcher m, int start, int end) {
    m.region(start, end);
    m.useTransparentBounds(true); // the look-behind sees the character before the start
    m.useAnchoringBounds(false);
    return m.lookingAt();
  }

  private static boolean boundaryFails(char before) {
    if (before < 0x80) {
      return (before >= '0' && before <= '9') || ((before | 0x20) >= 'a' && (before | 0x20) <= 'z');
    }
    return Character.UnicodeScript.of(before) == Character.UnicodeScript.LATIN;
  }

  /**
   * A capitalised street name is accepted; a lower-case one only with a strong street type and no
   * common word in it.
   */
  static boolean plausible(String name, String suffix, Lexicon lexicon) {
    String[] words = name.split("[ \\t]+");
    boolean capitalised = true;
    for (String w : words) {
      char c = w.charAt(0);
      if (!(Character.isUpperCase(c) || Character.isDigit(c))) {
        capitalised = false;
      }
    }
    boolean suffixCapitalised = Character.isUpperCase(suffix.charAt(0));
    if (capitalised && suffixCapitalised) {
      return !lexicon.is(words[0], Lexicon.COMMON) || words.length > 1;
    }
    if (!STRONG_SUFFIX.matcher(suffix).matches()) {
      return false;
    }
    for (String w : words) {
      if (lexicon.is(w.toLowerCase(Locale.ROOT), Lexicon.COMMON)) {
        return false;
      }
    }
    return true;
  }

  private static void add(List<Span> out, int start, int end, String rule) {
    out.add(new Span(EntityType.ADDRESS, start, end, SCORE, EnglishNerDetector.NAME,
        Explanation.of(rule, SCORE)));
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
