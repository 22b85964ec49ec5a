package io.maskmark.deid.surrogate;

import static io.maskmark.deid.surrogate.FormatPreserving.pick;

import io.maskmark.deid.values.ChineseRegion;
import io.maskmark.deid.values.FakerLists;
import io.maskmark.detect.Language;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Address, place and coordinate surrogates at the same city level as the original. */
final class Places {

  private static final Pattern FRACTION = Pattern.compile("(\\d\\.\\d)(\\d+)");

  private Places() {
  }

  /**
   * Chinese: the original 省/市 prefix, then a generated street and number (and district, room
   * when the original has them). English: a generated street line, the city and state kept,
   * postal codes with their first three characters kept.
   */
  static String address(String v, Random rnd) {
    return v.codePoints().anyMatch(Language::isHan) ? chinese(v, rnd) : english(v, rnd);
  }

  private static String chinese(String v, Random rnd) {
    FakerLists l = FakerLists.get();
    var region = ChineseRegion.parse(v);
    String prefix = region.map(ChineseRegion::cityLevel).filter(s -> !s.isEmpty())
        .orElseGet(() -> pick(l.zhCities, rnd) + "市");
    String rest = region.map(r -> v.substring(r.rest())).orElse(v);
    StringBuilder sb = new StringBuilder(prefix);
    if (rest.contains("区") || rest.contains("县")) {
      sb.append(pick(FormatPreserving.hanPool(), rnd)).append(pick(FormatPreserving.hanPool(), rnd))
          .append(rest.contains("区") ? "区" : "县");
    }
    if (!rest.isBlank()) {
      sb.append(pick(l.zhSurnames, rnd)).append(pick(l.zhStreetSuffixes.subList(0, 3), rnd))
          .append(1 + rnd.nextInt(300)).append("号");
    }
    if (rest.contains("室")) {
      sb.append(1 + rnd.nextInt(20)).append(String.format("%02d", 1 + rnd.nextInt(12))).append("室");
    }
    return sb.toString();
  }

  private static String english(String v, Random rnd) {
    String[] parts = v.split("(?=,)");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      boolean street = i == 0 && (parts.length > 1 || Character.isDigit(p.strip().charAt(0)));
      if (street) {
        sb.append(streetLine(p, rnd));
      } else if (parts.length == 1) {
        sb.append(city(rnd));
      } else {
        sb.append(postcodesReplaced(p, rnd));
      }
    }
    return sb.toString();
  }

  private static String streetLine(String p, Random rnd) {
    FakerLists l = FakerLists.get();
    Matcher number = Pattern.compile("^\\s*(\\d+)").matcher(p);
    int digits = number.find() ? number.group(1).length() : 3;
    String n = (1 + rnd.nextInt(9)) + FormatPreserving.digits(Math.max(0, digits - 1), rnd);
    String name = rnd.nextBoolean() ? pick(l.enLastNames, rnd) : pick(l.enFirstNames, rnd);
    return n + " " + name + " " + pick(l.enStreetSuffixes, rnd);
  }

  private static String postcodesReplaced(String part, Random rnd) {
    StringBuilder sb = new StringBuilder();
    for (String w : part.split("(?<=\\s)|(?=\\s)")) {
      sb.append(w.chars().anyMatch(Character::isDigit) ? FormatPreserving.replace(w, 3, rnd) : w);
    }
    return sb.toString();
  }

  private static String city(Random rnd) {
    FakerLists l = FakerLists.get();
    return switch (rnd.nextInt(3)) {
      case 0 -> pick(l.enCityPrefixes, rnd) + " " + pick(l.enFirstNames, rnd);
      case 1 -> pick(l.enFirstNames, rnd) + pick(l.enCitySuffixes, rnd);
      default -> pick(l.enLastNames, rnd) + pick(l.enCitySuffixes, rnd);
    };
  }

  /** Another city of the same kind: 深圳市 -> 惠州市, a US state -> a US state, else a town. */
  static String location(String v, Random rnd) {
    FakerLists l = FakerLists.get();
    String s = v.strip();
    if (s.codePoints().anyMatch(Language::isHan)) {
      if (s.contains(",") || s.length() > 6) {
        return chinese(v, rnd);
      }
      return pick(l.zhCities, rnd) + (s.endsWith("市") ? "市" : "");
    }
    if (l.enStates.stream().anyMatch(s::equalsIgnoreCase)) {
      return pick(l.enStates, rnd);
    }
    if (l.isCountry(s)) {
      return pick(l.enCountries, rnd);
    }
    return s.contains(",") ? english(v, rnd) : city(rnd);
  }

  /** Keeps the degrees and first decimal (about 10 km), randomises the finer digits. */
  static String gps(String v, Random rnd) {
    Matcher m = FRACTION.matcher(v);
    StringBuilder sb = new StringBuilder();
    boolean any = false;
    while (m.find()) {
      any = true;
      m.appendReplacement(sb, m.group(1) + FormatPreserving.digits(m.group(2).length(), rnd));
    }
    m.appendTail(sb);
    return any ? sb.toString() : FormatPreserving.replace(v, 0, rnd);
  }
}
