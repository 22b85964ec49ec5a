package io.maskmark.detect.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.detect.CodePoints;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Span;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetsAndExplanationTest {

  /** Supplementary-plane characters: a CJK Extension B ideograph, an emoji, a math letter. */
  private static final String[] ASTRAL = {"𠀀", "😀", "𝒜", "𪚥"};

  @Test
  void codePointOffsetsAfterAstralCharacters() {
    Random r = Structured.random("astral");
    for (int i = 0; i < Structured.DRAWS; i++) {
      int astral = 1 + r.nextInt(5);
      StringBuilder prefix = new StringBuilder();
      for (int k = 0; k < astral; k++) {
        prefix.append(Ids.pick(r, ASTRAL));
      }
      prefix.append("手机");
      String phone = Ids.cnMobile(r);
      String id = Ids.residentId(r);
      String text = prefix + phone + Ids.pick(r, ASTRAL) + "身份证" + id + "😀";
      List<Span> spans = Structured.spans(text);
      assertEquals(2, spans.size(), text);
      CodePoints cp = CodePoints.of(text);
      // by construction: astral + 2 code points before the phone; then 11, 1 and 3 more
      int phoneStart = astral + 2;
      int idStart = phoneStart + 11 + 1 + 3;
      Span p = spans.get(0);
      Span c = spans.get(1);
      assertEquals(EntityType.PHONE, p.type());
      assertEquals(List.of(phoneStart, phoneStart + 11), List.of(cp.toCodePoint(p.start()), cp.toCodePoint(p.end())));
      assertEquals(EntityType.CN_RESIDENT_ID, c.type());
      assertEquals(List.of(idStart, idStart + 18), List.of(cp.toCodePoint(c.start()), cp.toCodePoint(c.end())));
    }
  }

  @Test
  void offsetsStayOriginalWhenNormalisationRemovesCharacters() {
    Random r = Structured.random("normalise");
    String[] invisible = {"\u200B", "\u00AD", "\u200D", "\uFEFF", "\u2060"};
    for (int i = 0; i < Structured.DRAWS; i++) {
      String card = Ids.luhn("62" + Ids.digits(r, 16));
      StringBuilder written = new StringBuilder();
      for (int k = 0; k < card.length(); k++) {
        char d = card.charAt(k);
        written.append(r.nextBoolean() ? (char) (d - '0' + '\uFF10') : d); // full-width digit
        if (k % 4 == 3 && k < card.length() - 1) {
          written.append(Ids.pick(r, invisible));
        }
      }
      String text = Ids.pick(r, ASTRAL) + "卡号" + written + " ok";
      Span s = Structured.spans(text).get(0);
      assertEquals(EntityType.BANK_CARD, s.type(), text);
      assertEquals(written.toString(), text.substring(s.start(), s.end()));
      assertEquals(3, CodePoints.of(text).toCodePoint(s.start()));
    }
    String fullWidth = "𠀀电话：１３９-１２３４-５６７８。";
    Span phone = Structured.spans(fullWidth).get(0);
    assertEquals("１３９-１２３４-５６７８", fullWidth.substring(phone.start(), phone.end()));
    assertEquals(4, CodePoints.of(fullWidth).toCodePoint(phone.start()));
  }

  @Test
  void everySpanExplainsItself() {
    Random r = Structured.random("explain");
    String id = Ids.residentId(r);
    Span s = Structured.spans("身份证号：" + id).get(0);
    assertEquals("cn-resident-id-18", s.why().rule());
    assertEquals("gb11643+region+birth-date", s.why().validator());
    assertTrue(s.why().validated());
    assertEquals("身份证", s.why().contextWord());
    assertEquals(1.0, s.score());
    Span bare = Structured.spans("x " + id).get(0);
    assertEquals(null, bare.why().contextWord());
    assertTrue(bare.why().validated());
    // an unvalidated pattern without a context word stays at its base score, below the threshold
    String digits = Ids.digits(r, 9);
    assertTrue(Structured.spans("x " + digits.replaceFirst("^0", "1")).isEmpty());
    Span labelled = Structured.spans("passport " + digits).get(0);
    assertEquals("passport", labelled.why().contextWord());
    assertEquals(0.2 + PatternDetector.CONTEXT_BOOST - PatternDetector.DISTANCE_PENALTY,
        labelled.score(), 1e-9);
  }

  @Test
  void aValidatedIdentifierBeatsAWeakerOverlappingGuess() {
    // a Luhn-valid UnionPay number also contains phone-shaped digit groups
    Random r = Structured.random("overlap");
    for (int i = 0; i < 50; i++) {
      String card = Ids.luhn("62" + Ids.digits(r, 13));
      String grouped = card.substring(0, 4) + " " + card.substring(4, 8) + " " + card.substring(8, 12)
          + " " + card.substring(12);
      Structured.assertOnly("请联系并转账到银行卡" + grouped, EntityType.BANK_CARD, grouped);
    }
  }
}
