package io.maskmark.label;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.label.text.ExplicitLabelDetector;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports the labels a text record carries, for ingest (how much of a corpus is AI-generated) and for the
 * propagation role. Stateless and thread-safe.
 */
public final class RecordLabelInspector {
    /** Kafka header carrying the Annex E JSON (bare form, UTF-8). */
    public static final String HEADER = AnnexE.KEY;
    static final String HEADER_CARRIER = "Kafka header AIGC";
    static final String ENVELOPE_CARRIER = "envelope aigc";

    private final ExplicitLabelDetector detector = new ExplicitLabelDetector();

    /**
     * @param aigcHeader   the value of the {@code AIGC} header, or null
     * @param envelopeAigc the envelope's {@code aigc} block (as {@link LabeledText#envelopeBlock()} writes it,
     *                     or a bare or wrapped Annex E object, or a JSON string), or null
     * @param text         the record's text, or null
     */
    public RecordInspection inspect(byte[] aigcHeader, JsonNode envelopeAigc, String text) {
        Optional<FoundLabel> header = Optional.ofNullable(aigcHeader).map(RecordLabelInspector::readHeader);
        Optional<FoundLabel> envelope = Optional.empty();
        Optional<String> dst = Optional.empty();
        if (envelopeAigc != null && !envelopeAigc.isNull() && !envelopeAigc.isMissingNode()) {
            if (envelopeAigc.has("label")) {
                envelope = Optional.of(LabelParser.parseNode(envelopeAigc.get("label"), ENVELOPE_CARRIER, false));
            } else if (!envelopeAigc.isObject() || envelopeAigc.has(AnnexE.KEY)
                    || AnnexE.FIELDS.stream().anyMatch(envelopeAigc::has)) {
                // a bare or wrapped Annex E object, or a JSON string, given directly
                envelope = Optional.of(LabelParser.parseNode(envelopeAigc, ENVELOPE_CARRIER, false));
            }
            JsonNode eu = envelopeAigc.path("eu_marking").path("digital_source_type");
            dst = eu.isTextual() ? Optional.of(eu.textValue()) : Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        if (header.flatMap(FoundLabel::label).isPresent() && envelope.flatMap(FoundLabel::label).isPresent()
                && !header.get().label().equals(envelope.get().label())) {
            notes.add("the AIGC header and the envelope label differ");
        }
        return new RecordInspection(LabelPresence.of(header), header, LabelPresence.of(envelope), envelope,
                text == null ? List.of() : detector.find(text), dst, notes);
    }

    private static FoundLabel readHeader(byte[] value) {
        try {
            String json = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value)).toString();
            return LabelParser.parse(json, HEADER_CARRIER);
        } catch (CharacterCodingException e) {
            return LabelParser.unreadable(HEADER_CARRIER, "the AIGC header is not UTF-8");
        }
    }
}
