package io.maskmark.label;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.label.text.ExplicitTextLabeler;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Labels text records: the explicit label in the text, the Annex E label for the {@code AIGC} header and the
 * envelope, and the EU marking. Thread-safe; create one per configuration and reuse it.
 *
 * <p>Call it on the final text, after redaction: the explicit label is added last so redaction cannot touch
 * it. There is deliberately no way to remove a label.
 */
public final class TextLabeler {
    private final LabelingConfig config;
    private final LabelIssuer issuer;
    private final ExplicitTextLabeler explicit;
    private final RecordLabelInspector inspector = new RecordLabelInspector();

    private TextLabeler(LabelingConfig config) {
        this.config = config;
        this.issuer = config.issuer();
        this.explicit = new ExplicitTextLabeler(config.wording(), config.position(), config.language());
    }

    public static TextLabeler create(LabelingConfig config) {
        return new TextLabeler(config);
    }

    /** Labels text that arrived with no label information. */
    public LabeledText label(String text) {
        return label(text, null, null, false);
    }

    /**
     * Labels a record, taking what it already carries into account.
     *
     * @param aigcHeader        the incoming {@code AIGC} header value, or null
     * @param envelopeAigc      the incoming envelope {@code aigc} block, or null
     * @param declaredGenerated the uploader declared the content AI-generated (platform role, Label "2")
     * @throws LabelingException when the record carries an unreadable label or two different ones: replacing
     *                           them would remove a label, so the record must go to the dead-letter topic
     */
    public LabeledText label(String text, byte[] aigcHeader, JsonNode envelopeAigc, boolean declaredGenerated) {
        if (text == null) {
            throw new LabelingException("no text to label");
        }
        RecordInspection before = inspector.inspect(aigcHeader, envelopeAigc, text);
        if (before.label().isEmpty() && (before.header() == LabelPresence.INVALID
                || before.envelope() == LabelPresence.INVALID)) {
            throw new LabelingException("the record carries an unreadable AIGC label; refusing to replace it");
        }
        if (!before.notes().isEmpty()) {
            throw new LabelingException("the record's AIGC header and envelope label differ; refusing to pick one");
        }
        LabelDecision decision = issuer.decide(before.label(), declaredGenerated, before.explicitLabelPresent());
        String out = text;
        boolean added = false;
        int bodyOffset = 0;
        if (config.explicitLabel() && decision.label().isPresent()) {
            ContentAttribute attribute = decision.label().get().attribute().orElse(ContentAttribute.GENERATED);
            ExplicitTextLabeler.Result r = explicit.apply(text, attribute);
            out = r.text();
            added = r.added();
            bodyOffset = r.bodyOffset();
        }
        Optional<EuAiMarking> eu = decision.label()
                .filter(l -> l.attribute().filter(a -> a == ContentAttribute.GENERATED).isPresent())
                .map(l -> new EuAiMarking(config.digitalSourceType(),
                        l.contentProducer().isEmpty() ? config.serviceCode() : l.contentProducer(),
                        markingTime(decision, envelopeAigc)));
        return new LabeledText(out, decision.label(), decision.action(), eu, added, before, bodyOffset);
    }

    /** Reprocessing our own record keeps its original marking time, so the envelope does not change. */
    private Instant markingTime(LabelDecision decision, JsonNode envelopeAigc) {
        if (decision.action() == LabelAction.KEPT && envelopeAigc != null) {
            JsonNode ts = envelopeAigc.path("eu_marking").path("timestamp");
            if (ts.isTextual()) {
                try {
                    return Instant.parse(ts.textValue());
                } catch (DateTimeParseException ignored) {
                    // fall through to a fresh timestamp
                }
            }
        }
        return config.clock().instant();
    }
}
