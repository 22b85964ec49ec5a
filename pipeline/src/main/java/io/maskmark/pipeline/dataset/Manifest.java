package io.maskmark.pipeline.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.pipeline.record.Json;
import java.util.Map;
import java.util.TreeMap;

/**
 * The totals of a prepared dataset, for {@code manifest.json}: documents in, out and failed
 * (with reasons), characters, entities per type and per language, the share of AI-generated
 * sources. The raw material of an EU AI Act Art. 53(1)(d) training-content summary and of a
 * PIPL/GDPR record of processing; it holds counts and fixed-phrase reasons, never content.
 */
final class Manifest {

  /** Failures listed one by one in the manifest; the rest are counted. */
  static final int MAX_LISTED_FAILURES = 10_000;

  private long in;
  private long out;
  private long failed;
  private long charsExtracted;
  private long charsRedacted;
  private long ai;
  private long invalidLabels;
  private long bytes;
  private long files;
  private final Map<String, Long> entities = new TreeMap<>();
  private final Map<String, Map<String, Long>> entitiesByLanguage = new TreeMap<>();
  private final Map<String, Long> documentsByLanguage = new TreeMap<>();
  private final Map<String, Long> failuresByReason = new TreeMap<>();
  private final ArrayNode failures = Json.MAPPER.createArrayNode();

  void file(long fileBytes) {
    files++;
    bytes += fileBytes;
  }

  /** Adds one journal record line. */
  void add(JsonNode r) {
    in++;
    if (!r.path("ok").asBoolean()) {
      failed++;
      String reason = r.path("reason").asText();
      failuresByReason.merge(reason, 1L, Long::sum);
      if (failures.size() < MAX_LISTED_FAILURES) {
        ObjectNode f = failures.addObject();
        f.put("id", r.path("id").asText());
        f.put("stage", r.path("stage").asText());
        f.put("reason", reason);
      }
      return;
    }
    out++;
    charsExtracted += r.path("chars_in").asLong();
    charsRedacted += r.path("chars_out").asLong();
    String lang = r.path("lang").asText();
    documentsByLanguage.merge(lang, 1L, Long::sum);
    Map<String, Long> perLang = entitiesByLanguage.computeIfAbsent(lang, k -> new TreeMap<>());
    r.path("entities").fields().forEachRemaining(e -> {
      entities.merge(e.getKey(), e.getValue().asLong(), Long::sum);
      perLang.merge(e.getKey(), e.getValue().asLong(), Long::sum);
    });
    if (r.path("ai").asBoolean()) {
      ai++;
    }
    if ("INVALID_LABEL".equals(r.path("signal").asText())) {
      invalidLabels++;
    }
  }

  long failed() {
    return failed;
  }

  /** Totals as JSON; {@code run} holds what describes the run (policy, times, inputs). */
  ObjectNode toJson(ObjectNode run) {
    ObjectNode m = Json.MAPPER.createObjectNode();
    m.setAll(run);
    ObjectNode docs = m.putObject("documents");
    docs.put("in", in);
    docs.put("out", out);
    docs.put("failed", failed);
    ObjectNode byLang = docs.putObject("by_language");
    documentsByLanguage.forEach(byLang::put);
    ObjectNode src = m.putObject("sources");
    src.put("files", files);
    src.put("bytes", bytes);
    ObjectNode chars = m.putObject("characters");
    chars.put("extracted", charsExtracted);
    chars.put("redacted", charsRedacted);
    ObjectNode ent = m.putObject("entities");
    ObjectNode total = ent.putObject("by_type");
    entities.forEach(total::put);
    ObjectNode perLang = ent.putObject("by_language");
    entitiesByLanguage.forEach((lang, counts) -> {
      ObjectNode o = perLang.putObject(lang);
      counts.forEach(o::put);
    });
    ObjectNode aigc = m.putObject("ai_generated");
    aigc.put("documents", ai);
    aigc.put("share", out == 0 ? 0.0 : Math.round(ai * 10000.0 / out) / 10000.0);
    aigc.put("unreadable_labels", invalidLabels);
    ObjectNode reasons = m.putObject("failures_by_reason");
    failuresByReason.forEach(reasons::put);
    m.set("failures", failures);
    m.put("failures_listed", failures.size());
    return m;
  }
}
