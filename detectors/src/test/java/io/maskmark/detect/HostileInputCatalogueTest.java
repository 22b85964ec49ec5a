package io.maskmark.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile and broken text through the default detector chain (structured, zh-ner, en-ner), each
 * case with the outcome a reader should expect: obfuscated identifiers are still found, with
 * offsets over the text as stored, and nothing throws or stalls. The timeouts only catch a hang;
 * speed is measured in the benchmarks.
 */
class HostileInputCatalogueTest {

  private static final Analyzer ANALYZER = Detectors.defaultAnalyzer();

  /** "TYPE[text]" for each span, over the original text. */
  private static List<String> found(String text) {
    return ANALYZER.analyze(text).spans().stream()
        .map(s -> s.type() + "[" + text.substring(s.start(), s.end()) + "]")
        .collect(Collectors.toList());
  }

  private static void assertFinds(EntityType type, String value, String text) {
    List<String> found = found(text);
    assertTrue(found.contains(type + "[" + value + "]"), () -> "expected " + type + " over the "
        + value.length() + " chars of the value, found " + found);
  }

  @Test
  void fullWidthDigitsInsideAPhoneNumber() {
    assertFinds(EntityType.PHONE, "１３８１２３４５６７８", "手机１３８１２３４５６７８，请回电");
  }

  @Test
  void zeroWidthCharactersAndSoftHyphensInsideIdentifiers() {
    assertFinds(EntityType.PHONE, "138\u200B1234\u200D5678", "手机138\u200B1234\u200D5678");
    assertFinds(EntityType.BANK_CARD, "6222\u00AD0212\u00AD3456\u00AD7890\u00AD128",
        "银行卡号6222\u00AD0212\u00AD3456\u00AD7890\u00AD128");
    assertFinds(EntityType.EMAIL, "john\u2066.smith@\u2069example.com",
        "write to john\u2066.smith@\u2069example.com today");
  }

  @Test
  void cyrillicAndGreekLookAlikeEmailAddresses() {
    // о and а Cyrillic, ο Greek: on screen these read as plain Latin addresses
    assertFinds(EntityType.EMAIL, "j\u043Ehn.sm\u0456th@ex\u0430mple.com",
        "mail j\u043Ehn.sm\u0456th@ex\u0430mple.com now");
    assertFinds(EntityType.EMAIL, "ann\u03BF@example.\u03BFrg", "contact ann\u03BF@example.\u03BFrg");
  }

  @Test
  void identifiersWrittenBackwardsUnderARightToLeftOverride() {
    // stored reversed, shown in reading order: neither is an identifier as stored
    String email = new StringBuilder("john@example.com").reverse().toString();
    assertFinds(EntityType.EMAIL, email, "reply to \u202E" + email + "\u202C please");
    String id = new StringBuilder("11010519491231002X").reverse().toString();
    assertFinds(EntityType.CN_RESIDENT_ID, id, "身份证号\u202E" + id + "\n下一行");
    assertEquals(List.of(), found("reply to " + email + " please"), "no override, no e-mail");
  }

  @Test
  void controlCharactersAndLoneSurrogatesAroundIdentifiers() {
    assertFinds(EntityType.EMAIL, "john@example.com", "\u0000\u0007\uD800john@example.com\uDC00\u001B");
    assertFinds(EntityType.PHONE, "+1 415 555 0199", "call\u0001+1 415 555 0199\u007F");
  }

  @Test
  void emptyAndBlankText() {
    assertEquals(List.of(), found(""));
    assertEquals(List.of(), found(" \t\n\u3000\u200B"));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aTenMegabyteLineWithoutSpacesIsScannedToItsEnd() {
    int n = 10 * 1024 * 1024;
    for (String unit : List.of("a", "1", "a@", "Ab1-", "x.")) {
      String line = unit.repeat(n / unit.length()) + " john@example.com";
      List<String> found = found(line);
      assertTrue(found.contains("EMAIL[john@example.com]"), () -> "unit '" + unit + "': "
          + found.size() + " spans, no e-mail at the end");
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aChineseLineOfThreeMillionCharactersIsScannedToItsEnd() {
    String line = "的".repeat(3_000_000) + "手机13812345678";
    assertTrue(found(line).contains("PHONE[13812345678]"));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void twoHundredThousandIdentifiersInOneText() {
    String text = "a1@b.co ".repeat(200_000);
    List<Span> spans = ANALYZER.analyze(text).spans();
    assertEquals(200_000, spans.stream().filter(s -> s.type() == EntityType.EMAIL).count());
  }
}
