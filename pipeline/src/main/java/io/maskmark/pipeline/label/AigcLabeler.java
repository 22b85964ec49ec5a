package io.maskmark.pipeline.label;

import io.maskmark.label.LabeledText;
import io.maskmark.label.LabelingConfig;
import io.maskmark.label.LabelingException;
import io.maskmark.label.RecordInspection;
import io.maskmark.label.RecordLabelInspector;
import io.maskmark.label.TextLabeler;
import io.maskmark.label.file.FileLabeler;
import io.maskmark.label.file.LabeledFile;
import io.maskmark.pipeline.record.InputRecord;
import io.maskmark.pipeline.record.RejectedInput;
import io.maskmark.pipeline.topology.Labeler;
import io.maskmark.pipeline.topology.Labels;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The label stage backed by the AIGC label library: generated records get the explicit label, the
 * Annex E label (header {@code AIGC} and envelope) and the EU marking; raw records are inspected
 * for labels they already carry.
 */
public final class AigcLabeler implements Labeler {

  public static final String HEADER = RecordLabelInspector.HEADER;

  private final TextLabeler labeler;
  private final FileLabeler files;
  private final RecordLabelInspector inspector = new RecordLabelInspector();

  public AigcLabeler(LabelingConfig config) {
    this.labeler = TextLabeler.create(config);
    this.files = FileLabeler.create(config);
  }

  private AigcLabeler() {
    this.labeler = null;
    this.files = null;
  }

  /**
   * Only reports the labels raw content carries (batch preparation of a corpus): labelling
   * generated content needs our service code, so {@link #label} refuses.
   */
  public static AigcLabeler inspecting() {
    return new AigcLabeler();
  }

  @Override
  public Labels label(String redactedText, InputRecord input, Headers headers) {
    if (labeler == null) {
      throw new RejectedInput("labelling generated content needs label.service-code");
    }
    LabeledText t;
    try {
      t = labeler.label(redactedText, header(headers), input.aigc(),
          Boolean.TRUE.equals(input.generated()));
    } catch (LabelingException e) {
      throw new RejectedInput(e.getMessage()); // the library's reasons never quote values
    }
    return new Labels(t.text(), t.bodyOffset(), t.headerValue().orElse(null),
        t.envelopeBlock().orElse(null), null, t.explicitLabelAdded(), t.upstream().signal().name());
  }

  @Override
  public LabeledFile labelFile(byte[] file, InputRecord input) {
    if (files == null) {
      throw new RejectedInput("labelling generated content needs label.service-code");
    }
    return files.label(file, input.id(), Boolean.TRUE.equals(input.generated()));
  }

  @Override
  public Labels inspect(String redactedText, InputRecord input, Headers headers) {
    RecordInspection found = inspector.inspect(header(headers), input.aigc(), redactedText);
    return new Labels(redactedText, 0, null, null, found.toJson(redactedText), false,
        found.signal().name());
  }

  private static byte[] header(Headers headers) {
    Header h = headers.lastHeader(HEADER);
    return h == null ? null : h.value();
  }
}
