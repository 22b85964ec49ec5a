package io.maskmark.label.text;

/** Where the explicit text label goes (GB 45438 §5.1: start, end, or a suitable middle position). */
public enum ExplicitLabelPosition {
    START, END, BOTH;

    public boolean atStart() {
        return this != END;
    }

    public boolean atEnd() {
        return this != START;
    }
}
