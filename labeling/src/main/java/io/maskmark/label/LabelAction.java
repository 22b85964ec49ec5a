package io.maskmark.label;

/** What labelling did to an item. */
public enum LabelAction {
    /** A new label was issued (generation service, or a platform labelling "2"/"3" content). */
    CREATED,
    /** An existing label was kept and our propagation fields were written into it. */
    PROPAGATED,
    /** The item already carried our own label; it was kept as it was (idempotent reprocessing). */
    KEPT,
    /** A propagation platform found no sign of generated content: nothing to label. */
    NONE
}
