package io.maskmark.label;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A labelled text record.
 *
 * @param text                the text to forward (with the explicit label when one was added or already there)
 * @param label               the Annex E label the record leaves with; empty only for a propagation platform
 *                            that found no sign of generated content
 * @param action              how the label came about
 * @param euMarking           the EU Art. 50 marking, for content whose label says "1"
 * @param explicitLabelAdded  the visible label was inserted by this call
 * @param upstream            what the record carried before
 * @param bodyOffset          where the text given to the labeler starts inside {@code text} (after a label
 *                            added at the start), in UTF-16 units
 */
public record LabeledText(
        String text,
        Optional<AigcLabel> label,
        LabelAction action,
        Optional<EuAiMarking> euMarking,
        boolean explicitLabelAdded,
        RecordInspection upstream,
        int bodyOffset) {

    /** The value for the Kafka header named {@link RecordLabelInspector#HEADER}: bare Annex E JSON, UTF-8. */
    public Optional<byte[]> headerValue() {
        return label.map(l -> l.toJson().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The envelope's {@code aigc} block: {@code {"label":{Annex E fields},"eu_marking":{...},"explicit_label":true}}.
     * {@link RecordLabelInspector} reads it back.
     */
    public Optional<ObjectNode> envelopeBlock() {
        return label.map(l -> {
            ObjectNode block = JsonNodeFactory.instance.objectNode();
            ObjectNode fields = block.putObject("label");
            for (String f : AnnexE.FIELDS) {
                fields.put(f, l.value(f));
            }
            euMarking.ifPresent(m -> block.set("eu_marking", m.toJson()));
            block.put("explicit_label", explicitLabelAdded || upstream.explicitLabelPresent());
            return block;
        });
    }
}
