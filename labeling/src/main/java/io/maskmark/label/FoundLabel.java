package io.maskmark.label;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /**
     * {@code {"carrier":..,"form":..,"label":{Annex E fields}|null,"compliant":..,"violations":[..],"notes":[..]}}
     * for reports and the CLI.
     */
    public ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("carrier", carrier);
        n.put("form", form.name());
        if (label.isPresent()) {
            ObjectNode fields = n.putObject("label");
            for (String f : AnnexE.FIELDS) {
                fields.put(f, label.get().value(f));
            }
        } else {
            n.putNull("label");
        }
        n.put("compliant", compliant());
        ArrayNode v = n.putArray("violations");
        compliance.violations().forEach(v::add);
        ArrayNode notes = n.putArray("notes");
        compliance.notes().forEach(notes::add);
        return n;
    }

    public FoundLabel withViolation(String reason) {
        return new FoundLabel(carrier, form, label, compliance.withViolation(reason));
    }

    public FoundLabel withNote(String note) {
        return new FoundLabel(carrier, form, label, compliance.withNote(note));
    }
}
