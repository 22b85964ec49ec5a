package io.maskmark.label.file;

import java.io.IOException;

/** A file cannot be read or labelled as its format requires. Messages never quote file content. */
final class LabelFileException extends IOException {
    private static final long serialVersionUID = 1L;

    LabelFileException(String message) {
        super(message);
    }

    LabelFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
