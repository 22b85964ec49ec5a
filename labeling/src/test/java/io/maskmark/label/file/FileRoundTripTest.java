package io.maskmark.label.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.label.AigcLabel;
import io.maskmark.label.FoundLabel;
import io.maskmark.label.LabelAction;
import io.maskmark.label.LabelingConfig;
import io.maskmark.label.PayloadForm;
import io.maskmark.label.Role;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FileRoundTripTest {
    static final String PRODUCER = "001191440300708461136T1XGW3";
    static final String PLATFORM = "001191110102MAD55U9H0F10002";

    static final FileLabeler GENERATOR = FileLabeler.create(LabelingConfig.builder(PRODUCER).build());
    static final FileLabeler PLATFORM_LABELER = FileLabeler.create(LabelingConfig.builder(PLATFORM)
            .role(Role.PROPAGATION_PLATFORM).build());

    @ParameterizedTest
    @EnumSource(Fixtures.Sample.class)
    void writtenLabelReadsBackAsTheOnlyCompliantLabel(Fixtures.Sample sample) {
        byte[] original = sample.bytes();
        FileInspection before = FileInspector.inspect(original, sample.fileName);
        assertEquals(FileInspection.Verdict.NOT_FOUND, before.verdict(), () -> sample + " " + before);

        LabeledFile labelled = GENERATOR.label(original, sample.fileName);
        assertEquals(LabelAction.CREATED, labelled.action());
        AigcLabel label = labelled.label().orElseThrow();
        assertEquals(PRODUCER, label.contentProducer());

        FileInspection after = FileInspector.inspect(labelled.content(), sample.fileName);
        assertEquals(FileInspection.Verdict.COMPLIANT, after.verdict(), () -> sample + " " + after);
        assertEquals(label, after.label().orElseThrow());
        for (FoundLabel f : after.labels()) {
            assertTrue(f.form() == PayloadForm.BARE_JSON || f.form() == PayloadForm.YAML_MAPPING,
                    () -> sample + " writes the bare form under an AIGC-named key, got " + f);
            assertFalse(f.carrier().contains("XMP attribute"), () -> sample + " writes the XMP element form");
        }
    }

    @ParameterizedTest
    @EnumSource(Fixtures.Sample.class)
    void propagatorRewriteReplacesTheLabelAndKeepsTheProducerFields(Fixtures.Sample sample) {
        byte[] first = GENERATOR.label(sample.bytes(), sample.fileName).content();
        AigcLabel original = FileInspector.inspect(first, sample.fileName).label().orElseThrow();

        LabeledFile second = PLATFORM_LABELER.label(first, sample.fileName);
        assertEquals(LabelAction.PROPAGATED, second.action());
        FileInspection after = FileInspector.inspect(second.content(), sample.fileName);
        assertEquals(FileInspection.Verdict.COMPLIANT, after.verdict(), () -> sample + " " + after);
        AigcLabel rewritten = after.label().orElseThrow();
        assertEquals(original.label(), rewritten.label());
        assertEquals(original.contentProducer(), rewritten.contentProducer());
        assertEquals(original.produceId(), rewritten.produceId());
        assertEquals(original.reservedCode1(), rewritten.reservedCode1());
        assertEquals(PLATFORM, rewritten.contentPropagator());
        assertFalse(rewritten.propagateId().equals(original.propagateId()));
    }

    @ParameterizedTest
    @EnumSource(Fixtures.Sample.class)
    void relabellingOurOwnFileKeepsTheLabel(Fixtures.Sample sample) {
        byte[] first = GENERATOR.label(sample.bytes(), sample.fileName).content();
        LabeledFile again = GENERATOR.label(first, sample.fileName);
        assertEquals(LabelAction.KEPT, again.action());
        FileInspection after = FileInspector.inspect(again.content(), sample.fileName);
        assertEquals(FileInspection.Verdict.COMPLIANT, after.verdict());
        assertEquals(FileInspector.inspect(first, sample.fileName).label(), after.label());
        List<String> carriers = after.labels().stream().map(FoundLabel::carrier).distinct().toList();
        assertEquals(after.labels().size(), carriers.size(), "no carrier holds the label twice");
    }

    @ParameterizedTest
    @EnumSource(value = Fixtures.Sample.class, names = {"WAV", "MARKDOWN", "HTML"})
    void rewritingPreservesTheRestOfTheFile(Fixtures.Sample sample) {
        byte[] original = sample.bytes();
        byte[] labelled = FileLabeler.create(LabelingConfig.builder(PRODUCER).explicitLabel(false).build())
                .label(original, sample.fileName).content();
        String before = new String(original, java.nio.charset.StandardCharsets.ISO_8859_1);
        String after = new String(labelled, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (sample == Fixtures.Sample.WAV) {
            // Every original chunk survives byte for byte; only the RIFF size and the AIGC chunk differ.
            assertArrayEquals(java.util.Arrays.copyOfRange(original, 8, original.length),
                    java.util.Arrays.copyOfRange(labelled, 8, original.length));
        } else {
            for (String line : before.split("\n")) {
                assertTrue(after.contains(line), () -> sample + " lost a line");
            }
        }
    }
}
