package io.maskmark.pipeline.document;

import io.maskmark.label.file.FileInspection;
import java.util.List;
import java.util.Map;

/**
 * A document turned into text. Everything here is raw personal data until de-identified: the
 * text goes through detection, the metadata through {@link DocumentMetadata}.
 *
 * @param mediaType the detected type, without parameters (e.g. {@code application/pdf})
 * @param metadata  every metadata value Tika reported, by Tika key
 * @param labels    the AIGC labels found in the file's own metadata, or null when it has none
 */
public record ExtractedDocument(String text, String mediaType, Map<String, List<String>> metadata,
                                FileInspection labels) {

  public ExtractedDocument {
    metadata = Map.copyOf(metadata);
  }

  @Override
  public String toString() {
    return "ExtractedDocument[" + mediaType + ", chars=" + text.length() + "]"; // never the content
  }
}
