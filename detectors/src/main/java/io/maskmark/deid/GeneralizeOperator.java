package io.maskmark.deid;

import io.maskmark.deid.values.ChineseRegion;
import io.maskmark.deid.values.EnglishPlace;
import io.maskmark.deid.values.HanNumerals;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code generalize}: keeps a coarser version of the value. Date of birth to the year (or decade),
 * age to a band ({@code 35岁} -> {@code 30-39岁}), an address or place to its city or province
 * (Chinese addresses keep their 省/市 prefix), GPS coordinates to 2 decimals (about 1 km).
 * A value it cannot parse becomes the type tag: generalisation never passes a value through.
 */
final class GeneralizeOperator implements Operator {

  static final Set<EntityType> SUPPORTED = EnumSet.of(EntityType.DATE_OF_BIRTH, EntityType.AGE,
      EntityType.ADDRESS, EntityType.LOCATION, EntityType.GPS_COORDINATE);

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,3}\\.\\d+");
  private static final Pattern DMS = Pattern.compile(
      "(\\d{1,3})\\s*°\\s*(?:(\\d{1,2})\\s*['′])?(?:\\s*\\d{1,2}(?:\\.\\d+)?\\s*(?:\"|″|''))?");

  private final boolean decade;
  private final int ageBand;
  private final boolean provinceLevel;
  private final int decimals;

  private GeneralizeOperator(boolean decade, int ageBand, boolean provinceLevel, int decimals) {
    this.decade = decade;
    this.ageBand = ageBand;
    this.provinceLevel = provinceLevel;
    this.decimals = decimals;
  }

  static GeneralizeOperator create(Params p) {
    EntityType t = p.type();
    if (t == null || !SUPPORTED.contains(t)) {
      throw p.error("operator", "generalize works on DATE_OF_BIRTH, AGE, ADDRESS, LOCATION and "
          + "GPS_COORDINATE only" + (t == null ? ", so it cannot be the default" : ", not " + t));
    }
    return switch (t) {
      case DATE_OF_BIRTH -> new GeneralizeOperator(
          p.choice("to", "year", "year", "decade").equals("decade"), 10, false, 2);
      case AGE -> new GeneralizeOperator(false, p.integer("band", 10, 2, 50), false, 2);
      case GPS_COORDINATE -> new GeneralizeOperator(false, 10, false, p.integer("decimals", 2, 0, 3));
      default -> new GeneralizeOperator(false, 10,
          p.choice("level", "city", "city", "province").equals("province"), 2);
    };
  }

  @Override
  public String name() {
    return "generalize";
  }

  @Override
  public String apply(Occurrence o) {
    Optional<String> g = switch (o.type()) {
      case DATE_OF_BIRTH -> year(o);
      case AGE -> age(o.value());
      case ADDRESS, LOCATION -> place(o.value());
      case GPS_COORDINATE -> gps(o.value());
      default -> Optional.empty();
    };
    return g.filter(s -> !s.isBlank()).orElseGet(() -> Tags.tag(o.type(), o.language()));
  }

  private Optional<String> year(Occurrence o) {
    Matcher m = YEAR.matcher(o.value());
    if (!m.find()) {
      return Optional.empty();
    }
    int y = Integer.parseInt(m.group());
    if (decade) {
      int d = y / 10 * 10;
      return Optional.of(o.language() == Language.ZH ? d + "年代" : d + "s");
    }
    return Optional.of(o.language() == Language.ZH ? y + "年" : Integer.toString(y));
  }

  /** Replaces the number in the value by its band, keeping the words around it. */
  private Optional<String> age(String v) {
    Matcher m = DIGITS.matcher(v);
    int age;
    if (m.find()) {
      age = Integer.parseInt(m.group());
    } else {
      m = HanNumerals.RUN.matcher(v);
      if (!m.find() || (age = HanNumerals.parse(m.group())) < 0) {
        return Optional.empty();
      }
    }
    String band = age >= 90 ? "90+" : (age / ageBand * ageBand) + "-" + (age / ageBand * ageBand + ageBand - 1);
    return Optional.of(v.substring(0, m.start()) + band + v.substring(m.end()));
  }

  private Optional<String> place(String v) {
    if (v.codePoints().anyMatch(Language::isHan)) {
      return ChineseRegion.parse(v).map(r -> provinceLevel ? r.provinceLevel() : r.cityLevel());
    }
    return provinceLevel ? EnglishPlace.stateLevel(v) : EnglishPlace.cityLevel(v);
  }

  private Optional<String> gps(String v) {
    if (v.indexOf('°') >= 0) {
      return replaceAll(DMS, v, m -> m.group(1) + "°" + (m.group(2) == null ? "" : m.group(2) + "'"));
    }
    return replaceAll(DECIMAL, v,
        m -> new BigDecimal(m.group()).setScale(decimals, RoundingMode.HALF_UP).toPlainString());
  }

  private static Optional<String> replaceAll(Pattern p, String v,
                                             java.util.function.Function<Matcher, String> f) {
    Matcher m = p.matcher(v);
    StringBuilder sb = new StringBuilder();
    boolean any = false;
    while (m.find()) {
      any = true;
      m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
    }
    m.appendTail(sb);
    return any ? Optional.of(sb.toString()) : Optional.empty();
  }

  @Override
  public boolean keyed() {
    return false;
  }

  @Override
  public boolean anonymising() {
    return true;
  }
}
