package io.maskmark.label;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The GB 45438-2025 Annex E implicit label: seven string fields in a fixed order.
 *
 * <p>The record holds values as found or as issued; it does not judge them ({@link #compliance()} does), so a
 * non-compliant upstream label can be carried forward unaltered. Labels this library issues are always
 * compliant (see {@link LabelIssuer}). Values are never null; unknown fields are empty strings, as the
 * guides and real files do.
 */
public record AigcLabel(
        String label,
        String contentProducer,
        String produceId,
        String reservedCode1,
        String contentPropagator,
        String propagateId,
        String reservedCode2) {

    private static final JsonFactory JSON = new JsonFactory();

    public AigcLabel {
        Objects.requireNonNull(label, AnnexE.LABEL);
        Objects.requireNonNull(contentProducer, AnnexE.CONTENT_PRODUCER);
        Objects.requireNonNull(produceId, AnnexE.PRODUCE_ID);
        Objects.requireNonNull(reservedCode1, AnnexE.RESERVED_CODE_1);
        Objects.requireNonNull(contentPropagator, AnnexE.CONTENT_PROPAGATOR);
        Objects.requireNonNull(propagateId, AnnexE.PROPAGATE_ID);
        Objects.requireNonNull(reservedCode2, AnnexE.RESERVED_CODE_2);
    }

    /** The values in Annex E order. */
    public List<String> values() {
        return List.of(label, contentProducer, produceId, reservedCode1, contentPropagator, propagateId,
                reservedCode2);
    }

    public String value(String field) {
        int i = AnnexE.FIELDS.indexOf(field);
        if (i < 0) {
            throw new IllegalArgumentException("not an Annex E field: " + field);
        }
        return values().get(i);
    }

    public Optional<ContentAttribute> attribute() {
        return ContentAttribute.fromCode(label);
    }

    /** Bare form {@code {"Label":"1",...}}: what the TC260 guides put under a key or element named AIGC. */
    public String toJson() {
        return write(false);
    }

    /** Wrapped form {@code {"AIGC":{"Label":"1",...}}} of Annex E b), for carriers without an AIGC-named key. */
    public String toWrappedJson() {
        return write(true);
    }

    public Compliance compliance() {
        return LabelRules.check(this);
    }

    /**
     * A copy with the propagation fields replaced; the producer fields (Label, ContentProducer, ProduceID,
     * ReservedCode1) are never touched by a propagation platform.
     */
    AigcLabel withPropagation(String propagator, String propagateId, String reservedCode2) {
        return new AigcLabel(label, contentProducer, produceId, reservedCode1, propagator, propagateId,
                reservedCode2);
    }

    AigcLabel withReservedCode1(String code) {
        return new AigcLabel(label, contentProducer, produceId, code, contentPropagator, propagateId,
                reservedCode2);
    }

    AigcLabel withReservedCode2(String code) {
        return new AigcLabel(label, contentProducer, produceId, reservedCode1, contentPropagator, propagateId,
                code);
    }

    /**
     * The members {@code "Label":"..","ContentProducer":"..","ProduceID":".."} without braces: the message a
     * producer signs (TC260-PG-202511A appendix A.1 as reported in the reference, §2.5).
     */
    public String producerSigningMessage() {
        return members(0, 3);
    }

    /**
     * The members {@code "Label":"..","ContentPropagator":"..","PropagateID":".."}: what a propagation
     * platform signs into ReservedCode2. The guide's propagator message is not known to us; this mirrors the
     * producer rule (our assumption, documented in the README).
     */
    public String propagatorSigningMessage() {
        String all = members(0, 1);
        return all + "," + members(4, 6);
    }

    private String members(int from, int to) {
        // Serialised with the same generator as the full object, so escaping is identical.
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            for (int i = from; i < to; i++) {
                g.writeStringField(AnnexE.FIELDS.get(i), values().get(i));
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String s = out.toString();
        return s.substring(1, s.length() - 1);
    }

    private String write(boolean wrapped) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            if (wrapped) {
                g.writeObjectFieldStart(AnnexE.KEY);
            }
            List<String> values = values();
            for (int i = 0; i < AnnexE.FIELDS.size(); i++) {
                g.writeStringField(AnnexE.FIELDS.get(i), values.get(i));
            }
            if (wrapped) {
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return toJson();
    }
}
