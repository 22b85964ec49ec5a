package io.maskmark.detect.pattern;

import static io.maskmark.detect.pattern.Shapes.EXTENSION;
import static io.maskmark.detect.pattern.Shapes.NUM_END;
import static io.maskmark.detect.pattern.Shapes.NUM_START;
import static io.maskmark.detect.pattern.Shapes.START;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.pattern.Validator.Verdict;
import java.util.List;

/**
 * Telephone numbers: mainland mobiles and landlines, international numbers with a {@code +} or
 * {@code 00} prefix and North American numbers, checked against libphonenumber's number plans;
 * any other grouped digits only next to a phone word.
 */
final class Phones {

  private Phones() {
  }

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  static final List<String> WORDS = List.of("手机", "电话", "联系", "致电", "拨打", "座机", "传真", "热线",
      "来电", "回电", "tel", "phone", "mobile", "cell", "call", "fax", "dial", "contact", "reach",
      "office", "whatsapp", "wechat", "微信", "telephone", "hotline", "sms", "text me", "ring",
      "answer");

  /** The 0 of a national trunk prefix, or +86 / 0086 before a mainland number. */
  private static final String CN_PREFIX = "(?:(?:\\+|00)86[ -]?|\\(\\+?86\\)[ -]?)?";

  static List<PatternRule> rules() {
    return List.of(
        PatternRule.builder("cn-mobile", EntityType.PHONE)
            .regex(START + CN_PREFIX + "1[3-9]\\d(?<s>[ -]?)\\d{4}\\k<s>\\d{4}" + NUM_END)
            .startsWith("+0(1", "0-9+8")
            .runs("*", "0,3,4,11,13,15")
            .gate(Phones::mobileStart)
            .score(0.6)
            .validator("cn-mobile-prefix", Validator.of(Phones::cnMobile), 0.85)
            .context(WORDS)
            .vetoable()
            .build(),
        PatternRule.builder("cn-landline", EntityType.PHONE)
            .regex(NUM_START + "(?:\\(0\\d{2,3}\\)[ -]?|0\\d{2,3}[ -]?)[2-9]\\d{2,3}[ -]?\\d{4}"
                + "(?:(?:-|转|ext\\.?)\\d{1,5}+)?" + NUM_END
                + "|" + NUM_START + "[48]00[ -]?\\d{3}[ -]?\\d{4}" + NUM_END)
            .startsWith("(048", "0-9")
            .runs("0,3,4,10-12", "0,3,4,10-12")
            .gate((t, i, alnum, digits) -> landlineStart(t, i))
            .score(0.35)
            .validator("libphonenumber-cn", Phones::cnLandline, 0.8)
            .context(WORDS)
            .vetoable()
            .build(),
        PatternRule.builder("international", EntityType.PHONE)
            .regex("(?<![0-9A-Za-z+])(?:\\+|00)[1-9]\\d*+(?:[ .-]?\\(\\d++\\)|[ .-]\\d++){0,6}+"
                + EXTENSION + NUM_END)
            .startsWith("+0", "0-9")
            .runs("*", "0,3-")
            .score(0.4)
            .validator("libphonenumber", Phones::international, 0.9)
            .context(WORDS)
            .vetoable()
            .build(),
        PatternRule.builder("nanp", EntityType.PHONE)
            .regex(NUM_START + "(?:(?:\\+1|001|1)[ .-]?)?(?:\\(\\d{3}\\)[ .-]?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}"
                + EXTENSION + NUM_END)
            .startsWith("+0-9(", "0-9 .-(")
            .runs("*", "0,1,3")
            .gate(Phones::nanpStart)
            .score(0.4)
            .validator("libphonenumber-us", Phones::nanp, 0.85)
            .context(WORDS)
            .vetoable()
            .build(),
        PatternRule.builder("phone-with-context", EntityType.PHONE)
            .regex(NUM_START + "(?:\\(\\d{1,5}+\\)[ .-]?)?\\d++(?:[ .-]\\d++){0,6}+" + EXTENSION + NUM_END)
            .startsWith("0-9(")
            .score(0.2)
            .validator("phone-shape", Phones::shape, 0.2)
            .context(WORDS)
            .requiresContext()
            .vetoable()
            .build());
  }

  /**
   * A Chinese mobile number starts 0086, +, ( or 1[3-9]; without a prefix it is 11 digits, or 3
   * digits and a blank or hyphen.
   */
  static boolean mobileStart(CharSequence t, int i, int alnum, int digits) {
    int n = t.length();
    char c = t.charAt(i);
    if (c == '0') {
      return digits >= 4 && t.charAt(i + 1) == '0' && t.charAt(i + 2) == '8' && t.charAt(i + 3) == '6';
    }
    if (c != '1') {
      return true;
    }
    char second = i + 1 < n ? t.charAt(i + 1) : 0;
    return second >= '3' && second <= '9' && (digits == 11
        || digits == 3 && i + 3 < n && (t.charAt(i + 3) == ' ' || t.charAt(i + 3) == '-'));
  }

  /** (0..., 0... or 400/800: the only ways a Chinese landline number starts. */
  static boolean landlineStart(CharSequence t, int i) {
    char c = t.charAt(i);
    int n = t.length();
    return c == '0' || c == '(' && i + 1 < n && t.charAt(i + 1) == '0'
        || i + 2 < n && t.charAt(i + 1) == '0' && t.charAt(i + 2) == '0';
  }

