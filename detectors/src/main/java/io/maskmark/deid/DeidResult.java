package io.maskmark.deid;

import io.maskmark.detect.EntityType;
import io.maskmark.detect.Span;
import java.util.List;
import java.util.Map;

/**
 * A de-identified text and what was done to it. {@code spans} locate the replacements in the new
 * text (not the original), so nothing in the result points back at a raw value.
 *
 * @param keyId  primary key id of the policy's keyed operators, or null when it uses none
 * @param counts de-identified entities per type (kept ones are not counted)
 */
public record DeidResult(String text, List<Span> spans, Mode mode, String policyName,
                         String policyVersion, String policySha256, String keyId,
                         Map<EntityType, Integer> counts) {

  public DeidResult {
    spans = List.copyOf(spans);
    counts = Map.copyOf(counts);
  }

  @Override
  public String toString() {
    return "DeidResult[" + policyName + " v" + policyVersion + ", " + mode.code() + ", "
        + spans.size() + " spans]"; // never the text: it may still hold kept values
  }
}
