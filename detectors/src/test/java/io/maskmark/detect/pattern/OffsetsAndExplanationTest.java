package io.maskmark.detect.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
    String text = "𠀀卡号６２２２\u200B０２１２\u00AD３４５６\u200D７８９０１２３ ok";
    Span s = Structured.spans(text).stream().filter(x -> x.type() == EntityType.BANK_CARD)
        .findFirst().orElse(null);
    // only keep the assertion meaningful when the planted number is Luhn-valid
    String digits = "6222021234567890123";
    if (Checksums.luhn(digits)) {
      assertNotNull(s);
      assertEquals("６２２２\u200B０２１２\u00AD３４５６\u200D７８９０１２３", text.substring(s.start(), s.end()));
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
    assertTrue(bare.score() < s.score() || bare.score() == 1.0);
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
