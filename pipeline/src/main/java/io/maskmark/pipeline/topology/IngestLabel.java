package io.maskmark.pipeline.topology;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** Whether a record arrived with an AIGC label: for the share of AI-generated content ingested. */
public enum IngestLabel {
  PRESENT("present"), ABSENT("absent"), INVALID("invalid");

  private final String label;

  IngestLabel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * Reads the label stage's report of what the record carried ({@link Labels#aigcSource()}): none
   * means absent; a report whose {@code status} is {@code invalid} means something named AIGC that
   * could not be read; any other report means a label was found.
   */
  static IngestLabel of(Labels labels) {
    if (labels == null || labels.aigcSource() == null) {
      return ABSENT;
    }
    JsonNode status = labels.aigcSource().get("status");
    if (status != null && status.isTextual()
        && status.textValue().toLowerCase(Locale.ROOT).equals("invalid")) {
      return INVALID;
    }
    return PRESENT;
  }
}
