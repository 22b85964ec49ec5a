package io.maskmark.pipeline.topology;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.deid.Policy;
import io.maskmark.detect.Span;
import io.maskmark.pipeline.Versions;
import io.maskmark.pipeline.engine.Engine;
import io.maskmark.pipeline.record.Json;
import io.maskmark.pipeline.record.RejectedInput;
import java.util.List;
import org.apache.kafka.common.header.Headers;

/**
 * The work of each stage, kept apart from Kafka Streams plumbing so that the stream, the offline
 * commands and tests share it. Stateless; one instance serves every stream thread.
 */
public final class RecordStages {

  private final Engine engine;
  private final Labeler labeler;
  private final DocumentExtractor extractor;

  public RecordStages(Engine engine, Labeler labeler, DocumentExtractor extractor) {
    this.engine = engine;
    this.labeler = labeler;
    this.extractor = extractor;
  }

  /** The de-identification policy, for reporting which operators were applied. */
  public Policy policy() {
    return engine.policy();
  }

  void extract(Work w, Headers headers) throws Exception {
    if (w.input.isDocument()) {
      w.input = w.input.withText(extractor.extract(w.input.content(), w.input.mime()));
    }
  }

  void detect(Work w, Headers headers) {
    w.analysis = engine.detect(w.input.text(), w.input.lang());
  }

  void deidentify(Work w, Headers headers) {
    w.deid = engine.deidentify(w.analysis);
  }

  void label(Work w, Headers headers) {
    w.labels = w.source == Source.GENERATED
        ? labeler.label(w.deid.text(), w.input, headers)
        : labeler.inspect(w.deid.text(), w.input, headers);
  }

  /** Renders the output envelope from de-identified text only: the raw text is never read here. */
  void render(Work w, Headers headers) throws Exception {
    if (w.deid == null || w.labels == null) {
      throw new IllegalStateException("record reached output without de-identification");
    }
    String text = w.labels.text();
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("id", w.input.id());
    out.put("text", text);
    out.put("lang", w.analysis.language().code());
    out.set("entities", Json.entities(text, shift(w.deid.spans(), w.labels.textOffset())));
    out.set("deid", Json.deid(w.deid));
    if (w.labels.aigc() != null) {
      out.set("aigc", w.labels.aigc());
    }
    if (w.labels.aigcSource() != null) {
      out.set("aigc_source", w.labels.aigcSource());
    }
    if (w.input.source() != null) {
      out.put("source", w.input.source());
    }
    out.put("pipeline_version", Versions.PIPELINE);
    w.output = Json.MAPPER.writeValueAsBytes(out);
  }

  private static List<Span> shift(List<Span> spans, int by) {
    return by == 0 ? spans : spans.stream().map(s -> s.withOffsets(s.start() + by, s.end() + by)).toList();
  }

  /** Turns binary document content into text. */
  public interface DocumentExtractor {

    /** Rejects every document: the text-only pipeline. */
    DocumentExtractor NONE = (content, mime) -> {
      throw new RejectedInput("binary content is not supported by this pipeline");
    };

    String extract(byte[] content, String mime) throws Exception;
  }
}
