package io.maskmark.deid;

import io.maskmark.detect.EntityType;
import io.maskmark.detect.Span;
import java.util.List;
import java.util.Map;

/**
 * A de-identified text. {@code spans} locate the replacements in the new text (not the original),
 * so nothing in the result points back at a raw value.
 */
public record DeidResult(String text, List<Span> spans, Mode mode, String policyName,
                         String policyVersion, Map<EntityType, Integer> counts) {

  public DeidResult {
    spans = List.copyOf(spans);
    counts = Map.copyOf(counts);
  }
}
