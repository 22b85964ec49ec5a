package io.maskmark.label.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.label.FoundLabel;
import io.maskmark.label.LabelParser;
import io.maskmark.label.LabelingException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Damaged files and malformed metadata, each with its expected clear outcome: a verdict with a
 * reason (UNREADABLE, NOT_FOUND, NONCOMPLIANT) or a {@link LabelingException}, never another
 * exception, a stack overflow or an expanded entity.
 */
class HostileInputCatalogueTest {

    private static final String LABEL = "{\"AIGC\":{\"Label\":\"1\",\"ContentProducer\":\"001191440300708461136T1XGW3\","
            + "\"ProduceID\":\"p1\",\"ReservedCode1\":\"\",\"ContentPropagator\":\"\",\"PropagateID\":\"\","
            + "\"ReservedCode2\":\"\"}}";

    @ParameterizedTest
    @EnumSource(Fixtures.Sample.class)
    void truncatedAndCorruptedFilesGetAVerdictNotAnException(Fixtures.Sample sample) {
        byte[] labelled = FileRoundTripTest.GENERATOR.label(sample.bytes(), sample.fileName).content();
        Random random = new Random(sample.ordinal());
        for (int cut : new int[] {1, 8, 64, labelled.length / 2, labelled.length - 1}) {
            check(sample, Arrays.copyOf(labelled, Math.min(cut, labelled.length)));
        }
        for (int round = 0; round < 20; round++) {
            byte[] damaged = labelled.clone();
            for (int i = 0; i < 8; i++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            check(sample, damaged);
        }
    }

    private static void check(Fixtures.Sample sample, byte[] content) {
        FileInspection inspection = FileInspector.inspect(content, sample.fileName);
        boolean unreadable = inspection.verdict() == FileInspection.Verdict.UNREADABLE
                || inspection.verdict() == FileInspection.Verdict.UNSUPPORTED;
        assertEquals(unreadable, inspection.error().filter(e -> !e.isBlank()).isPresent(),
                () -> sample + ": " + inspection.verdict() + " with error " + inspection.error());
        try {
            FileRoundTripTest.GENERATOR.label(content, sample.fileName);
        } catch (LabelingException refused) {
            assertFalse(refused.getMessage().isBlank(), () -> sample + ": refused without a reason");
        }
    }

    @Test
    void anXmpPacketNestedAHundredThousandDeepDoesNotOverflowTheStack() {
        // nested structs: xmpcore's RDF parser recurses once per level
        String packet = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description xmlns:e=\"http://example.com/e/\" xmlns:TC260=\"http://www.tc260.org.cn/ns/AIGC/1.0/\">"
                + "<e:p rdf:parseType=\"Resource\">".repeat(100_000)
                + "<TC260:AIGC>" + LABEL.replace("\"", "&quot;") + "</TC260:AIGC>" + "</e:p>".repeat(100_000)
                + "</rdf:Description></rdf:RDF></x:xmpmeta>";
        List<FoundLabel> found = XmpLabels.read(packet, "test");
        assertEquals(1, found.size());
        assertTrue(found.get(0).label().isPresent());
        assertTrue(found.get(0).compliance().notes().stream().anyMatch(n -> n.contains("deeper than")));
        assertThrows(LabelFileException.class, () -> XmpLabels.update(packet,
                found.get(0).label().orElseThrow(), Optional.empty()));
    }

    @Test
    void entityExpansionAndExternalEntitiesInXmpAreNotResolved() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"" + "ha".repeat(50) + "\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description xmlns:TC260=\"http://www.tc260.org.cn/ns/AIGC/1.0/\"><TC260:AIGC>&g;</TC260:AIGC>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>";
        for (FoundLabel f : XmpLabels.read(laughs, "test")) {
            assertTrue(f.label().isEmpty(), "an expanded entity is not a label");
        }
        String external = laughs.replaceFirst("<!DOCTYPE x \\[.*]>",
                "<!DOCTYPE x [<!ENTITY g SYSTEM \"file:///etc/hostname\">]>");
        for (FoundLabel f : XmpLabels.read(external, "test")) {
            assertTrue(f.label().isEmpty(), "an external entity is not read");
        }
    }

    @Test
    void malformedLabelValuesAreReportedAsUnreadable() {
        List<String> values = List.of("", "   ", "{", "[".repeat(100_000), "{\"AIGC\":" .repeat(100_000),
                "\u0000\u0001", "\"" + "\\\"".repeat(50_000) + "\"", "{\"AIGC\":{\"Label\":\"1\",\"Label\":\"2\"}}",
                "&quot;".repeat(1_000), "{\"AIGC\":\"" + "x".repeat(1_000_000) + "\"}");
        for (String v : values) {
            FoundLabel f = LabelParser.parse(v, "test");
            assertTrue(f.label().isEmpty(), () -> "a label from " + v.length() + " chars of garbage");
            assertFalse(f.compliant());
        }
    }
}
