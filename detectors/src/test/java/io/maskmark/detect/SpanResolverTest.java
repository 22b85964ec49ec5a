package io.maskmark.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanResolverTest {

  private static Span span(EntityType t, int s, int e, double score, boolean validated) {
    Explanation why = Explanation.of("r", score);
    if (validated) {
      why = why.withValidator("checksum", true);
    }
    return new Span(t, s, e, score, "d", why);
  }

  @Test
  void aValidatedIdentifierBeatsAHigherScoringGuess() {
    String text = "x 6217001234567890122 y";
    Span card = span(EntityType.BANK_CARD, 2, 21, 0.9, true);
    Span phone = span(EntityType.PHONE, 2, 13, 0.95, false);
    assertEquals(List.of(card), SpanResolver.resolve(text, List.of(phone, card)));
  }

  @Test
  void aPatternConfirmedByAContextWordBeatsAHigherScoringModelGuess() {
    String text = "call 329 7730";
    Span phone = new Span(EntityType.PHONE, 5, 13, 0.55, "structured",
        Explanation.of("phone-with-context", 0.2).withValidator("phone-shape", false).withContext("call"));
    Span address = span(EntityType.ADDRESS, 5, 13, 0.6, false);
    assertEquals(List.of(phone), SpanResolver.resolve(text, List.of(address, phone)));
  }

  @Test
  void theLongerSpanWinsAtEqualScore() {
    String text = "王小明在这里";
    Span longer = span(EntityType.PERSON, 0, 3, 0.8, false);
    Span shorter = span(EntityType.PERSON, 0, 2, 0.8, false);
    assertEquals(List.of(longer), SpanResolver.resolve(text, List.of(shorter, longer)));
  }

  @Test
  void aLosingSpanKeepsItsMeaningfulRemainders() {
    // An address wrapped around a validated phone: both sides of the address stay redacted.
    String text = "住址北京市海淀区13912345678号楼三单元";
    Span phone = span(EntityType.PHONE, 8, 19, 1.0, true);
    Span address = span(EntityType.ADDRESS, 2, 24, 0.85, false);
    List<Span> out = SpanResolver.resolve(text, List.of(address, phone));
    assertEquals(3, out.size());
    assertEquals(new Span(EntityType.ADDRESS, 2, 8, 0.85, "d", address.why()), out.get(0));
    assertEquals(phone, out.get(1));
    assertEquals(19, out.get(2).start());
    assertEquals(24, out.get(2).end());
  }

  @Test
  void resolutionDoesNotDependOnInputOrder() {
    String text = "a b c d e f g h";
    List<Span> spans = List.of(span(EntityType.PERSON, 0, 5, 0.7, false),
        span(EntityType.LOCATION, 2, 9, 0.7, false), span(EntityType.EMAIL, 8, 13, 0.9, false));
    List<Span> reversed = List.of(spans.get(2), spans.get(1), spans.get(0));
    assertEquals(SpanResolver.resolve(text, spans), SpanResolver.resolve(text, reversed));
  }
}
