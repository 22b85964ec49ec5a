package io.maskmark.pipeline.record;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.deid.DeidResult;
import io.maskmark.detect.CodePoints;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Span;
import java.util.List;
import java.util.Map;

/** The one JSON mapper of the pipeline, and the writers shared by the stream, the CLI and HTTP. */
public final class Json {

  /** Nesting deeper than this is rejected: an envelope is flat, deep nesting is an attack. */
  public static final int MAX_DEPTH = 64;

  public static final ObjectMapper MAPPER = mapper();

  private Json() {
  }

  private static ObjectMapper mapper() {
    ObjectMapper m = new ObjectMapper();
    m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH).build());
    m.disable(SerializationFeature.INDENT_OUTPUT);
    return m;
  }

  /**
   * Entities as JSON with code point offsets into {@code text}, end exclusive. Never the value:
   * only type, offsets, score and detector.
   */
  public static ArrayNode entities(String text, List<Span> spans) {
    CodePoints cp = CodePoints.of(text);
    ArrayNode arr = MAPPER.createArrayNode();
    for (Span s : spans) {
      ObjectNode e = arr.addObject();
      e.put("type", s.type().name());
      e.put("start", cp.toCodePoint(s.start()));
      e.put("end", cp.toCodePoint(s.end()));
      e.put("score", Math.round(s.score() * 1000) / 1000.0);
      e.put("detector", s.detector());
    }
    return arr;
  }

  /** Adds the decision trail of each span to already written entities (for {@code --explain}). */
  public static void explain(ArrayNode entities, List<Span> spans) {
    for (int i = 0; i < spans.size(); i++) {
      var why = spans.get(i).why();
      if (why == null) {
        continue;
      }
      ObjectNode w = ((ObjectNode) entities.get(i)).putObject("explanation");
      w.put("rule", why.rule());
      w.put("base_score", why.baseScore());
      if (why.validator() != null) {
        w.put("validator", why.validator());
        w.put("validated", why.validated());
      }
      if (why.contextWord() != null) {
        w.put("context_word", why.contextWord());
      }
    }
  }

  /**
   * What de-identification did: mode ({@code pseudonymised} | {@code anonymised}), policy name,
   * version and SHA-256, the key id when the policy is keyed, and counts per type. Never a value
   * or key material (a key id only names a key).
   */
  public static ObjectNode deid(DeidResult r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("mode", r.mode().code());
    o.put("policy", r.policyName());
    o.put("policy_version", r.policyVersion());
    o.put("policy_sha256", r.policySha256());
    if (r.keyId() != null) {
      o.put("key_id", r.keyId());
    }
    o.set("counts", counts(r.counts()));
    return o;
  }

  public static ObjectNode counts(Map<EntityType, Integer> counts) {
    ObjectNode o = MAPPER.createObjectNode();
    counts.forEach((t, n) -> o.put(t.name(), n));
    return o;
  }
}
