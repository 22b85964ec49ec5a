package io.maskmark.pipeline.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.label.AigcLabel;
import io.maskmark.label.ContentAttribute;
import io.maskmark.label.LabeledText;
import io.maskmark.label.LabelingConfig;
import io.maskmark.label.TextLabeler;
import io.maskmark.label.text.ExplicitLabelPosition;
import io.maskmark.label.text.ExplicitTextLabeler;
import io.maskmark.label.text.TextLanguage;
import io.maskmark.pipeline.topology.LabelKind;
import io.maskmark.pipeline.topology.PipelineMetrics;
import io.maskmark.pipeline.topology.Source;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Labels chat completions: one Annex E label (with the EU marking) per completion, for the
 * {@code AIGC} header and the {@code aigc} field, and the explicit label in each choice's text in
 * the configured wording and position. Thread-safe.
 */
final class CompletionLabeler {

  /**
   * The label of one completion.
   *
   * @param header    bare Annex E JSON for the {@code AIGC} response header (ASCII)
   * @param block     {@code {"label":{...},"eu_marking":{...},"explicit_label":bool}}
   * @param attribute what the label says (generated, possibly, suspected), for the wording
   */
  record Issued(String header, ObjectNode block, ContentAttribute attribute) {
  }

  private final LabelingConfig config;
  private final TextLabeler textLabeler;
  private final PipelineMetrics metrics;
  private final Map<String, ExplicitTextLabeler> explicit = new ConcurrentHashMap<>();

  CompletionLabeler(LabelingConfig config, PipelineMetrics metrics) {
    this.config = config;
    this.textLabeler = TextLabeler.create(config);
    this.metrics = metrics;
  }

  /** Issues the label for a new completion: a model's answer is declared generated. */
  Issued issue() {
    LabeledText t = textLabeler.label("", null, null, true);
    AigcLabel label = t.label().orElseThrow(() -> new IllegalStateException("no label issued"));
    ObjectNode block = t.envelopeBlock().orElseThrow();
    block.put("explicit_label", false);
    metrics.labelApplied(Source.GENERATED, LabelKind.IMPLICIT_HEADER);
    return new Issued(label.toJson(), block,
        label.attribute().orElse(ContentAttribute.GENERATED));
  }

  boolean explicitEnabled() {
    return config.explicitLabel();
  }

  ExplicitLabelPosition position() {
    return config.position();
  }

  /** The wording language for a text: the configured one, or by script ("auto"). */
  String language(String sample) {
    return "auto".equals(config.language()) ? TextLanguage.of(sample == null ? "" : sample)
        : config.language();
  }

  String wording(String language, ContentAttribute attribute) {
    return config.wording().wording(language, attribute);
  }

  /** The whole text with the explicit label where configured; never doubled. */
  ExplicitTextLabeler.Result labelText(String content, ContentAttribute attribute) {
    String lang = language(content);
    return explicit.computeIfAbsent(lang,
        l -> new ExplicitTextLabeler(config.wording(), config.position(), l))
        .apply(content, attribute);
  }

  /**
   * Labels a complete (non-streamed) chat completion in place: each choice's text content gets
   * the explicit label unless {@code explicitAllowed} is false (the client asked for JSON output,
   * which a label would break); the completion gets the {@code aigc} field.
   *
   * @return the label, for the response header
   */
  Issued labelCompletion(ObjectNode completion, boolean explicitAllowed) {
    Issued issued = issue();
    boolean carries = false; // every labelled text carries the label, added now or already there
    boolean added = false;
    if (explicitAllowed && config.explicitLabel()) {
      for (JsonNode choice : completion.path("choices")) {
        JsonNode message = choice.path("message");
        JsonNode content = message.path("content");
        if (message.isObject() && content.isTextual()) {
          ExplicitTextLabeler.Result r = labelText(content.textValue(), issued.attribute());
          ((ObjectNode) message).put("content", r.text());
          carries = true;
          added |= r.added();
        }
      }
    }
    if (added) {
      metrics.labelApplied(Source.GENERATED, LabelKind.EXPLICIT);
    }
    issued.block().put("explicit_label", carries);
    completion.set("aigc", issued.block());
    return issued;
  }
}
