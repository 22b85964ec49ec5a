package io.maskmark.deid.surrogate;

import io.maskmark.deid.values.HanNumerals;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Date-of-birth and age surrogates in the original's format. */
final class Dates {

  private static final Pattern PART = Pattern.compile(
      "\\d+|(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b");
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private Dates() {
  }

  /**
   * A birth date between 1950 and 2005 written like the original: digit groups keep their width,
   * month names their style. The day is at most 28 and the month at most 12, so the result is a
   * valid date whichever order (D/M or M/D) the original used.
   */
  static String dateOfBirth(String v, Random rnd) {
    Matcher m = PART.matcher(v);
    List<int[]> parts = new ArrayList<>(); // start, end
    while (m.find()) {
      parts.add(new int[] {m.start(), m.end()});
    }
    if (parts.size() < 2 || parts.size() > 3) {
      return null;
    }
    int year = 1950 + rnd.nextInt(56);
    int month = 1 + rnd.nextInt(12);
    int day = 1 + rnd.nextInt(28);
    boolean monthTaken = false;
    StringBuilder sb = new StringBuilder();
    int cursor = 0;
    for (int[] p : parts) {
      String s = v.substring(p[0], p[1]);
      String r;
      if (!Character.isDigit(s.charAt(0))) {
        r = monthName(s, month);
        monthTaken = true;
      } else if (s.length() == 4) {
        r = Integer.toString(year);
      } else if (p == parts.get(parts.size() - 1) && parts.size() == 3
          && parts.stream().noneMatch(q -> q[1] - q[0] == 4)) {
        r = String.format("%02d", year % 100); // two-digit year, last
      } else if (!monthTaken && parts.stream().noneMatch(q -> !Character.isDigit(v.charAt(q[0])))) {
        r = pad(month, s.length());
        monthTaken = true;
      } else {
        r = pad(day, s.length());
      }
      sb.append(v, cursor, p[0]).append(r);
      cursor = p[1];
    }
    return sb.append(v.substring(cursor)).toString();
  }

  private static String pad(int n, int width) {
    return width >= 2 ? String.format("%02d", n) : Integer.toString(n);
  }

  private static String monthName(String original, int month) {
    TextStyle style = original.length() <= 4 && !original.equalsIgnoreCase("june")
        && !original.equalsIgnoreCase("july") ? TextStyle.SHORT : TextStyle.FULL;
    String name = Month.of(month).getDisplayName(style, Locale.ENGLISH);
    if (original.equals(original.toUpperCase(Locale.ROOT))) {
      return name.toUpperCase(Locale.ROOT);
    }
    return original.equals(original.toLowerCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
  }

  /** Another age in the same decade, written the same way (digits or Chinese numerals). */
  static String age(String v, Random rnd) {
    Matcher m = DIGITS.matcher(v);
    boolean han = false;
    int age;
    if (m.find()) {
      age = Integer.parseInt(m.group());
    } else {
      m = HanNumerals.RUN.matcher(v);
      if (!m.find() || (age = HanNumerals.parse(m.group())) < 0) {
        return null;
      }
      han = true;
    }
    int base = Math.min(age, 99) / 10 * 10;
    int fake = base + rnd.nextInt(10);
    if (fake == age) {
      fake = base + (fake - base + 1 + rnd.nextInt(9)) % 10;
    }
    String r = han ? HanNumerals.format(fake) : Integer.toString(fake);
    return v.substring(0, m.start()) + r + v.substring(m.end());
  }
}
