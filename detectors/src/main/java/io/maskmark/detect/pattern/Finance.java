package io.maskmark.detect.pattern;

import static io.maskmark.detect.pattern.Shapes.END;
import static io.maskmark.detect.pattern.Shapes.NUM_END;
import static io.maskmark.detect.pattern.Shapes.NUM_START;
import static io.maskmark.detect.pattern.Shapes.START;

import io.maskmark.detect.EntityType;
import io.maskmark.detect.pattern.Validator.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Payment cards and IBANs. A Luhn-valid card number is a CREDIT_CARD when its issuer
 * identification number belongs to an international card scheme, and a BANK_CARD otherwise
 * (UnionPay 62, the mainland's debit cards); the type follows from the number alone, so the same
 * number is always reported the same way.
 */
final class Finance {

  private Finance() {
  }

  /** 4-4-4-4(-3) with one separator style throughout, Amex 4-6-5, Diners 4-6-4. */
  private static final String CARD = NUM_START
      + "(?:3[47]\\d{2}(?<a>[ -]?)\\d{6}\\k<a>\\d{5}"
      + "|3(?:0[0-5]|[689]\\d)\\d(?<d>[ -]?)\\d{6}\\k<d>\\d{4}"
      + "|\\d{4}(?<s>[ -]?)\\d{4}\\k<s>\\d{4}(?:\\k<s>\\d{1,4}){1,2})" + NUM_END;

  static List<PatternRule> rules() {
    return List.of(
        PatternRule.builder("credit-card", EntityType.CREDIT_CARD)
            .regex(CARD)
            .startsWith("2-6", Shapes.DIGITS)
            .runs("4,13-19", "4,13-19")
            .gate(Finance::cardShape)
            .score(0.3)
            .validator("luhn+iin", Finance::creditCard, 0.9)
            .context("credit", "card", "visa", "mastercard", "amex", "信用卡", "卡号", "刷卡", "cc")
            .vetoable()
            .build(),
        PatternRule.builder("bank-card", EntityType.BANK_CARD)
            .regex(CARD)
            .startsWith("1-9", Shapes.DIGITS)
            .runs("4,13-19", "4,13-19")
            .score(0.3)
            .validator("luhn+iin", Finance::bankCard, 0.9)
            .context("银行卡", "卡号", "储蓄卡", "借记卡", "工资卡", "账号", "账户", "帐号", "帐户", "开户",
                "bank card", "debit", "account", "unionpay", "银联", "转账", "汇款")
            .vetoable()
            .build(),
        PatternRule.builder("iban", EntityType.IBAN)
            .regex(START + ibanRegex() + END, Pattern.CASE_INSENSITIVE)
            .startsWith("A-Za-z", "A-Za-z", "0-9", "0-9")
            .runs("4-34", "0")
            .score(0.5)
            .validator("iban-length+mod97", Validator.of(Finance::iban), 1.0)
            .context("iban", "account", "bank", "账户", "账号", "swift", "transfer", "konto")
            .build());
  }

  static String digits(CharSequence c) {
    return Shapes.strip(c, " -");
  }

  /**
   * An international scheme's IIN with that scheme's lengths: Visa, Mastercard, Amex, Discover,
   * JCB, Diners Club, Mir.
   */
  static boolean creditIin(String d) {
    int p2 = Dates.num(d, 0, 2);
    int p3 = Dates.num(d, 0, 3);
    int p4 = Dates.num(d, 0, 4);
    int len = d.length();
    boolean long16to19 = len >= 16;
    return (d.charAt(0) == '4' && (len == 13 || len == 16 || len == 19))
        || (p2 >= 51 && p2 <= 55 && len == 16) || (p4 >= 2221 && p4 <= 2720 && len == 16)
        || ((p2 == 34 || p2 == 37) && len == 15)
        || ((p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65) && long16to19)
        || (p4 >= 3528 && p4 <= 3589 && long16to19)
        || (((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39) && len >= 14)
        || (p4 >= 2200 && p4 <= 2204 && long16to19);
  }

  static Verdict creditCard(CharSequence c) {
    String d = digits(c);
    if (d.length() < 13 || d.length() > 19 || !Checksums.luhn(d) || !creditIin(d)) {
      return Verdict.INVALID;
    }
    return Verdict.VALID;
  }

  /**
   * 16-19 digit, Luhn-valid cards outside the international schemes: valid with a mainland bank
   * card IIN (62 UnionPay, 60, 9x domestic), plausible otherwise (needs a context word).
   */
  static Verdict bankCard(CharSequence c) {
    String d = digits(c);
    if (d.length() < 16 || d.length() > 19 || !Checksums.luhn(d) || creditIin(d)) {
      return Verdict.INVALID;
    }
    return d.startsWith("62") || d.startsWith("60") || d.startsWith("81") || d.charAt(0) == '9'
        ? Verdict.VALID : Verdict.PLAUSIBLE;
  }

  /** IBAN lengths per country (ISO 13616 registry). */
  static final Map<String, Integer> IBAN_LENGTHS = ibanLengths();

  private static Map<String, Integer> ibanLengths() {
    Map<String, Integer> m = new TreeMap<>();
    String table = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 "
        + "DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 "
        + "HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 "
        + "LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 "
        + "QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 "
        + "UA29 VA22 VG24 XK20 YE30";
    for (String e : table.split(" ")) {
      m.put(e.substring(0, 2), Integer.parseInt(e.substring(2)));
    }
    return m;
  }

  /** Country codes grouped by length, each followed by exactly the right number of characters. */
  private static String ibanRegex() {
    Map<Integer, List<String>> byLength = IBAN_LENGTHS.entrySet().stream().collect(
        Collectors.groupingBy(Map.Entry::getValue, TreeMap::new,
            Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
    StringBuilder sb = new StringBuilder("(?:");
    boolean first = true;
    for (Map.Entry<Integer, List<String>> e : ((TreeMap<Integer, List<String>>) byLength)
        .descendingMap().entrySet()) {
      if (!first) {
        sb.append('|');
      }
      first = false;
      sb.append("(?:").append(String.join("|", e.getValue())).append(")\\d{2}")
          .append("(?: ?[A-Z0-9]){").append(e.getKey() - 4).append('}');
    }
    return sb.append(')').toString();
  }

  static boolean iban(CharSequence c) {
    String s = Shapes.strip(c, " ").toUpperCase(Locale.ROOT);
    Integer len = IBAN_LENGTHS.get(s.substring(0, 2));
    return len != null && len == s.length() && Checksums.iban(s);
  }

  /**
   * A grouped card number's first group of four is followed by a separator and four digits, and
   * (except American Express and Diners, 4-6-5 and 4-6-4) by the same separator again: 2023-05-12
   * is turned away before the pattern runs.
   */
  static boolean cardShape(CharSequence t, int i, int alnum, int digits) {
    if (digits != 4) {
      return true;
    }
    int n = t.length();
    char s = i + 4 < n ? t.charAt(i + 4) : 0;
    if ((s != ' ' && s != '-') || i + 9 >= n) {
      return false;
    }
    for (int k = i + 5; k < i + 9; k++) {
      if (t.charAt(k) < '0' || t.charAt(k) > '9') {
        return false;
      }
    }
    return t.charAt(i + 9) == s || t.charAt(i) == '3';
  }
}
