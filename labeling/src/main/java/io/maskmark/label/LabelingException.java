package io.maskmark.label;

/**
 * Labelling refused or failed: an unsupported or damaged file, conflicting or unreadable upstream labels, a
 * write that did not read back. Messages state the cause and never quote content.
 */
public class LabelingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LabelingException(String message) {
        super(message);
    }

    public LabelingException(String message, Throwable cause) {
        super(message, cause);
    }
}
