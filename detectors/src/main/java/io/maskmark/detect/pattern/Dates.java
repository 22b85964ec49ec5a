package io.maskmark.detect.pattern;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Calendar checks for dates inside identifiers and birth dates. */
final class Dates {

  /** Oldest birth year accepted; older dates in text are history, not people. */
  static final int MIN_BIRTH_YEAR = 1900;

  private Dates() {
  }

  /** Whether y-m-d is a real date between {@link #MIN_BIRTH_YEAR} and today. */
  static boolean birthDate(int y, int m, int d) {
    if (y < MIN_BIRTH_YEAR || m < 1 || m > 12 || d < 1 || d > 31) {
      return false;
    }
    try {
      return !LocalDate.of(y, m, d).isAfter(LocalDate.now(ZoneOffset.UTC));
    } catch (DateTimeException e) {
      return false;
    }
  }

  static boolean birthYear(int y) {
    return y >= MIN_BIRTH_YEAR && y <= LocalDate.now(ZoneOffset.UTC).getYear();
  }

  /** Whether y-m-d is a real calendar date (any year). */
  static boolean real(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1 || d > 31) {
      return false;
    }
    try {
      LocalDate.of(y, m, d);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  static int num(CharSequence s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
      "sep", "oct", "nov", "dec"};

  /**
   * A birth date written in any of the forms the birth-date rules match: numeric with a 4-digit
   * year first or last (day/month order either way), English month names, 年月日, or a bare
   * year. Numbers and month names are read in order; the rest is punctuation.
   */
  static boolean birthDateText(CharSequence s) {
    int[] nums = new int[3];
    int[] lens = new int[3];
    int count = 0;
    int month = 0;
    int n = s.length();
    for (int i = 0; i < n; ) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        int j = i;
        while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
          j++;
        }
        if (count == 3 || j - i > 4) {
          return false;
        }
        lens[count] = j - i;
        nums[count++] = num(s, i, j);
        i = j;
      } else if (Character.isLetter(c) && c < 128) {
        int j = i;
        while (j < n && Character.isLetter(s.charAt(j)) && s.charAt(j) < 128) {
          j++;
        }
        if (j - i >= 3) {
          String w = s.subSequence(i, i + 3).toString().toLowerCase(java.util.Locale.ROOT);
          for (int k = 0; k < 12; k++) {
            if (MONTHS[k].equals(w)) {
              month = k + 1;
            }
          }
        }
        i = j;
      } else {
        i++;
      }
    }
    if (month > 0) {
      // "14 March 1986", "March 14, 1986", "March 1986"
      if (count == 2) {
        int year = lens[0] == 4 ? nums[0] : nums[1];
        int day = lens[0] == 4 ? nums[1] : nums[0];
        return birthDate(year, month, day);
      }
      return count == 1 && lens[0] == 4 && birthYear(nums[0]);
    }
    if (count == 1) {
      return lens[0] == 4 && birthYear(nums[0]);
    }
    if (count == 2) {
      return lens[0] == 4 && birthDate(nums[0], nums[1], 1); // 1990年3月
    }
    if (count != 3) {
      return false;
    }
    if (lens[0] == 4) {
      return birthDate(nums[0], nums[1], nums[2]);
    }
    if (lens[2] == 4) {
      return birthDate(nums[2], nums[1], nums[0]) || birthDate(nums[2], nums[0], nums[1]);
    }
    return false;
  }
}
