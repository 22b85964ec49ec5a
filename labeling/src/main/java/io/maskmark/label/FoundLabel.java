package io.maskmark.label;

import java.util.Optional;

/**
 * One implicit label found in a carrier (a Kafka header, an envelope field, a file's metadata).
 *
 * @param carrier    where it was found, e.g. {@code PNG iTXt XML:com.adobe.xmp / XMP element TC260:AIGC}
 * @param form       how the value was serialised
 * @param label      the seven fields as found (missing ones empty); empty when the value was unreadable
 * @param compliance the judgement of this one label (file-level rules are added by the file inspector)
 */
public record FoundLabel(String carrier, PayloadForm form, Optional<AigcLabel> label, Compliance compliance) {

    public boolean compliant() {
        return compliance.compliant();
    }

    FoundLabel inCarrier(String newCarrier) {
        return new FoundLabel(newCarrier, form, label, compliance);
    }

    public FoundLabel withViolation(String reason) {
        return new FoundLabel(carrier, form, label, compliance.withViolation(reason));
    }

    public FoundLabel withNote(String note) {
        return new FoundLabel(carrier, form, label, compliance.withNote(note));
    }
}
