package io.maskmark.label;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.label.text.ExplicitLabelPosition;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TextLabelerTest {
    static final String PRODUCER = "001191440300708461136T1XGW3";
    static final String PLATFORM = "001191110102MAD55U9H0F10002";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-02T10:00:00Z"), ZoneOffset.UTC);
    static final ObjectMapper JSON = new ObjectMapper();

    final TextLabeler generator = TextLabeler.create(LabelingConfig.builder(PRODUCER).clock(CLOCK).build());
    final TextLabeler platform = TextLabeler.create(LabelingConfig.builder(PLATFORM)
            .role(Role.PROPAGATION_PLATFORM).clock(CLOCK).build());
    final RecordLabelInspector inspector = new RecordLabelInspector();

    @Test
    void generatedRecordGetsExplicitImplicitAndEuLabels() throws Exception {
        LabeledText r = generator.label("明天北京有小雨，气温12到18度。");
        assertEquals("本内容由人工智能生成\n\n明天北京有小雨，气温12到18度。", r.text());
        assertEquals(LabelAction.CREATED, r.action());
        AigcLabel label = r.label().orElseThrow();
        assertEquals(label.toJson(), new String(r.headerValue().orElseThrow(), StandardCharsets.UTF_8));

        ObjectNode block = r.envelopeBlock().orElseThrow();
        assertEquals(label.toJson(), JSON.writeValueAsString(block.get("label")), "envelope keeps the Annex E order");
        assertEquals("http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia",
                block.at("/euMarking/digitalSourceType").asText());
        assertEquals(PRODUCER, block.at("/euMarking/producer").asText());
        assertEquals("2026-08-02T10:00:00Z", block.at("/euMarking/timestamp").asText());
        assertTrue(block.get("explicit_label").asBoolean());
    }

    @Test
    void inspectorReadsBackWhatTheLabelerWrote() {
        LabeledText r = generator.label("Rain tomorrow.");
        RecordInspection seen = inspector.inspect(r.headerValue().orElseThrow(), r.envelopeBlock().orElseThrow(), r.text());
        assertEquals(LabelPresence.PRESENT, seen.header());
        assertEquals(LabelPresence.PRESENT, seen.envelope());
        assertEquals(r.label(), seen.label());
        assertTrue(seen.explicitLabelPresent());
        assertEquals(RecordInspection.Signal.METADATA_LABEL, seen.signal());
        assertTrue(seen.headerLabel().orElseThrow().compliant());
    }

    @Test
    void reprocessingOurOwnRecordChangesNothing() {
        LabeledText first = generator.label("Rain tomorrow.");
        TextLabeler later = TextLabeler.create(LabelingConfig.builder(PRODUCER)
                .clock(Clock.offset(CLOCK, java.time.Duration.ofHours(1))).build());
        LabeledText again = later.label(first.text(), first.headerValue().orElseThrow(),
                first.envelopeBlock().orElseThrow(), false);
        assertEquals(LabelAction.KEPT, again.action());
        assertEquals(first.text(), again.text());
        assertFalse(again.explicitLabelAdded());
        assertEquals(first.envelopeBlock(), again.envelopeBlock());
        assertArrayEquals(first.headerValue().orElseThrow(), again.headerValue().orElseThrow());
    }

    @Test
    void platformKeepsAnUpstreamHeaderLabel() {
        AigcLabel upstream = new AigcLabel("1", "VENDOR1", "v-9", "sig", "VENDOR1", "v-9", "sig");
        LabeledText r = platform.label("Some text.", upstream.toJson().getBytes(StandardCharsets.UTF_8), null, false);
        AigcLabel l = r.label().orElseThrow();
        assertEquals(LabelAction.PROPAGATED, r.action());
        assertEquals(upstream.values().subList(0, 4), l.values().subList(0, 4));
        assertEquals(PLATFORM, l.contentPropagator());
        assertEquals("VENDOR1", r.euMarking().orElseThrow().producer());
    }

    @Test
    void platformLabelsDeclaredAndDetectedContent() {
        LabeledText declared = platform.label("A poem about the sea.", null, null, true);
        assertEquals("2", declared.label().orElseThrow().label());
        assertTrue(declared.text().startsWith("Possibly AI-generated content"));
        assertTrue(declared.euMarking().isEmpty(), "no EU marking is claimed for 'possibly'");

        LabeledText traced = platform.label("由AI生成\n\n一首关于大海的诗。", null, null, false);
        assertEquals("3", traced.label().orElseThrow().label());
        assertFalse(traced.explicitLabelAdded(), "the upstream explicit label already stands at the start");

        LabeledText plain = platform.label("Lunch at noon?", null, null, false);
        assertEquals(LabelAction.NONE, plain.action());
        assertTrue(plain.label().isEmpty());
        assertEquals("Lunch at noon?", plain.text());
        assertTrue(plain.headerValue().isEmpty());
    }

    @Test
    void unreadableOrConflictingUpstreamLabelsAreRefused() {
        assertThrows(LabelingException.class,
                () -> platform.label("x", "{not json".getBytes(StandardCharsets.UTF_8), null, false));
        AigcLabel a = new AigcLabel("1", "A", "1", "", "A", "1", "");
        AigcLabel b = new AigcLabel("1", "B", "2", "", "B", "2", "");
        assertThrows(LabelingException.class, () -> platform.label("x", a.toJson().getBytes(StandardCharsets.UTF_8),
                parse(b.toWrappedJson()), false));
    }

    @Test
    void inspectorReportsEveryCarrierSeparately() {
        RecordInspection none = inspector.inspect(null, null, "Plain text.");
        assertEquals(RecordInspection.Signal.NONE, none.signal());
        assertEquals(LabelPresence.ABSENT, none.header());

        RecordInspection bad = inspector.inspect(new byte[] {(byte) 0xC3, 0x28}, null, "x");
        assertEquals(LabelPresence.INVALID, bad.header());
        assertEquals(RecordInspection.Signal.INVALID_LABEL, bad.signal());

        RecordInspection wrappedEnvelope = inspector.inspect(null, parse(
                new AigcLabel("1", "P", "i", "", "P", "i", "").toWrappedJson()), "x");
        assertEquals(LabelPresence.PRESENT, wrappedEnvelope.envelope());
        assertEquals(PayloadForm.WRAPPED_JSON, wrappedEnvelope.envelopeLabel().orElseThrow().form());

        RecordInspection explicitOnly = inspector.inspect(null, null, "Answer text.\n\n[AI-generated]");
        assertEquals(RecordInspection.Signal.EXPLICIT_LABEL, explicitOnly.signal());

        ObjectNode euOnly = JSON.createObjectNode();
        euOnly.putObject("eu_marking").put("digital_source_type", DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA.uri());
        RecordInspection eu = inspector.inspect(null, euOnly, "x");
        assertEquals(RecordInspection.Signal.EU_MARKING, eu.signal());
        assertEquals(LabelPresence.ABSENT, eu.envelope(), "an aigc block with only the EU marking has no Annex E label");
        RecordInspection junk = inspector.inspect("{\"foo\":\"bar\"}".getBytes(StandardCharsets.UTF_8), null, "x");
        assertEquals(LabelPresence.INVALID, junk.header(), "an object without Annex E fields is not a label");
    }

    @Test
    void explicitLabelCanBeTurnedOffAndPlacedAtTheEnd() {
        TextLabeler quiet = TextLabeler.create(LabelingConfig.builder(PRODUCER).explicitLabel(false).build());
        assertEquals("Rain.", quiet.label("Rain.").text());
        TextLabeler end = TextLabeler.create(LabelingConfig.builder(PRODUCER).position(ExplicitLabelPosition.END).build());
        assertEquals("Rain.\n\nAI-generated content", end.label("Rain.").text());
        TextLabeler composite = TextLabeler.create(LabelingConfig.builder(PRODUCER)
                .digitalSourceType(DigitalSourceType.COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA).build());
        assertEquals("http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia",
                composite.label("x").euMarking().orElseThrow().digitalSourceType().uri());
    }

    @Test
    void inspectionReportUsesCodePointOffsets() {
        String text = "😀😀 answer\n\n【AI生成】";
        LabeledText r = generator.label("x");
        JsonNode report = inspector.inspect(r.headerValue().orElseThrow(), null, text).toJson(text);
        assertEquals("METADATA_LABEL", report.get("signal").asText());
        assertEquals("PRESENT", report.get("header").asText());
        assertEquals("ABSENT", report.get("envelope").asText());
        assertEquals(r.label().orElseThrow().produceId(), report.at("/headerLabel/label/ProduceID").asText());
        JsonNode m = report.at("/explicitLabels/0");
        assertEquals(12, m.get("start").asInt(), "code points, not UTF-16 units");
        assertEquals(16, m.get("end").asInt());
        assertEquals("END", m.get("placement").asText());
        assertTrue(m.get("label_like").asBoolean());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
