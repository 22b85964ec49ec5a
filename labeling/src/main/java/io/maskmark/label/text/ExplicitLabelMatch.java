package io.maskmark.label.text;

/**
 * An explicit AI label found in text. Offsets are UTF-16 indices into the text, end exclusive; convert with
 * {@link #codePointStart(String)}/{@link #codePointEnd(String)} for JSON output.
 *
 * @param labelLike the match stands as a label (on its own line, or bracketed, or as a short line lead-in)
 *                  rather than inside running prose about AI
 */
public record ExplicitLabelMatch(int start, int end, Placement placement, boolean labelLike) {

    /** Where the match sits in the text. */
    public enum Placement { START, END, INLINE }

    public int codePointStart(String text) {
        return text.codePointCount(0, start);
    }

    public int codePointEnd(String text) {
        return text.codePointCount(0, end);
    }
}
