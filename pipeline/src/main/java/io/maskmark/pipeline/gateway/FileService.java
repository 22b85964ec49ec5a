package io.maskmark.pipeline.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.label.LabelingConfig;
import io.maskmark.label.LabelingException;
import io.maskmark.label.file.FileInspection;
import io.maskmark.label.file.FileInspector;
import io.maskmark.label.file.FileLabeler;
import io.maskmark.label.file.FileType;
import io.maskmark.label.file.LabeledFile;
import io.maskmark.pipeline.http.HttpError;
import io.maskmark.pipeline.record.Json;
import io.maskmark.pipeline.topology.LabelKind;
import io.maskmark.pipeline.topology.PipelineMetrics;
import io.maskmark.pipeline.topology.Source;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The file endpoints' work: the label library's file labeller and inspector on bytes. Published
 * copies describe the file (type, size, SHA-256, label) and never carry its content.
 */
final class FileService {

  /** The labelled file, and the description of it that may be published. */
  record Labelled(LabeledFile file, ObjectNode publish) {
  }

  private final FileLabeler labeler;
  private final PipelineMetrics metrics;

  FileService(LabelingConfig config, PipelineMetrics metrics) {
    this.labeler = FileLabeler.create(config);
    this.metrics = metrics;
  }

  /**
   * @param fileName optional, to recognise Markdown and HTML by extension
   * @throws HttpError 415 for a format the library does not know, 422 when labelling is refused
   */
  Labelled label(byte[] content, String fileName, boolean declaredGenerated) {
    if (FileType.detect(content, fileName).isEmpty()) {
      throw new HttpError(415, "unsupported_file_type", "not a supported file type (supported: "
          + "PNG, JPEG, WebP, PDF, DOCX/XLSX/PPTX, MP3, WAV, MP4/M4A, FLAC, Ogg Vorbis, Markdown "
          + "and HTML by ?filename=...)");
    }
    metrics.document(Source.GENERATED, null);
    LabeledFile result;
    try {
      result = labeler.label(content, fileName, declaredGenerated);
    } catch (LabelingException e) {
      // the library's reasons name the format and the rule, never content
      throw new HttpError(422, "label_refused", e.getMessage());
    }
    if (result.changed()) {
      metrics.labelApplied(Source.GENERATED, LabelKind.FILE_METADATA);
    }
    ObjectNode publish = Json.MAPPER.createObjectNode();
    publish.put("type", result.type().name());
    publish.put("action", result.action().name());
    publish.put("bytes", result.content().length);
    publish.put("sha256", sha256(result.content()));
    result.label().ifPresent(l -> publish.set("label", readTree(l.toJson())));
    return new Labelled(result, publish);
  }

  ObjectNode inspect(byte[] content, String fileName) {
    FileInspection r = FileInspector.inspect(content, fileName);
    ObjectNode out = r.toJson();
    out.put("bytes", content.length);
    out.put("sha256", sha256(content));
    return out;
  }

  private static ObjectNode readTree(String json) {
    try {
      return (ObjectNode) Json.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("label JSON did not parse", e);
    }
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