  /** A North American number's first digits (1, 001 or the area code) are followed by a separator. */
  static boolean nanpStart(CharSequence t, int i, int alnum, int digits) {
    int k = i + digits;
    return digits == 0 || k < t.length() && " .-(".indexOf(t.charAt(k)) >= 0;
  }

  /** Mobile prefixes allocated by the MIIT (13x, 145-149, 15x, 162/165-167, 17x, 18x, 19x). */
  static boolean cnMobile(CharSequence c) {
    String d = Shapes.strip(c, " -()+");
    if (d.length() > 11) {
      d = d.substring(d.length() - 11);
    }
    char b = d.charAt(1);
    char t = d.charAt(2);
    return switch (b) {
      case '3', '8' -> true;
      case '4' -> t >= '5';
      case '5' -> t != '4';
      case '6' -> t == '2' || (t >= '5' && t <= '7');
      case '7' -> t != '9';
      case '9' -> t != '4';
      default -> false;
    };
  }

  /** libphonenumber on a country code and national number (parse() would cost several µs). */
  private static Verdict check(int countryCode, String national, String region) {
    if (national.isEmpty() || national.length() > 17) {
      return Verdict.INVALID;
    }
    PhoneNumber p = new PhoneNumber().setCountryCode(countryCode)
        .setNationalNumber(Long.parseLong(national));
    int zeros = 0;
    while (zeros < national.length() - 1 && national.charAt(zeros) == '0') {
      zeros++;
    }
    if (zeros > 0) {
      p.setItalianLeadingZero(true).setNumberOfLeadingZeros(zeros);
    }
    boolean valid = region == null ? PHONES.isValidNumber(p) : PHONES.isValidNumberForRegion(p, region);
    if (valid) {
      return Verdict.VALID;
    }
    return PHONES.isPossibleNumber(p) ? Verdict.PLAUSIBLE : Verdict.INVALID;
  }

  /** The digits before any extension, without separators. */
  static String mainDigits(CharSequence c) {
    StringBuilder sb = new StringBuilder(c.length());
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (ch >= '0' && ch <= '9') {
        sb.append(ch);
      } else if (ch == 'x' || ch == 'e' || ch == '#' || ch == '转' || ch == 'X') {
        break;
      }
    }
    return sb.toString();
  }

  /** A mainland landline, 400/800 number or trunk-prefixed number. */
  static Verdict cnLandline(CharSequence c) {
    String d = mainDigits(c);
    return check(86, d.charAt(0) == '0' ? d.substring(1) : d, "CN");
  }

  /** +CC or 00CC: country codes are prefix-free, so the first known prefix is the code. */
  static Verdict international(CharSequence c) {
    String d = mainDigits(c);
    if (c.charAt(0) == '0') {
      d = d.substring(2);
    }
    for (int len = 1; len <= 3 && len < d.length(); len++) {
      int cc = Integer.parseInt(d.substring(0, len));
      if (!"ZZ".equals(PHONES.getRegionCodeForCountryCode(cc))) {
        String national = d.substring(len);
        return check(cc, national, null);
      }
    }
    return Verdict.INVALID;
  }

  /** A NANP-shaped number: valid when libphonenumber knows the area code and exchange. */
  static Verdict nanp(CharSequence c) {
    String d = mainDigits(c);
    String national = d.substring(d.length() - 10);
    Verdict v = check(1, national, "US");
    if (v != Verdict.VALID && check(1, national, "CA") == Verdict.VALID) {
      return Verdict.VALID;
    }
    return v == Verdict.INVALID ? Verdict.PLAUSIBLE : v;
  }

  /**
   * Digits grouped like a phone number: 7 to 15 digits (6 in three or more groups), and not a
   * date (2024-03-05, 05.03.2024) or a decimal number.
   */
  static Verdict shape(CharSequence c) {
    int ext = -1;
    for (int i = 0; i < c.length() && ext < 0; i++) {
      char ch = c.charAt(i);
      if (ch == 'x' || ch == 'e' || ch == '#' || ch == '转') {
        ext = i;
      }
    }
    CharSequence main = ext < 0 ? c : c.subSequence(0, ext);
    int[] groups = new int[8];
    int count = 0;
    int digits = 0;
    char sep = 0;
    char firstSep = 0;
    boolean mixed = false;
    for (int i = 0; i < main.length(); i++) {
      char ch = main.charAt(i);
      if (ch >= '0' && ch <= '9') {
        if (i == 0 || !isDigit(main.charAt(i - 1))) {
          count++;
        }
        if (count <= groups.length) {
          groups[count - 1]++;
        }
        digits++;
      } else if (ch == ' ' || ch == '-' || ch == '.') {
        if (sep != 0 && sep != ch) {
          mixed = true;
        }
        if (firstSep == 0) {
          firstSep = ch;
        }
        sep = ch;
      }
    }
    if (digits > 15 || digits < 6 || (digits == 6 && count < 3)) {
      return Verdict.INVALID;
    }
    if (count == 1 && (digits < 7 || digits > 12)) {
      return Verdict.INVALID; // a solid run of 13+ digits is a timestamp or a reference, not a number to dial
    }
    if (count == 2 && sep == '.' && !mixed) {
      return Verdict.INVALID; // 3.14159, 1234.5678
    }
    if (count >= 3 && firstSep != ' ' && looksLikeDate(groups)) {
      return Verdict.INVALID;
    }
    return Verdict.PLAUSIBLE;
  }

  private static boolean looksLikeDate(int[] g) {
    return (g[0] == 4 && g[1] <= 2 && g[2] <= 2) || (g[0] <= 2 && g[1] <= 2 && g[2] == 4);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
