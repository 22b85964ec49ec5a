package io.maskmark.pipeline.topology;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of AIGC label the label stage can add to a record. */
public enum LabelKind {
  /** Visible wording in the text (GB 45438 explicit label). */
  EXPLICIT("explicit"),
  /** The Annex E JSON in the {@code AIGC} Kafka header (implicit label). */
  IMPLICIT_HEADER("implicit_header"),
  /** An implicit label written into a file's metadata (documents and media). */
  FILE_METADATA("file_metadata");

  private final String label;

  LabelKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** What the label stage added: visible wording, the implicit label in the header, a file label. */
  static Set<LabelKind> applied(Work w) {
    Set<LabelKind> kinds = EnumSet.noneOf(LabelKind.class);
    Labels labels = w.labels;
    if (labels == null) {
      return kinds;
    }
    if (w.fileLabelled) {
      kinds.add(FILE_METADATA);
    }
    if (labels.explicitAdded()) {
      kinds.add(EXPLICIT);
    }
    if (labels.header() != null) {
      kinds.add(IMPLICIT_HEADER);
    }
    return kinds;
  }
}
