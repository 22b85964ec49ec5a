package io.maskmark.label;

/** Whether a carrier holds a label. */
public enum LabelPresence {
    ABSENT,
    /** A readable label (compliant or not: see its {@link Compliance}). */
    PRESENT,
    /** Something named AIGC that is not a readable label. */
    INVALID;

    static LabelPresence of(java.util.Optional<FoundLabel> found) {
        if (found.isEmpty()) {
            return ABSENT;
        }
        return found.get().label().isPresent() ? PRESENT : INVALID;
    }
}
