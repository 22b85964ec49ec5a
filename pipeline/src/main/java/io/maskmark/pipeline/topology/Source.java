package io.maskmark.pipeline.topology;

/** Which input a record came from; generated content is labelled, raw content is inspected. */
public enum Source {
  RAW("raw"), GENERATED("generated");

  private final String label;

  Source(String label) {
    this.label = label;
  }

  /** Lower-case name for metrics and JSON. */
  public String label() {
    return label;
  }
}
