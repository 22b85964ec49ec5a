package io.maskmark.deid.values;

import java.util.regex.Pattern;

/** Chinese numerals from 0 to 99 (三十五, 十八, 两), as ages are written. */
public final class HanNumerals {

  /** A run of numeral characters. */
  public static final Pattern RUN = Pattern.compile("[零一二两三四五六七八九十]+");
  private static final String DIGITS = "零一二三四五六七八九";

  private HanNumerals() {
  }

  /** The value of a numeral run, or -1 when it is not a number from 0 to 99. */
  public static int parse(String s) {
    String t = s.replace('两', '二');
    int ten = t.indexOf('十');
    if (ten < 0) {
      return t.length() == 1 ? DIGITS.indexOf(t.charAt(0)) : -1;
    }
    String hi = t.substring(0, ten);
    String lo = t.substring(ten + 1);
    int h = hi.isEmpty() ? 1 : hi.length() == 1 ? DIGITS.indexOf(hi.charAt(0)) : -1;
    int l = lo.isEmpty() ? 0 : lo.length() == 1 ? DIGITS.indexOf(lo.charAt(0)) : -1;
    return h <= 0 && !hi.isEmpty() || h < 0 || l < 0 ? -1 : h * 10 + l;
  }

  /** 0 to 99 in numerals: 5 = 五, 10 = 十, 35 = 三十五. */
  public static String format(int n) {
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
    return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
  }
}
