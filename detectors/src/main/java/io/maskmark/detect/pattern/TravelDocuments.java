package io.maskmark.detect.pattern;

import static io.maskmark.detect.pattern.Shapes.END;
import static io.maskmark.detect.pattern.Shapes.START;

import io.maskmark.detect.EntityType;
import java.util.List;

/**
 * Passports and the travel permits between the mainland, Hong Kong, Macau and Taiwan. Only the
 * Chinese passport has a distinctive letter prefix; other numbers need a context word.
 */
final class TravelDocuments {

  private TravelDocuments() {
  }

  private static final List<String> PASSPORT_WORDS = List.of("护照", "護照", "passport");
  private static final List<String> HK_MACAU_WORDS = List.of("港澳", "回乡证", "回鄉證", "通行证",
      "通行證", "home return", "return permit", "exit-entry permit", "entry permit");
  private static final List<String> TAIWAN_WORDS = List.of("台胞证", "台胞證", "台湾居民来往", "台灣居民來往",
      "往来台湾", "台湾通行证", "入台证", "mtp", "taiwan compatriot", "taiwan permit");

  static List<PatternRule> rules() {
    return List.of(
        // E + 8 digits (e-passport), E + letter + 7 digits (since 2019), G (older ordinary),
        // D/S/P (diplomatic, service, public affairs), DE/SE/PE + 7 digits
        PatternRule.builder("cn-passport", EntityType.PASSPORT)
            .regex(START + "(?:[EGDSP]\\d{8}|E[A-HJ-NP-Z]\\d{7}|[DSP]E\\d{7})" + END)
            .startsWith("EGDSP", "0-9A-HJ-NP-Z", "0-9")
            .runs("9", "0")
            .score(0.55)
            .context(PASSPORT_WORDS)
            .vetoable()
            .build(),
        PatternRule.builder("passport-with-context", EntityType.PASSPORT)
            .regex(START + "[A-Z]{0,2}\\d{7,9}" + END)
            .startsWith("A-Z0-9", "A-Z0-9")
            .runs("7-11", "*")
            .score(0.2)
            .context(PASSPORT_WORDS)
            .requiresContext()
            .vetoable()
            .build(),
        // 港澳居民来往内地通行证 (home return permit): H/M + 8 digits, + 2 digits of issue count
        PatternRule.builder("cn-home-return-permit", EntityType.CN_HK_MACAU_PERMIT)
            .regex(START + "[HM]\\d{8}(?:\\d{2})?" + END)
            .startsWith("HM", "0-9")
            .runs("9,11", "0")
            .score(0.45)
            .context(HK_MACAU_WORDS)
            .requiresContext()
            .vetoable()
            .build(),
        // 往来港澳通行证 (mainland residents): C + 8 digits, or C + letter + 7 digits
        PatternRule.builder("cn-hk-macau-pass", EntityType.CN_HK_MACAU_PERMIT)
            .regex(START + "C[0-9A-HJ-NP-Z]\\d{7}" + END)
            .startsWith("C", "0-9A-HJ-NP-Z", "0-9")
            .runs("9", "0")
            .score(0.3)
            .context(HK_MACAU_WORDS)
            .requiresContext()
            .vetoable()
            .build(),
        // 台湾居民来往大陆通行证: 8 digits (since 2015) or 10 digits + (check letter);
        // 往来台湾通行证 (mainland residents): L + 8 digits
        PatternRule.builder("cn-taiwan-permit", EntityType.CN_TAIWAN_PERMIT)
            .regex(START + "(?:\\d{10}(?:\\([A-Z]\\))?|\\d{8}|L\\d{8})" + END)
            .startsWith("0-9L", "0-9")
            .runs("8-10", "0,8,10")
            .score(0.2)
            .context(TAIWAN_WORDS)
            .requiresContext()
            .vetoable()
            .build());
  }
}
