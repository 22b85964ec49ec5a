package io.maskmark.detect;

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

  public Analyzer(List<Detector> detectors, Map<EntityType, Double> thresholds) {
    this.detectors = List.copyOf(detectors);
    this.thresholds = new EnumMap<>(EntityType.class);
    this.thresholds.putAll(thresholds);
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
    collect(normalized, lang, candidates, null);
    DisplayOrder display = DisplayOrder.of(text);
    if (display != null) {
      collect(NormalizedText.of(display.text()), lang, candidates, display);
    }
    return new Analysis(text, lang, SpanResolver.resolve(text, candidates));
  }

  /** Adds the spans above threshold over {@code normalized}, mapped back to the original text. */
  private void collect(NormalizedText normalized, Language lang, List<Span> out,
                       DisplayOrder display) {
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
    }
  }
}
