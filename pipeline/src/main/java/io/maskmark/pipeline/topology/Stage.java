package io.maskmark.pipeline.topology;

/** The stages a record passes through; a failure names the stage in its DLQ record. */
public enum Stage {
  PARSE("parse"), EXTRACT("extract"), DETECT("detect"), DEIDENTIFY("deidentify"), LABEL("label"), OUTPUT("output");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
