package io.maskmark.detect.pattern;

import static io.maskmark.detect.pattern.Shapes.END;
import static io.maskmark.detect.pattern.Shapes.START;

import io.maskmark.detect.EntityType;
import java.util.List;
import java.util.Locale;

/**
 * Identity numbers of mainland China, Hong Kong and Taiwan, and the unified social credit code of
 * organisations.
 */
final class ChinaIds {

  private ChinaIds() {
  }

  static final List<String> RESIDENT_ID_WORDS = List.of("身份证", "证件号", "身份号", "居民身份", "公民身份",
      "身分證", "id card", "id number", "id no", "resident id", "identity card", "prc id",
      "居住证");

  static List<PatternRule> rules() {
    return List.of(
        PatternRule.builder("cn-resident-id-18", EntityType.CN_RESIDENT_ID)
            .regex(START + "[1-9]\\d{5}(?<s> ?)(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])"
                + "(?:0[1-9]|[12]\\d|3[01])\\k<s>\\d{3}[\\dXx]" + END)
            .startsWith("1-9", "0-9")
            .runs("6,18", "6,17,18")
            .score(0.5)
            .validator("gb11643+region+birth-date", ChinaIds::residentId18, 1.0)
            .context(RESIDENT_ID_WORDS)
            .vetoable()
            .build(),
        PatternRule.builder("cn-resident-id-15", EntityType.CN_RESIDENT_ID)
            .regex(START + "[1-9]\\d{5}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}" + END)
            .startsWith("1-9", "0-9")
            .runs("15", "15")
            .score(0.3)
            .validator("region+birth-date", ChinaIds::residentId15, 0.6)
            .context(RESIDENT_ID_WORDS)
            .requiresContext() // no check digit; issued before 2004: a label must say what it is
            .vetoable()
            .build(),
        PatternRule.builder("cn-uscc", EntityType.CN_USCC)
            .regex(START + "[1-9ANY][1-9]\\d{6}[0-9A-HJ-NPQRTUWXY]{10}" + END)
            .startsWith("1-9ANY", "1-9", "0-9")
            .runs("18", "*")
            .score(0.3)
            .validator("gb32100+gb11714", Validator.of(c -> Checksums.gb32100(c)
                && Checksums.gb11714(c.subSequence(8, 17))), 0.95)
            .context("统一社会信用代码", "信用代码", "社会信用", "纳税人识别号", "税号", "营业执照", "uscc",
                "credit code")
            .vetoable()
            .build(),
        PatternRule.builder("hk-id", EntityType.HK_ID)
            .regex(START + "[A-Z]{1,2}\\d{6}(?:\\([0-9A]\\)|[0-9A])" + END)
            .startsWith(Shapes.UPPER, "A-Z0-9", "0-9")
            .runs("7-9", "0")
            .score(0.4)
            .validator("hkid-check-digit", Validator.of(c -> Checksums.hkid(Shapes.strip(c, "()"))),
                0.8)
            .context("香港身份证", "香港居民身份证", "身份证", "身分證", "hkid", "hong kong id",
                "identity card")
            .vetoable()
            .build(),
        PatternRule.builder("tw-id", EntityType.TW_ID)
            .regex(START + "[A-Z][1289]\\d{8}" + END)
            .startsWith(Shapes.UPPER, "1289", "0-9")
            .runs("10", "0")
            .score(0.4)
            .validator("twid-check-digit", Validator.of(Checksums::twid), 0.8)
            .context("台湾身份证", "身分證", "身份证", "國民身分證", "统一编号", "統一編號", "taiwan id",
                "national id")
            .vetoable()
            .build());
  }

  /** Province-level prefixes of GB/T 2260 (and 81-83 Hong Kong, Macau, Taiwan residence permits). */
  static boolean region(CharSequence id) {
    int p = Dates.num(id, 0, 2);
    boolean province = (p >= 11 && p <= 15) || (p >= 21 && p <= 23) || (p >= 31 && p <= 37)
        || (p >= 41 && p <= 46) || (p >= 50 && p <= 54) || (p >= 61 && p <= 65) || p == 71
        || p == 81 || p == 82 || p == 83 || p == 91;
    if (!province) {
      return false;
    }
    // only the permits (81-83) and foreigners' IDs (91) use a province code without a county
    return p >= 81 || Dates.num(id, 2, 6) != 0;
  }

  static Validator.Verdict residentId18(CharSequence c) {
    String id = Shapes.strip(c, " ").toUpperCase(Locale.ROOT);
    boolean ok = Checksums.gb11643(id) && region(id)
        && Dates.birthDate(Dates.num(id, 6, 10), Dates.num(id, 10, 12), Dates.num(id, 12, 14));
    return ok ? Validator.Verdict.VALID : Validator.Verdict.INVALID;
  }

  static Validator.Verdict residentId15(CharSequence id) {
    boolean ok = region(id)
        && Dates.birthDate(1900 + Dates.num(id, 6, 8), Dates.num(id, 8, 10), Dates.num(id, 10, 12));
    return ok ? Validator.Verdict.VALID : Validator.Verdict.INVALID;
  }
}
