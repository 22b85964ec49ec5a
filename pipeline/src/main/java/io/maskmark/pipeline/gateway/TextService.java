package io.maskmark.pipeline.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.deid.DeidResult;
import io.maskmark.detect.Analysis;
import io.maskmark.detect.Language;
import io.maskmark.detect.Span;
import io.maskmark.pipeline.Versions;
import io.maskmark.pipeline.engine.Engine;
import io.maskmark.pipeline.record.InputRecord;
import io.maskmark.pipeline.record.Json;
import io.maskmark.pipeline.record.RejectedInput;
import io.maskmark.pipeline.http.HttpError;
import io.maskmark.pipeline.topology.IngestLabel;
import io.maskmark.pipeline.topology.LabelKind;
import io.maskmark.pipeline.topology.Labeler;
import io.maskmark.pipeline.topology.Labels;
import io.maskmark.pipeline.topology.PipelineMetrics;
import io.maskmark.pipeline.topology.Source;
import io.maskmark.pipeline.topology.Stage;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The text endpoints' work, without HTTP: detect, de-identify and label exactly as the stream
 * does (the same {@link Engine} and {@link Labeler}), and render the stream's output envelope.
 * Entity offsets are code points into the returned text. Thread-safe.
 */
final class TextService {

  /**
   * A processed request.
   *
   * @param body    the response JSON
   * @param aigc    the bare Annex E JSON for the {@code AIGC} response header, or null
   * @param publish what may be published for audit: de-identified or label-only content
   */
  record Result(ObjectNode body, byte[] aigc, ObjectNode publish) {
  }

  private final PolicyEngines engines;
  private final Labeler labeler;
  private final PipelineMetrics metrics;

  TextService(PolicyEngines engines, Labeler labeler, PipelineMetrics metrics) {
    this.engines = engines;
    this.labeler = labeler;
    this.metrics = metrics;
  }

  /** Redaction then labelling: the stream's path for {@code maskmark.generated}. */
  Result process(TextRequest r, byte[] aigcHeader) {
    Engine engine = engines.forName(r.policy());
    Redacted red = redact(engine, r);
    DeidResult deid = red.deid();
    Source source = r.label() ? Source.GENERATED : Source.RAW;
    Labels labels = label(deid.text(), r, aigcHeader, source);
    ObjectNode out = envelope(r, labels.text(), red, labels.textOffset());
    if (labels.aigc() != null) {
      out.set("aigc", labels.aigc());
    }
    if (labels.aigcSource() != null) {
      out.set("aigc_source", labels.aigcSource());
    }
    out.put("pipeline_version", Versions.PIPELINE);
    return new Result(out, labels.header(), out);
  }

  /** Redaction only. */
  Result redact(TextRequest r) {
    Engine engine = engines.forName(r.policy());
    Redacted red = redact(engine, r);
    ObjectNode out = envelope(r, red.deid().text(), red, 0);
    out.put("pipeline_version", Versions.PIPELINE);
    return new Result(out, null, out);
  }

  /**
   * Labelling only: the text is returned as given, labelled. Its published copy carries the label
   * but not the text, which was not de-identified.
   */
  Result label(TextRequest r, byte[] aigcHeader) {
    Labels labels = label(r.text(), r, aigcHeader, Source.GENERATED);
    ObjectNode out = Json.MAPPER.createObjectNode();
    if (r.id() != null) {
      out.put("id", r.id());
    }
    out.put("text", labels.text());
    if (labels.aigc() != null) {
      out.set("aigc", labels.aigc());
    }
    out.put("pipeline_version", Versions.PIPELINE);
    ObjectNode publish = out.deepCopy();
    publish.remove("text");
    publish.put("text_chars", labels.text().codePointCount(0, labels.text().length()));
    return new Result(out, labels.header(), publish);
  }

  private record Redacted(DeidResult deid, Language language) {
  }

  private Redacted redact(Engine engine, TextRequest r) {
    long t0 = System.nanoTime();
    Analysis analysis = engine.detect(r.text(), r.lang());
    long t1 = System.nanoTime();
    metrics.stage(Stage.DETECT, t1 - t0);
    metrics.detected(analysis);
    DeidResult deid = engine.deidentify(analysis);
    metrics.stage(Stage.DEIDENTIFY, System.nanoTime() - t1);
    metrics.deidentified(deid, engine.policy(), analysis.language());
    return new Redacted(deid, analysis.language());
  }

  private Labels label(String text, TextRequest r, byte[] aigcHeader, Source source) {
    InputRecord input = new InputRecord(r.id(), text, null, null, r.lang(), null, r.generated(),
        r.aigc());
    RecordHeaders headers = new RecordHeaders();
    if (aigcHeader != null) {
      headers.add("AIGC", aigcHeader);
    }
    long t0 = System.nanoTime();
    Labels labels;
    try {
      labels = source == Source.GENERATED ? labeler.label(text, input, headers)
          : labeler.inspect(text, input, headers);
    } catch (RejectedInput e) {
      // the label library's reasons never quote values
      throw new HttpError(422, "label_refused", e.getMessage());
    }
    metrics.stage(Stage.LABEL, System.nanoTime() - t0);
    if (source == Source.GENERATED) {
      if (labels.explicitAdded()) {
        metrics.labelApplied(source, LabelKind.EXPLICIT);
      }
      if (labels.header() != null) {
        metrics.labelApplied(source, LabelKind.IMPLICIT_HEADER);
      }
    }
    metrics.labelFound(source, IngestLabel.of(labels));
    return labels;
  }

  /** The stream's output fields: id, text, lang, entities (code points into text), deid. */
  private static ObjectNode envelope(TextRequest r, String text, Redacted red, int offset) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    if (r.id() != null) {
      out.put("id", r.id());
    }
    out.put("text", text);
    out.put("lang", red.language().code());
    out.set("entities", Json.entities(text, shift(red.deid().spans(), offset)));
    out.set("deid", Json.deid(red.deid()));
    return out;
  }

  private static List<Span> shift(List<Span> spans, int by) {
    return by == 0 ? spans
        : spans.stream().map(s -> s.withOffsets(s.start() + by, s.end() + by)).toList();
  }
}
