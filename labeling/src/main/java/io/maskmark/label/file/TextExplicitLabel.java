package io.maskmark.label.file;

import io.maskmark.label.text.ExplicitLabelDetector;
import io.maskmark.label.text.ExplicitLabelPosition;

/** The visible label in a text body (Markdown after its front matter), idempotent like the stream's. */
final class TextExplicitLabel {
    private static final ExplicitLabelDetector DETECTOR = new ExplicitLabelDetector();

    private TextExplicitLabel() {
    }

    static String apply(String body, String wording, ExplicitLabelPosition position, String newline) {
        String out = body;
        if (position.atStart() && !DETECTOR.hasLabelAtStart(out)) {
            String rest = out.replaceFirst("^(\\r?\\n)+", "");
            String leading = out.substring(0, out.length() - rest.length());
            out = leading + wording + newline + newline + rest;
        }
        if (position.atEnd() && !DETECTOR.hasLabelAtEnd(out)) {
            String sep = out.endsWith(newline) ? newline : newline + newline;
            out = out + sep + wording + newline;
        }
        return out;
    }
}
