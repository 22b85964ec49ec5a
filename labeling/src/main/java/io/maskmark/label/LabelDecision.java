package io.maskmark.label;

import java.util.Optional;

/** The label an item leaves with, and how it came about. */
public record LabelDecision(Optional<AigcLabel> label, LabelAction action) {
    static LabelDecision none() {
        return new LabelDecision(Optional.empty(), LabelAction.NONE);
    }

    static LabelDecision of(AigcLabel label, LabelAction action) {
        return new LabelDecision(Optional.of(label), action);
    }
}
