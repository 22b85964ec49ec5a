package io.maskmark.deid;

import io.maskmark.detect.Analysis;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Language;
import io.maskmark.detect.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a {@link Policy} to an {@link Analysis}. Stateless and thread-safe.
 *
 * <p>Within one record a repeated value gets one replacement (so even random surrogates keep a
 * text coherent); across records only keyed operators are consistent. An operator that fails on
 * a value is replaced by the type tag: the original never passes through on an error.
 */
public final class Deidentifier {

  private static final Logger LOG = LoggerFactory.getLogger(Deidentifier.class);

  public DeidResult deidentify(Analysis analysis, Policy policy) {
    String text = analysis.text();
    StringBuilder out = new StringBuilder(text.length());
    List<Span> newSpans = new ArrayList<>();
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    Map<EntityType, Map<String, String>> done = new EnumMap<>(EntityType.class);
    int cursor = 0;
    for (Span s : analysis.spans()) {
      if (s.end() <= cursor) {
        continue; // inside a span already replaced
      }
      int start = Math.max(s.start(), cursor); // an overlapping tail is replaced too
      String value = text.substring(start, s.end());
      Language lang = languageOf(analysis.language(), value);
      Operator op = policy.operatorFor(s.type(), lang);
      Map<String, String> ofType = done.computeIfAbsent(s.type(), t -> new HashMap<>());
      String replacement = ofType.get(value);
      if (replacement == null) {
        replacement = apply(op, new Occurrence(s.type(), value, lang, ofType.size() + 1));
        ofType.put(value, replacement);
      }
      out.append(text, cursor, start);
      int newStart = out.length();
      out.append(replacement);
      if (!replacement.isEmpty()) {
        newSpans.add(s.withOffsets(newStart, out.length()));
      }
      if (!(op instanceof KeepOperator)) {
        counts.merge(s.type(), 1, Integer::sum);
      }
      cursor = s.end();
    }
    out.append(text, cursor, text.length());
    return new DeidResult(out.toString(), newSpans, policy.mode(), policy.name(), policy.version(),
        policy.sha256(), policy.keyId(), counts);
  }

  private static String apply(Operator op, Occurrence o) {
    try {
      return op.apply(o);
    } catch (RuntimeException e) {
      // The exception type only: messages of third-party code might quote the value.
      LOG.warn("operator {} failed on a {} value ({}); replaced by the type tag", op.name(),
          o.type(), e.getClass().getSimpleName());
      return Tags.tag(o.type(), o.language());
    }
  }

  /** The record's language, or for mixed/undetermined records the script of the value. */
  static Language languageOf(Language record, String value) {
    if (record == Language.EN || record == Language.ZH) {
      return record;
    }
    return value.codePoints().anyMatch(Language::isHan) ? Language.ZH : Language.EN;
  }
}
