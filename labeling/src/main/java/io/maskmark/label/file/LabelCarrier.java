package io.maskmark.label.file;

import io.maskmark.label.AigcLabel;
import io.maskmark.label.FoundLabel;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the implicit label of one file format. Writers replace every label the format's readers
 * find (one label per file, GB 45438 §6.1 c)) and keep everything else in the file.
 */
interface LabelCarrier {
    FileType type();

    /** Every label found, in every placement this format's producers use. */
    List<FoundLabel> read(byte[] content) throws IOException;

    /** The file with {@code label} in the canonical placement and no other label. */
    byte[] write(byte[] content, AigcLabel label, WriteOptions options) throws IOException;

    /** The text a reader sees, for formats that have one (to detect explicit labels); empty otherwise. */
    default Optional<String> visibleText(byte[] content) {
        return Optional.empty();
    }
}
