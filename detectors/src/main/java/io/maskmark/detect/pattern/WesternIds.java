package io.maskmark.detect.pattern;

import static io.maskmark.detect.pattern.Shapes.END;
import static io.maskmark.detect.pattern.Shapes.NUM_END;
import static io.maskmark.detect.pattern.Shapes.NUM_START;
import static io.maskmark.detect.pattern.Shapes.START;

import io.maskmark.detect.EntityType;
import java.util.List;

/** US social security numbers and UK national insurance numbers. */
final class WesternIds {

  private WesternIds() {
  }

  private static final List<String> SSN_WORDS = List.of("ssn", "social security", "social sec",
      "ss#", "ss #", "社会安全号", "社会保障号", "tax id", "taxpayer");

  static List<PatternRule> rules() {
    return List.of(
        PatternRule.builder("us-ssn", EntityType.US_SSN)
            // a neighbouring number written with spaces is not another group of a dashed SSN
            .regex("(?<![0-9A-Za-z]|\\d-)\\d{3}-\\d{2}-\\d{4}(?![0-9A-Za-z]|-\\d)")
            .startsWith(Shapes.DIGITS, Shapes.DIGITS, Shapes.DIGITS, "-")
            .runs("3", "3")
            .score(0.4)
            .validator("ssn-area-group-serial", Validator.of(WesternIds::ssn), 0.75)
            .context(SSN_WORDS)
            .vetoable()
            .build(),
        // 3-2-4 digits with spaces or dots are as often a suite and street number or a phone
        // number part: only next to an SSN word
        PatternRule.builder("us-ssn-spaced", EntityType.US_SSN)
            .regex(NUM_START + "\\d{3}(?<s>[ .])\\d{2}\\k<s>\\d{4}" + NUM_END)
            .startsWith(Shapes.DIGITS, Shapes.DIGITS, Shapes.DIGITS, " .")
            .runs("3", "3")
            .gate((t, i, alnum, digits) -> i + 6 < t.length() && t.charAt(i + 6) == t.charAt(i + 3))
            .score(0.2)
            .validator("ssn-area-group-serial", Validator.of(WesternIds::ssn), 0.2)
            .context(SSN_WORDS)
            .requiresContext()
            .vetoable()
            .build(),
        PatternRule.builder("us-ssn-undelimited", EntityType.US_SSN)
            .regex(START + "\\d{9}" + END)
            .startsWith(Shapes.DIGITS, Shapes.DIGITS)
            .runs("9", "9")
            .score(0.2)
            .validator("ssn-area-group-serial", Validator.of(WesternIds::ssn), 0.2)
            .context(SSN_WORDS)
            .requiresContext()
            .vetoable()
            .build(),
        // HMRC: no D, F, I, Q, U, V in the prefix, no O as its second letter, suffix A-D
        PatternRule.builder("uk-nino", EntityType.UK_NINO)
            .regex(START + "[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z](?<s> ?)\\d{2}\\k<s>\\d{2}\\k<s>\\d{2}\\k<s>[A-D]"
                + END)
            .startsWith("A-CEGHJ-PR-TW-Z", "A-CEGHJ-NPR-TW-Z", " 0-9")
            .runs("2,9", "0")
            .score(0.5)
            .validator("nino-prefix", Validator.of(WesternIds::nino), 0.8)
            .context("national insurance", "nino", "ni number", "ni no", "insurance number")
            .build());
  }

  /**
   * SSA rules: area not 000, 666 or 900-999; group not 00; serial not 0000; not one digit
   * repeated; not a number published as an example (078-05-1120, 219-09-9999, 123-45-6789).
   */
  static boolean ssn(CharSequence c) {
    String d = Shapes.strip(c, "- .");
    int area = Dates.num(d, 0, 3);
    int group = Dates.num(d, 3, 5);
    int serial = Dates.num(d, 5, 9);
    if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0) {
      return false;
    }
    if (d.chars().allMatch(ch -> ch == d.charAt(0))) {
      return false;
    }
    return !d.equals("078051120") && !d.equals("219099999") && !d.equals("123456789");
  }

  /** Prefixes HMRC never issues: BG, GB, KN, NK, NT, TN, ZZ. */
  static boolean nino(CharSequence c) {
    String p = c.subSequence(0, 2).toString();
    return !List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(p);
  }
}
