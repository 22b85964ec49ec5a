package io.maskmark.detect.pattern;

import io.maskmark.detect.EntityType;
import java.util.List;

/**
 * GPS coordinates: latitude/longitude pairs in decimal degrees (with hemisphere letters or a
 * degree sign, or bare with a context word) and in degrees-minutes-seconds.
 */
final class Coordinates {

  private Coordinates() {
  }

  private static final String LAT = "(?:[1-8]?\\d(?:\\.\\d{2,8})?|90(?:\\.0{1,8})?)";
  private static final String LON = "(?:1[0-7]\\d(?:\\.\\d{2,8})?|[1-9]?\\d(?:\\.\\d{2,8})?|180(?:\\.0{1,8})?)";
  private static final String LAT_DEC = "(?:[1-8]?\\d\\.\\d{3,8}|90\\.0{3,8})";
  private static final String LON_DEC = "(?:1[0-7]\\d\\.\\d{3,8}|[1-9]?\\d\\.\\d{3,8}|180\\.0{3,8})";
  private static final String SEP = " ?[,/] ?";
  private static final String DMS_PART = "\\d{1,3}° ?\\d{1,2}['′] ?(?:\\d{1,2}(?:\\.\\d{1,4})?[\"″] ?)?";
  private static final List<String> WORDS = List.of("坐标", "经纬度", "纬度", "经度", "位置", "定位", "gps",
      "coordinates", "coords", "lat", "latitude", "location", "located at", "position");

  /** A hemisphere letter starts the pair, or follows the first number (after a degree sign). */
  static boolean hemisphereSoon(CharSequence t, int i, int alnum, int digits) {
    char c = t.charAt(i);
    if (c == 'N' || c == 'S' || c == 'n' || c == 's') {
      return true;
    }
    int k = skipNumber(t, i);
    while (k < t.length() && (t.charAt(k) == ' ' || t.charAt(k) == '°')) {
      if (t.charAt(k) == '°') {
        return true;
      }
      k++;
    }
    return k < t.length() && "NSns".indexOf(t.charAt(k)) >= 0;
  }

  /** A sign, one to three digits, a point and at least three decimals. */
  static boolean decimalsFollow(CharSequence t, int i, int alnum, int digits) {
    int k = i;
    if (k < t.length() && (t.charAt(k) == '-' || t.charAt(k) == '+')) {
      k++;
    }
    int d = k;
    while (k < t.length() && Character.isDigit(t.charAt(k)) && k - d < 4) {
      k++;
    }
    if (k == d || k >= t.length() || t.charAt(k) != '.') {
      return false;
    }
    int dec = k + 1;
    k = dec;
    while (k < t.length() && k - dec < 3 && t.charAt(k) >= '0' && t.charAt(k) <= '9') {
      k++;
    }
    return k - dec == 3;
  }

  private static int skipNumber(CharSequence t, int i) {
    int k = i;
    int n = t.length();
    if (k < n && (t.charAt(k) == '-' || t.charAt(k) == '+')) {
      k++;
    }
    while (k < n && ((t.charAt(k) >= '0' && t.charAt(k) <= '9') || t.charAt(k) == '.') && k - i < 14) {
      k++;
    }
    return k;
  }

  static List<PatternRule> rules() {
    return List.of(
        PatternRule.builder("gps-hemisphere", EntityType.GPS_COORDINATE)
            .regex("(?<![0-9A-Za-z.])(?:" + LAT + " ?°? ?[NSns]" + SEP + LON + " ?°? ?[EWew]"
                + "|[NSns] ?" + LAT + "°?" + SEP + "[EWew] ?" + LON + "°?"
                + "|[-+]?" + LAT + "°" + SEP + "[-+]?" + LON + "°)(?![0-9A-Za-z])")
            .startsWith("0-9NSns+-", "0-9 .°")
            .runs("0-3", "*")
            .gate(Coordinates::hemisphereSoon)
            .score(0.75)
            .context(WORDS)
            .build(),
        PatternRule.builder("gps-decimal-pair", EntityType.GPS_COORDINATE)
            .regex("(?<![0-9A-Za-z.])[-+]?" + LAT_DEC + SEP + "[-+]?" + LON_DEC + "(?![0-9A-Za-z]|\\.\\d)")
            .startsWith("0-9+-", "0-9.")
            .runs("*", "0-3")
            .gate(Coordinates::decimalsFollow)
            .score(0.3)
            .context(WORDS)
            .requiresContext()
            .build(),
        PatternRule.builder("gps-dms", EntityType.GPS_COORDINATE)
            .regex("(?<![0-9A-Za-z.])" + DMS_PART + "[NSns][ ,]{0,3}" + DMS_PART + "[EWew](?![A-Za-z])")
            .startsWith(Shapes.DIGITS)
            .runs("1-3", "1-3")
            .gate((t, i, alnum, digits) -> i + digits < t.length()
                && t.charAt(i + digits) == '°')
            .score(0.8)
            .context(WORDS)
            .build());
  }
}
