package io.maskmark.pipeline.topology;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the label stage decided for one record.
 *
 * @param text       the output text (with an explicit label for generated content)
 * @param textOffset where the de-identified text starts inside {@code text} (after a label)
 * @param header     value of the {@code AIGC} Kafka header (Annex E JSON), or null
 * @param aigc       the envelope's {@code aigc} block for labelled output, or null
 * @param aigcSource labels found on ingest ({@code aigc_source}), or null
 * @param explicitAdded whether a visible label was added to the text
 * @param upstream   how the input showed itself as AI-generated before this stage (a
 *                   low-cardinality signal such as METADATA_LABEL or NONE, for metrics)
 */
public record Labels(String text, int textOffset, byte[] header, ObjectNode aigc,
                     ObjectNode aigcSource, boolean explicitAdded, String upstream) {

  /** The text unchanged, no label. */
  public static Labels none(String text) {
    return new Labels(text, 0, null, null, null, false, "NONE");
  }
}
