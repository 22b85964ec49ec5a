package io.maskmark.label;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The EU AI Act Art. 50(2) machine-readable marking of a text record: the IPTC digital source type, who
 * produced it and when. Carried in the record's JSON envelope next to the Annex E label.
 */
public record EuAiMarking(DigitalSourceType digitalSourceType, String producer, Instant timestamp) {

    public EuAiMarking {
        Objects.requireNonNull(digitalSourceType, "digital_source_type");
        Objects.requireNonNull(producer, "producer");
        timestamp = Objects.requireNonNull(timestamp, "timestamp").truncatedTo(ChronoUnit.MILLIS);
    }

    /** {@code {"digital_source_type":"http://cv.iptc.org/...","producer":"...","timestamp":"...Z"}}. */
    public ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("digital_source_type", digitalSourceType.uri());
        n.put("producer", producer);
        n.put("timestamp", timestamp.toString());
        return n;
    }
}
