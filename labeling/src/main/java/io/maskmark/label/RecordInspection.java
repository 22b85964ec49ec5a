package io.maskmark.label;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.label.text.ExplicitLabelMatch;
import java.util.List;
import java.util.Optional;

/**
 * What labels a text record already carries: the {@code AIGC} Kafka header, the envelope's {@code aigc}
 * block, and explicit wording in the text.
 *
 * @param digitalSourceType the IPTC URI in the envelope's EU marking, if any
 * @param notes             cross-carrier observations (e.g. header and envelope disagree)
 */
public record RecordInspection(
        LabelPresence header,
        Optional<FoundLabel> headerLabel,
        LabelPresence envelope,
        Optional<FoundLabel> envelopeLabel,
        List<ExplicitLabelMatch> explicitLabels,
        Optional<String> digitalSourceType,
        List<String> notes) {

    public RecordInspection {
        explicitLabels = List.copyOf(explicitLabels);
        notes = List.copyOf(notes);
    }

    /** How a record shows itself as AI-generated, strongest first: for ingest counts and metric labels. */
    public enum Signal {
        /** A readable Annex E label in the header or envelope. */
        METADATA_LABEL,
        /** An EU digital source type declaring AI, without an Annex E label. */
        EU_MARKING,
        /** Only an explicit label-like wording in the text. */
        EXPLICIT_LABEL,
        /** Something named AIGC that could not be read, and nothing else. */
        INVALID_LABEL,
        NONE
    }

    /** The readable label: the header's when present, else the envelope's. */
    public Optional<AigcLabel> label() {
        return headerLabel.flatMap(FoundLabel::label).or(() -> envelopeLabel.flatMap(FoundLabel::label));
    }

    /** True when an explicit label stands as a label (not a mention of AI in prose). */
    public boolean explicitLabelPresent() {
        return explicitLabels.stream().anyMatch(ExplicitLabelMatch::labelLike);
    }

    /**
     * A report for the output envelope or the DLQ: presence per carrier, the labels found, and explicit label
     * positions as Unicode code point offsets (end exclusive) into {@code text}.
     */
    public ObjectNode toJson(String text) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("signal", signal().name());
        n.put("header", header.name());
        headerLabel.ifPresent(f -> n.set("header_label", f.toJson()));
        n.put("envelope", envelope.name());
        envelopeLabel.ifPresent(f -> n.set("envelope_label", f.toJson()));
        ArrayNode explicit = n.putArray("explicit_labels");
        for (ExplicitLabelMatch m : explicitLabels) {
            ObjectNode e = explicit.addObject();
            e.put("start", m.codePointStart(text));
            e.put("end", m.codePointEnd(text));
            e.put("placement", m.placement().name());
            e.put("label_like", m.labelLike());
        }
        digitalSourceType.ifPresent(d -> n.put("digital_source_type", d));
        ArrayNode ns = n.putArray("notes");
        notes.forEach(ns::add);
        return n;
    }

    public Signal signal() {
        if (label().isPresent()) {
            return Signal.METADATA_LABEL;
        }
        if (digitalSourceType.filter(DigitalSourceType::isAiUri).isPresent()) {
            return Signal.EU_MARKING;
        }
        if (explicitLabelPresent()) {
            return Signal.EXPLICIT_LABEL;
        }
        if (header == LabelPresence.INVALID || envelope == LabelPresence.INVALID) {
            return Signal.INVALID_LABEL;
        }
        return Signal.NONE;
    }
}
