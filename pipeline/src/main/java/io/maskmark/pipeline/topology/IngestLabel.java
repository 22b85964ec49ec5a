package io.maskmark.pipeline.topology;


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
   * Classifies the label stage's report of what the record carried ({@link Labels#upstream()}):
   * nothing means absent; something named AIGC that could not be read means invalid; a readable
   * label, an EU marking or an explicit label means present.
   */
  public static IngestLabel of(Labels labels) {
    if (labels == null || labels.upstream() == null || labels.upstream().equals("NONE")) {
      return ABSENT;
    }
    return labels.upstream().equals("INVALID_LABEL") ? INVALID : PRESENT;
  }
}
