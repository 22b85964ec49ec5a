package io.maskmark.label.file;

import io.maskmark.label.DigitalSourceType;
import io.maskmark.label.text.ExplicitLabelPosition;
import java.util.Optional;

/**
 * @param digitalSourceType the IPTC source type to add to XMP packets (images, PDF), if any
 * @param explicitWording   the visible label to insert, for formats that take one (Markdown, HTML)
 */
record WriteOptions(Optional<DigitalSourceType> digitalSourceType, Optional<String> explicitWording,
        ExplicitLabelPosition position) {
}
