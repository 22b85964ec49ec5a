package io.maskmark.label.file;

import io.maskmark.label.AigcLabel;
import io.maskmark.label.LabelAction;
import java.util.Optional;

/**
 * A labelled file.
 *
 * @param content the new file bytes (the input unchanged when {@code action} is NONE)
 * @param label   the label written, read back and verified
 * @param before  what the input carried
 */
public record LabeledFile(FileType type, byte[] content, Optional<AigcLabel> label,
        LabelAction action, FileInspection before) {

    public boolean changed() {
        return action != LabelAction.NONE;
    }
}
