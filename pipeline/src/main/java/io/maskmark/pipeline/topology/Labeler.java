package io.maskmark.pipeline.topology;

import io.maskmark.label.LabelingException;
import io.maskmark.label.file.LabeledFile;
import io.maskmark.pipeline.record.InputRecord;
import org.apache.kafka.common.header.Headers;

/** The label stage: labels generated content and reports labels found on raw content. */
public interface Labeler {

  /**
   * Labels generated content after redaction.
   *
   * @param redactedText the de-identified text the label is added to
   * @param input        the parsed input (declared flags, envelope label)
   * @param headers      the input record's headers (an upstream {@code AIGC} header)
   */
  Labels label(String redactedText, InputRecord input, Headers headers);

  /** Reports the labels raw content already carries; the text is not changed. */
  Labels inspect(String redactedText, InputRecord input, Headers headers);

  /**
   * Writes the implicit label into a generated file's own metadata, in the placement of its format.
   *
   * @throws io.maskmark.label.LabelingException for an unsupported or damaged file, or one whose
   *                                             existing labels must not be replaced
   */
  default LabeledFile labelFile(byte[] file, InputRecord input) {
    throw new LabelingException("this pipeline does not label files");
  }
}
