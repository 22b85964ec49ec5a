package io.maskmark.deid;

import io.maskmark.detect.Analysis;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Applies a {@link Policy} to an {@link Analysis}. Stateless and thread-safe. */
public final class Deidentifier {

  public DeidResult deidentify(Analysis analysis, Policy policy) {
    String text = analysis.text();
    StringBuilder out = new StringBuilder(text.length());
    List<Span> newSpans = new ArrayList<>();
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    Map<EntityType, Map<String, Integer>> indexes = new EnumMap<>(EntityType.class);
    int cursor = 0;
    for (Span s : analysis.spans()) {
      Operator op = policy.operatorFor(s.type(), analysis.language());
      if (op == null) {
        continue;
      }
      String value = text.substring(s.start(), s.end());
      int index = indexes.computeIfAbsent(s.type(), t -> new HashMap<>())
          .computeIfAbsent(value, v -> indexes.get(s.type()).size() + 1);
      String replacement = op.apply(new Occurrence(s.type(), value, analysis.language(), index));
      out.append(text, cursor, s.start());
      int start = out.length();
      out.append(replacement);
      if (!replacement.isEmpty()) {
        newSpans.add(s.withOffsets(start, out.length()));
      }
      counts.merge(s.type(), 1, Integer::sum);
      cursor = s.end();
    }
    out.append(text, cursor, text.length());
    return new DeidResult(out.toString(), newSpans, policy.mode(), policy.name(), policy.version(),
        counts);
  }
}
