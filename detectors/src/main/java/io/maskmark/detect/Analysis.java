package io.maskmark.detect;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@link Analyzer} found in one text: non-overlapping spans over the original text,
 * sorted by start.
 */
public record Analysis(String text, Language language, List<Span> spans) {

  public Analysis {
    spans = List.copyOf(spans);
  }

  public Map<EntityType, Integer> countsByType() {
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    for (Span s : spans) {
      counts.merge(s.type(), 1, Integer::sum);
    }
    return counts;
  }
}
