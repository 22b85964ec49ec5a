package io.maskmark.detect.pattern;

import static io.maskmark.detect.pattern.Shapes.END;
import static io.maskmark.detect.pattern.Shapes.START;

import io.maskmark.detect.EntityType;
import java.util.List;

/** Mainland licence plates (GA 36-2018, including new-energy plates) and VINs. */
final class Vehicles {

  private Vehicles() {
  }

  /** One-character province abbreviations that begin a mainland plate. */
  static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
  private static final String PLATE_CHAR = "[A-HJ-NP-Z0-9]";

  static List<PatternRule> rules() {
    return List.of(
        PatternRule.builder("cn-license-plate", EntityType.CN_LICENSE_PLATE)
            .regex("[" + PROVINCES + "][A-HJ-NP-Z][·• -]?"
                + "(?:[DF]" + PLATE_CHAR + "\\d{4}" // new energy, small: D/F + 5
                + "|\\d{5}[DF]" // new energy, large: 5 digits + D/F
                + "|" + PLATE_CHAR + "{4}[A-HJ-NP-Z0-9挂学警港澳领试超])" + END)
            .startsWith(PROVINCES, "A-HJ-NP-Z")
            .score(0.75)
            .validator("plate-serial", Validator.of(Vehicles::serial), 0.75)
            .context("车牌", "車牌", "车号", "牌照", "号牌", "plate", "licence", "license")
            .build(),
        PatternRule.builder("vin", EntityType.VIN)
            .regex(START + "[A-HJ-NPR-Z0-9]{17}" + END)
            .startsWith("A-HJ-NPR-Z0-9", "A-HJ-NPR-Z0-9")
            .runs("17", "0-16")
            .score(0.3)
            .validator("vin-check-digit", Validator.of(c -> Shapes.countLetters(c) >= 1
                && Shapes.countDigits(c) >= 4 && Checksums.vin(c)), 0.85)
            .context("vin", "车架号", "車架號", "车辆识别", "車輛識別", "chassis", "vehicle identification")
            .build());
  }

  /** A plate serial has at least two digits (letters are limited to two in issued series). */
  static boolean serial(CharSequence plate) {
    return Shapes.countDigits(plate) >= 2;
  }
}
