package io.maskmark.detect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a chain of detectors over a text and returns disjoint spans over the original text. One
 * instance serves every thread; it holds no per-call state.
 */
public final class Analyzer {

  /** Score below which a candidate is dropped, unless a per-type threshold says otherwise. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  private final List<Detector> detectors;
  private final Map<EntityType, Double> thresholds;
  /** Nanoseconds one text may take, or 0 for no limit. */
  private final long budgetNanos;

  public Analyzer(List<Detector> detectors, Map<EntityType, Double> thresholds) {
    this(detectors, thresholds, 0);
  }

  private Analyzer(List<Detector> detectors, Map<EntityType, Double> thresholds, long budgetNanos) {
    this.detectors = List.copyOf(detectors);
    this.thresholds = new EnumMap<>(EntityType.class);
    this.thresholds.putAll(thresholds);
    this.budgetNanos = budgetNanos;
  }

  /**
   * This analyzer with a time budget per text: when the detectors run past it, {@link #analyze}
   * throws {@link DetectionTimeoutException}. The clock is read after each detector (every
   * detector here is linear in the text), so a budget bounds the chain, not a detector that never
   * returns.
   */
  public Analyzer withTimeBudget(Duration budget) {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("the time budget must be positive");
    }
    return new Analyzer(detectors, thresholds, budget.toNanos());
  }

  public Analyzer(List<Detector> detectors) {
    this(detectors, Map.of());
  }

  public List<Detector> detectors() {
    return detectors;
  }

  public double threshold(EntityType type) {
    return thresholds.getOrDefault(type, DEFAULT_THRESHOLD);
  }

  public Analysis analyze(String text) {
    return analyze(text, null);
  }

  /**
   * @param language the language given by the record, or null to detect it from the script
   */
  public Analysis analyze(String text, Language language) {
    Objects.requireNonNull(text, "text");
    NormalizedText normalized = NormalizedText.of(text);
    Language lang = language != null ? language : Language.detect(normalized.text());
    List<Span> candidates = new ArrayList<>();
    long started = System.nanoTime();
    collect(normalized, lang, candidates, null, started);
    DisplayOrder display = DisplayOrder.of(text);
    if (display != null) {
      collect(NormalizedText.of(display.text()), lang, candidates, display, started);
    }
    return new Analysis(text, lang, SpanResolver.resolve(text, candidates));
  }

  /** Adds the spans above threshold over {@code normalized}, mapped back to the original text. */
  private void collect(NormalizedText normalized, Language lang, List<Span> out,
                       DisplayOrder display, long started) {
    for (Detector d : detectors) {
      for (Span s : d.detect(normalized, lang)) {
        if (s.end() > normalized.text().length()) {
          throw new IllegalStateException("detector " + d.name() + " returned a span past the text");
        }
        if (s.score() >= threshold(s.type())) {
          Span logical = normalized.toOriginal(s);
          out.add(display == null ? logical : display.toOriginal(logical));
        }
      }
      long elapsed = System.nanoTime() - started;
      if (budgetNanos > 0 && elapsed > budgetNanos) {
        throw new DetectionTimeoutException(d.name(), budgetNanos / 1_000_000, elapsed / 1_000_000);
      }
    }
  }
}
