package io.maskmark.detect.pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.maskmark.detect.Analyzer;
import io.maskmark.detect.Detectors;
import io.maskmark.eval.EvalData;
import io.maskmark.eval.EvalReport;
import io.maskmark.eval.Evaluator;
import io.maskmark.eval.GoldDocument;
import io.maskmark.eval.GoldReader;
import io.maskmark.eval.Scores;
import io.maskmark.eval.TypeMapping;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Regression gate on presidio-research's synthetic English set for the structured types it
 * labels (CREDIT_CARD, PHONE_NUMBER, EMAIL_ADDRESS, IBAN_CODE, US_SSN, IP_ADDRESS): character-level
 * recall per class, payment cards grouped, for the structured detector alone and for the default
 * chain (where NER guesses compete for the same characters). Skips when {@code shared/eval} is
 * absent. Floors are the measured figures (1.000 for every class in both runs) less a margin;
 * the target is 0.97.
 */
class PresidioStructuredGateTest {

  static final String FILE = "en/presidio_generated_large.json";

  /** Recall floors by evaluation class (measured figures in the README). */
  static final Map<String, Double> RECALL_FLOORS = Map.of(
      "PAYMENT_CARD", 0.98,
      "PHONE", 0.98,
      "EMAIL", 0.98,
      "IBAN", 0.98,
      "US_SSN", 0.98,
      "IP_ADDRESS", 0.98);

  @Test
  void structuredDetectorAlone() throws Exception {
    gate(List.of("structured"));
  }

  @Test
  void defaultChain() throws Exception {
    gate(Detectors.DEFAULT_CHAIN);
  }

  private static void gate(List<String> chain) throws Exception {
    Optional<Path> f = EvalData.file(FILE);
    assumeTrue(f.isPresent(), "shared/eval is absent: skipping the presidio structured gate");
    List<GoldDocument> docs = GoldReader.read(f.get(), GoldReader.Format.PRESIDIO);
    Analyzer analyzer = Detectors.analyzer(chain);
    boolean showErrors = Boolean.getBoolean("maskmark.eval.errors");
    EvalReport r = new Evaluator(analyzer, new TypeMapping(true), RECALL_FLOORS.keySet())
        .evaluate(FILE, docs, showErrors ? System.out::println : null);
    StringBuilder failures = new StringBuilder();
    for (var e : RECALL_FLOORS.entrySet()) {
      Scores s = r.chars(e.getKey());
      Scores ent = r.entityOverlap().getOrDefault(e.getKey(), new Scores());
      System.out.println(String.format(Locale.ROOT,
          "presidio %-26s %-13s chars P %.3f R %.3f F2 %.3f | entities(overlap) P %.3f R %.3f",
          String.join("+", chain), e.getKey(), s.precision(), s.recall(), s.f2(), ent.precision(), ent.recall()));
      if (s.recall() < e.getValue()) {
        failures.append(e.getKey()).append(" recall ").append(s.recall()).append("; ");
      }
    }
    assertTrue(failures.isEmpty(), "below the floors: " + failures);
  }
}
