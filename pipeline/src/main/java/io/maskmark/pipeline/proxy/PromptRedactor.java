package io.maskmark.pipeline.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.deid.DeidResult;
import io.maskmark.detect.Analysis;
import io.maskmark.pipeline.engine.Engine;
import io.maskmark.pipeline.http.HttpError;
import io.maskmark.pipeline.topology.PipelineMetrics;
import java.util.Set;

/**
 * De-identifies the text of chat messages before they leave for the upstream: string contents
 * and the {@code text} parts of multi-part contents, for the configured roles. Other parts
 * (images, audio) pass unchanged.
 */
final class PromptRedactor {

  private final Engine engine;
  private final Set<String> roles;
  private final PipelineMetrics metrics;

  PromptRedactor(Engine engine, Set<String> roles, PipelineMetrics metrics) {
    this.engine = engine;
    this.roles = roles;
    this.metrics = metrics;
  }

  /** Redacts {@code request.messages} in place; 400 when there is no messages array to redact. */
  void redact(ObjectNode request) {
    JsonNode messages = request.get("messages");
    if (messages == null || !messages.isArray()) {
      // refusing beats forwarding something we could not redact
      throw HttpError.badRequest("invalid_request", "\"messages\" must be an array");
    }
    for (JsonNode m : messages) {
      if (!m.isObject() || !roles.contains(m.path("role").asText())) {
        continue;
      }
      ObjectNode message = (ObjectNode) m;
      JsonNode content = message.get("content");
      if (content != null && content.isTextual()) {
        message.put("content", redact(content.textValue()));
      } else if (content != null && content.isArray()) {
        for (JsonNode part : content) {
          if (part.isObject() && "text".equals(part.path("type").asText())
              && part.path("text").isTextual()) {
            ((ObjectNode) part).put("text", redact(part.path("text").textValue()));
          }
        }
      }
    }
  }

  private String redact(String text) {
    Analysis a = engine.detect(text, null);
    metrics.detected(a);
    DeidResult r = engine.deidentify(a);
    metrics.deidentified(r, engine.policy(), a.language());
    return r.text();
  }
}
