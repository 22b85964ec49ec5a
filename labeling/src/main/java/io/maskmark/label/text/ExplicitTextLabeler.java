package io.maskmark.label.text;

import io.maskmark.label.ContentAttribute;
import java.util.Objects;

/**
 * Adds the visible label to a text at the start, the end or both, each on its own line. Idempotent: where a
 * label (ours or anyone's) already stands at that position, nothing is added, so reprocessing never doubles it.
 */
public final class ExplicitTextLabeler {
    private final ExplicitLabelWording wording;
    private final ExplicitLabelPosition position;
    private final String language;
    private final ExplicitLabelDetector detector = new ExplicitLabelDetector();

    /**
     * @param language "zh", "en", or "auto" to choose from the text's script
     */
    public ExplicitTextLabeler(ExplicitLabelWording wording, ExplicitLabelPosition position, String language) {
        this.wording = Objects.requireNonNull(wording, "wording");
        this.position = Objects.requireNonNull(position, "position");
        this.language = Objects.requireNonNull(language, "language");
    }

    /**
     * The result of {@link #apply}: the text, whether anything was added, and where the original text starts
     * inside it (so offsets computed on the original can be shifted).
     */
    public record Result(String text, boolean added, int bodyOffset) {
    }

    public Result apply(String text, ContentAttribute attribute) {
        String lang = "auto".equals(language) ? TextLanguage.of(text) : language;
        String label = wording.wording(lang, attribute);
        String out = text;
        boolean added = false;
        int bodyOffset = 0;
        if (position.atStart() && !detector.hasLabelAtStart(out)) {
            out = out.isEmpty() ? label : label + "\n\n" + out;
            bodyOffset = out.length() - text.length();
            added = true;
        }
        if (position.atEnd() && !hasLabelAtEnd(out, added)) {
            out = out + (out.endsWith("\n") ? "\n" : "\n\n") + label;
            added = true;
        }
        return new Result(out, added, bodyOffset);
    }

    private boolean hasLabelAtEnd(String text, boolean justAddedStart) {
        // A label we just put at the start of a one-line text must not count as the end label.
        if (justAddedStart && text.strip().indexOf('\n') < 0) {
            return false;
        }
        return detector.find(text).stream().anyMatch(m -> m.labelLike()
                && m.placement() == ExplicitLabelMatch.Placement.END)
                || !justAddedStart && text.strip().indexOf('\n') < 0 && detector.hasLabelAtEnd(text);
    }
}
