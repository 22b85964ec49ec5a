package io.maskmark.detect.pattern;

import io.maskmark.detect.EntityType;
import java.util.List;

/**
 * The catalogue of structured identifiers. Patterns never use {@code \b} (it does not fire between
 * a Han character and a digit); explicit look-arounds reject matches inside longer runs.
 */
final class StructuredRules {

  private StructuredRules() {
  }

  /** Not preceded by an ASCII letter or digit. */
  static final String START = "(?<![0-9A-Za-z])";
  /** Not followed by an ASCII letter or digit. */
  static final String END = "(?![0-9A-Za-z])";

  static List<PatternRule> all() {
    return List.of(
        PatternRule.of("email", EntityType.EMAIL,
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@(?:[A-Za-z0-9-]++\\.(?=[A-Za-z0-9]))++[A-Za-z]{2,}+"
                + "(?![A-Za-z0-9-])",
            0.9, List.of("email", "e-mail", "邮箱", "邮件")),
        PatternRule.of("cn-mobile", EntityType.PHONE,
            START + "(?:(?:\\+|00)86[ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2}" + END,
            0.7, List.of("手机", "电话", "联系", "phone", "mobile", "tel")),
        PatternRule.of("cn-resident-id-18", EntityType.CN_RESIDENT_ID,
            START + "[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx]"
                + END,
            0.5, List.of("身份证", "证件号", "id card", "resident id"))
            .validatedBy("gb11643", Checksums::gb11643));
  }
}
