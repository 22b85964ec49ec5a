package io.maskmark.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
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

  @Test
  void theIndexedResolverAgreesWithAPlainPairwiseOne() {
    Random random = new Random(7);
    String text = "ab cd 12 ef 34 gh 56 ij kl 78 mn op 90 qr st uv wx yz".repeat(4);
    EntityType[] types = {EntityType.PERSON, EntityType.PHONE, EntityType.EMAIL, EntityType.ADDRESS};
    for (int round = 0; round < 2_000; round++) {
      List<Span> candidates = new ArrayList<>();
      for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
        int start = random.nextInt(text.length() - 1);
        int end = start + 1 + random.nextInt(Math.min(30, text.length() - start));
        candidates.add(span(types[random.nextInt(types.length)], start, end,
            0.5 + random.nextInt(5) / 10.0, random.nextBoolean()));
      }
      assertEquals(pairwise(text, candidates), SpanResolver.resolve(text, candidates),
          "round " + round);
    }
  }

  /** The rule in its plainest form: each ranked candidate minus every span kept so far. */
  private static List<Span> pairwise(String text, List<Span> candidates) {
    List<Span> ranked = new ArrayList<>(candidates);
    ranked.sort(Comparator.comparingInt(SpanResolver::evidence)
        .thenComparing(Span::score, Comparator.reverseOrder())
        .thenComparing(Span::length, Comparator.reverseOrder())
        .thenComparingInt(Span::start).thenComparing(Span::type).thenComparing(Span::detector));
    List<Span> kept = new ArrayList<>();
    for (Span c : ranked) {
      List<Span> pieces = List.of(c);
      for (Span k : kept) {
        List<Span> next = new ArrayList<>();
        for (Span p : pieces) {
          if (!p.overlaps(k)) {
            next.add(p);
            continue;
          }
          if (p.start() < k.start()) {
            next.add(p.withOffsets(p.start(), k.start()));
          }
          if (k.end() < p.end()) {
            next.add(p.withOffsets(k.end(), p.end()));
          }
        }
        pieces = next;
      }
      for (Span p : pieces) {
        int a = p.start();
        int b = p.end();
        while (a < b && Character.isWhitespace(text.charAt(a))) {
          a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
          b--;
        }
        if (a >= b) {
          continue;
        }
        Span trimmed = a == p.start() && b == p.end() ? p : p.withOffsets(a, b);
        long letters = text.substring(a, b).chars().filter(Character::isLetterOrDigit).count();
        if (p == c || letters >= 2) {
          kept.add(trimmed);
        }
      }
    }
    kept.sort(Comparator.comparingInt(Span::start));
    return kept;
  }
}
