package io.maskmark.detect.pattern;

import io.maskmark.detect.EntityType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Dates of birth and ages. A date or a number is only personal next to a birth or age word, so
 * these rules match the word and report the value after (or before) it.
 */
final class BirthAndAge {

  private BirthAndAge() {
  }

  private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
      + "|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])";
  private static final String MON = "(?:0?[1-9]|1[0-2])";
  private static final String YEAR = "(?:19|20)\\d{2}";
  /** Numeric, English and Chinese date forms; the validator settles day/month order. */
  private static final String DATE = "(?:" + YEAR + "(?<s1>[-/.])" + MON + "\\k<s1>" + DAY
      + "|" + YEAR + "年" + MON + "月(?:" + DAY + "[日号])?"
      + "|\\d{1,2}(?<s2>[-/.])\\d{1,2}\\k<s2>" + YEAR
      + "|" + DAY + "(?:st|nd|rd|th)?(?: of)? " + MONTH + ",? " + YEAR
      + "|" + MONTH + " " + DAY + "(?:st|nd|rd|th)?,? " + YEAR
      + "|" + MONTH + ",? " + YEAR
      + "|" + YEAR + ")(?![0-9A-Za-z])";
  private static final String AGE = "(?<v>1[0-2]\\d|[1-9]?\\d)(?![0-9]|\\.\\d)";
  private static final String HAN_AGE = "[一二两三四五六七八九十]{1,4}";

  static List<PatternRule> rules() {
    return List.of(
        PatternRule.builder("dob-en", EntityType.DATE_OF_BIRTH)
            .regex("(?<![A-Za-z])(?:date of birth|birth ?date|birthday|d\\.?o\\.?b\\.?|born(?: on| in)?)"
                + "[ \\t]{0,3}(?:[:=-]|is|was)?[ \\t]{0,3}(?<v>" + DATE + ")", Pattern.CASE_INSENSITIVE)
            .startsWith("dDbB", "aAoO.iI")
            .runs("1,3-9", "0")
            .gate((t, i, alnum, digits) -> Shapes.anyWithin(t, i + alnum, 36, Shapes.DIGIT_CHARS))
            .score(0.85)
            .validator("birth-date", Validator.of(Dates::birthDateText), 0.85)
            .build(),
        PatternRule.builder("dob-zh", EntityType.DATE_OF_BIRTH)
            .regex("(?:出生日期|出生年月日?|出生于|出生在|出生|生日|生于)[是为:： ]{0,3}(?<v>" + DATE + ")",
                Pattern.CASE_INSENSITIVE)
            .startsWith("出生")
            .gate((t, i, alnum, digits) -> Shapes.anyWithin(t, i + 2, 20, Shapes.DIGIT_CHARS))
            .score(0.85)
            .validator("birth-date", Validator.of(Dates::birthDateText), 0.85)
            .build(),
        PatternRule.builder("age-en", EntityType.AGE)
            .regex("(?<![A-Za-z])(?:aged|age)[ \\t]{0,3}(?:[:=]|is|of)?[ \\t]{0,3}" + AGE,
                Pattern.CASE_INSENSITIVE)
            .startsWith("aA", "gG")
            .runs("3,4", "0")
            .gate((t, i, alnum, digits) -> Shapes.anyWithin(t, i + alnum, 9, Shapes.DIGIT_CHARS))
            .score(0.8)
            .build(),
        PatternRule.builder("age-years-old", EntityType.AGE)
            .regex("(?<![0-9A-Za-z.])" + AGE + "(?:[ -]|\\s)?(?:years?|yrs?)[ -]old(?![A-Za-z])",
                Pattern.CASE_INSENSITIVE)
            .startsWith(Shapes.DIGITS)
            .runs("*", "1-3")
            .gate(BirthAndAge::yearsFollow)
            .score(0.8)
            .build(),
        PatternRule.builder("age-zh", EntityType.AGE)
            .regex("(?<![0-9.])(?<v>1[0-2]\\d|[1-9]?\\d|" + HAN_AGE + ")(?= ?(?:周岁|虚岁|岁))")
            .anchoredAt('岁', "0-9一二两三四五六七八九十周虚 ", 6)
            .score(0.8)
            .validator("age-range", Validator.of(BirthAndAge::hanAge), 0.8)
            .build(),
        PatternRule.builder("age-zh-label", EntityType.AGE)
            .regex("(?:年龄|年纪|年齡)[是为:： ]{0,3}(?<v>1[0-2]\\d|[1-9]?\\d)(?![0-9]|\\.\\d)")
            .startsWith("年")
            .score(0.8)
            .build());
  }

  /** "45 years old", "45-year-old", "45yrs old": a y right after the number or one separator. */
  static boolean yearsFollow(CharSequence t, int i, int alnum, int digits) {
    int k = i + digits;
    if (k < t.length() && (t.charAt(k) == ' ' || t.charAt(k) == '-')) {
      k++;
    }
    return k < t.length() && (t.charAt(k) == 'y' || t.charAt(k) == 'Y');
  }

  private static final String HAN_DIGITS = "零一二三四五六七八九";

  /** A Han-numeral age is a well-formed number from 1 to 129 (二十五, 十八, 一百零二 is not matched). */
  static boolean hanAge(CharSequence c) {
    char first = c.charAt(0);
    if (first >= '0' && first <= '9') {
      return true;
    }
    String s = c.toString().replace('两', '二');
    int ten = s.indexOf('十');
    if (ten < 0) {
      return s.length() == 1 && HAN_DIGITS.indexOf(s.charAt(0)) > 0;
    }
    if (s.indexOf('十', ten + 1) >= 0 || ten > 1 || s.length() - ten > 2) {
      return false;
    }
    boolean tensOk = ten == 0 || HAN_DIGITS.indexOf(s.charAt(0)) > 0;
    boolean unitsOk = ten == s.length() - 1 || HAN_DIGITS.indexOf(s.charAt(ten + 1)) > 0;
    return tensOk && unitsOk;
  }
}
