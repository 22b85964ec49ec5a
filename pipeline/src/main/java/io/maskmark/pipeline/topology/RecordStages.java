package io.maskmark.pipeline.topology;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.deid.Policy;
import io.maskmark.detect.Span;
import io.maskmark.label.LabelingException;
import io.maskmark.label.file.FileInspection;
import io.maskmark.label.file.LabeledFile;
import io.maskmark.pipeline.Versions;
import io.maskmark.pipeline.document.DocumentMetadata;
import io.maskmark.pipeline.document.ExtractedDocument;
import io.maskmark.pipeline.engine.Engine;
import io.maskmark.pipeline.record.InputRecord;
import io.maskmark.pipeline.record.Json;
import io.maskmark.pipeline.record.RejectedInput;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

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
      if (w.source == Source.GENERATED) {
        w.generatedFile = w.input.content();
      }
      w.document = extractor.extract(w.input.content(), w.input.mime(), w.input.id());
      w.input = w.input.withText(w.document.text());
    }
  }

  void detect(Work w, Headers headers) {
    w.analysis = engine.detect(w.input.text(), w.input.lang());
    if (w.document != null) {
      w.analysis = DocumentMetadata.seed(w.analysis, w.document);
    }
  }

  void deidentify(Work w, Headers headers) {
    w.deid = engine.deidentify(w.analysis);
    if (w.document != null) {
      w.metadata = DocumentMetadata.redact(w.document, engine);
    }
  }

  void label(Work w, Headers headers) throws IOException {
    w.labels = w.source == Source.GENERATED
        ? labeler.label(w.deid.text(), w.input, headers)
        : labeler.inspect(w.deid.text(), w.input, headers);
    if (w.document != null && w.document.labels() != null) {
      w.labels = withDocumentLabels(w.labels, w.document.labels());
    }
    if (w.source == Source.GENERATED && w.document != null) {
      labelFile(w);
    }
  }

  /**
   * A generated file leaves with its implicit label written in, but only when nothing personal was
   * found in it: its bytes cannot be de-identified, so a file with personal data leaves as
   * de-identified text alone, and {@code file} says why.
   */
  private void labelFile(Work w) throws IOException {
    ObjectNode file = Json.MAPPER.createObjectNode();
    w.file = file;
    String withheld = DocumentMetadata.whyWithheld(w.document, w.deid, w.metadata);
    if (withheld != null) {
      file.put("withheld", withheld);
      return;
    }
    LabeledFile labelled;
    try {
      labelled = labeler.labelFile(w.generatedFile, w.input);
    } catch (LabelingException e) {
      file.put("withheld", "not labelled: " + e.getMessage()); // the library never quotes content
      return;
    }
    file.put("type", labelled.type().name());
    file.put("action", labelled.action().name());
    if (labelled.label().isPresent()) {
      file.set("label", Json.MAPPER.readTree(labelled.label().get().toJson()));
    }
    file.put("content_b64", Base64.getEncoder().encodeToString(labelled.content()));
    w.fileLabelled = labelled.label().isPresent() && labelled.changed();
  }

  /** Labels found in the document's own metadata join what the record carried. */
  private static Labels withDocumentLabels(Labels l, FileInspection found) {
    ObjectNode source = l.aigcSource() == null ? Json.MAPPER.createObjectNode() : l.aigcSource().deepCopy();
    source.set("document", found.toJson());
    String signal = found.label().isPresent() ? "METADATA_LABEL"
        : "NONE".equals(l.upstream()) ? "INVALID_LABEL" : l.upstream();
    source.put("signal", signal);
    return new Labels(l.text(), l.textOffset(), l.header(), l.aigc(), source, l.explicitAdded(), signal);
  }

  /**
   * Every stage for one raw record outside Kafka Streams, as the stream runs them: batch
   * commands use this so that both give the same output for the same input.
   */
  public Outcome process(InputRecord input) {
    Work w = new Work(Source.RAW, "batch", -1, -1, null);
    w.input = input;
    Headers none = new RecordHeaders();
    Stage stage = Stage.EXTRACT;
    try {
      extract(w, none);
      stage = Stage.DETECT;
      detect(w, none);
      stage = Stage.DEIDENTIFY;
      deidentify(w, none);
      stage = Stage.LABEL;
      label(w, none);
      stage = Stage.OUTPUT;
      render(w, none);
      return new Outcome(w.output, w.input.text().length(), null, null);
    } catch (RejectedInput e) {
      return new Outcome(null, 0, stage, e.getMessage());
    } catch (Exception | StackOverflowError e) {
      return new Outcome(null, 0, stage, "unexpected error in stage " + stage.label() + " ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * The rendered output record and the length of the text it was made from (extracted, before
   * de-identification), or the stage that failed and a reason safe to log.
   */
  public record Outcome(byte[] output, int textChars, Stage failedStage, String reason) {
    public boolean failed() {
      return output == null;
    }
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
    if (w.metadata != null) {
      out.set("metadata", w.metadata);
    }
    if (w.file != null) {
      out.set("file", w.file);
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

  /** Turns binary document content into text and metadata. */
  public interface DocumentExtractor {

    /** Rejects every document: the text-only pipeline. */
    DocumentExtractor NONE = (content, mime, name) -> {
      throw new RejectedInput("binary content is not supported by this pipeline");
    };

    /** @param name the record's id (often a file path): a hint for the type; may be null */
    ExtractedDocument extract(byte[] content, String mime, String name) throws Exception;
  }
}
