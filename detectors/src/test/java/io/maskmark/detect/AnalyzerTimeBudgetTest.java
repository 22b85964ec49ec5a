package io.maskmark.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalyzerTimeBudgetTest {

  /** Takes 200 ms on any text holding "slow"; finds nothing. */
  static final Detector SLOW = new Detector() {
    @Override
    public String name() {
      return "slow";
    }

    @Override
    public Set<EntityType> types() {
      return Set.of(EntityType.PERSON);
    }

    @Override
    public List<Span> detect(NormalizedText text, Language language) {
      if (text.text().contains("slow")) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return List.of();
    }
  };

  private final Analyzer analyzer = new Analyzer(List.of(SLOW, Detectors.create("structured",
      java.util.Map.of()))).withTimeBudget(Duration.ofMillis(50));

  @Test
  void aTextOverTheBudgetIsRefusedWithoutQuotingIt() {
    DetectionTimeoutException e = assertThrows(DetectionTimeoutException.class,
        () -> analyzer.analyze("slow text for 13812345678"));
    assertTrue(e.getMessage().contains("budget of 50 ms"), e.getMessage());
    assertTrue(e.getMessage().contains("slow"), e.getMessage());
    assertFalse(e.getMessage().contains("13812345678"));
  }

  @Test
  void aTextWithinTheBudgetIsAnalysed() {
    assertEquals(1, analyzer.analyze("fast text for 13812345678").spans().size());
  }

  @Test
  void withoutABudgetASlowTextIsAnalysed() {
    assertEquals(List.of(), new Analyzer(List.of(SLOW)).analyze("slow text").spans());
    assertThrows(IllegalArgumentException.class, () -> analyzer.withTimeBudget(Duration.ZERO));
  }
}
