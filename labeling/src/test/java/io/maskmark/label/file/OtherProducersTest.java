package io.maskmark.label.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.label.AigcLabel;
import io.maskmark.label.FoundLabel;
import io.maskmark.label.LabelAction;
import io.maskmark.label.LabelingException;
import io.maskmark.label.PayloadForm;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;

/**
 * Files labelled the way other producers do it (reference §2.4, §2.7): they must be read, judged, and, when
 * relabelled, end with exactly one label that keeps their producer fields.
 */
class OtherProducersTest {
    static final String DOUBAO = "001191110102MACQD9K64010000";
    static final String HUAWEI_EXAMPLE = "001191440300708461136T1308L";
    static final AigcLabel UPSTREAM = new AigcLabel("1", DOUBAO, "b7c1e0d2-6a55-4c3e-9f0a-2d8e4b1c7a90", "",
            DOUBAO, "b7c1e0d2-6a55-4c3e-9f0a-2d8e4b1c7a90", "");

    private static FoundLabel only(FileInspection inspection) {
        assertEquals(1, inspection.labels().size(), inspection::toString);
        return inspection.labels().get(0);
    }

    private static void assertRelabelKeepsProducer(byte[] file, String name, AigcLabel upstream) {
        LabeledFile out = FileRoundTripTest.PLATFORM_LABELER.label(file, name);
        assertEquals(LabelAction.PROPAGATED, out.action());
        FileInspection after = FileInspector.inspect(out.content(), name);
        assertTrue(after.fileCompliance().compliant(), after::toString);
        AigcLabel l = after.label().orElseThrow();
        assertEquals(upstream.label(), l.label());
        assertEquals(upstream.contentProducer(), l.contentProducer());
        assertEquals(upstream.produceId(), l.produceId());
        assertEquals(upstream.reservedCode1(), l.reservedCode1());
        assertEquals(FileRoundTripTest.PLATFORM, l.contentPropagator());
    }

    static byte[] pngWithChunks(List<PngCarrier.Chunk> extra) throws Exception {
        List<PngCarrier.Chunk> chunks = new ArrayList<>(PngCarrier.chunks(Fixtures.png()));
        chunks.addAll(1, extra);
        return PngCarrier.serialise(chunks);
    }

    static PngCarrier.Chunk tEXt(String keyword, String text) {
        byte[] k = keyword.getBytes(StandardCharsets.ISO_8859_1);
        byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] data = new byte[k.length + 1 + t.length];
        System.arraycopy(k, 0, data, 0, k.length);
        System.arraycopy(t, 0, data, k.length + 1, t.length);
        return new PngCarrier.Chunk("tEXt", data);
    }

    @Test
    void pngTextChunkWithWrappedJson() throws Exception {
        byte[] png = pngWithChunks(List.of(tEXt("AIGC", UPSTREAM.toWrappedJson())));
        FileInspection inspection = FileInspector.inspect(png, "doubao.png");
        FoundLabel f = only(inspection);
        assertEquals("PNG tEXt AIGC", f.carrier());
        assertEquals(PayloadForm.WRAPPED_JSON, f.form());
        assertEquals(FileInspection.Verdict.COMPLIANT, inspection.verdict());
        assertEquals(UPSTREAM, f.label().orElseThrow());

        assertRelabelKeepsProducer(png, "doubao.png", UPSTREAM);
        byte[] relabelled = FileRoundTripTest.PLATFORM_LABELER.label(png, "doubao.png").content();
        FoundLabel after = only(FileInspector.inspect(relabelled, "doubao.png"));
        assertTrue(after.carrier().startsWith("PNG iTXt XML:com.adobe.xmp"), after::carrier);
    }

    @Test
    void xmpAttributeFormWithEscapedJson() throws Exception {
        String packet = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:TC260=\"http://www.tc260.org.cn/ns/AIGC/1.0/\" TC260:AIGC=\""
                + UPSTREAM.toJson().replace("\"", "&quot;") + "\"/></rdf:RDF></x:xmpmeta>";
        byte[] png = pngWithChunks(List.of(new PngCarrier.Chunk("iTXt", PngCarrier.iTxt(PngCarrier.XMP_KEYWORD, packet))));
        FoundLabel f = only(FileInspector.inspect(png, "picwish.png"));
        assertTrue(f.carrier().contains("XMP attribute"), f::carrier);
        assertEquals(PayloadForm.BARE_JSON, f.form());
        assertTrue(f.compliant(), f::toString);
        assertEquals(UPSTREAM, f.label().orElseThrow());

        byte[] relabelled = FileRoundTripTest.PLATFORM_LABELER.label(png, "picwish.png").content();
        FoundLabel after = only(FileInspector.inspect(relabelled, "picwish.png"));
        assertTrue(after.carrier().contains("XMP element"), "the rewrite uses the element form");
        assertRelabelKeepsProducer(png, "picwish.png", UPSTREAM);
    }

    @Test
    void jpegExifUserCommentWithWrappedJson() throws Exception {
        AigcLabel huawei = new AigcLabel("1", HUAWEI_EXAMPLE, "6d2f0c4a9b8e4f1aa3c5e7d9b1f30a22", "",
                HUAWEI_EXAMPLE, "6d2f0c4a9b8e4f1aa3c5e7d9b1f30a22", "");
        TiffOutputSet set = new TiffOutputSet();
        set.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_USER_COMMENT, huawei.toWrappedJson());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(Fixtures.jpeg(), out, set);
        byte[] jpeg = out.toByteArray();

        FoundLabel f = only(FileInspector.inspect(jpeg, "harmony.jpg"));
        assertEquals("JPEG EXIF UserComment", f.carrier());
        assertEquals(PayloadForm.WRAPPED_JSON, f.form());
        assertEquals(huawei, f.label().orElseThrow());

        assertRelabelKeepsProducer(jpeg, "harmony.jpg", huawei);
        byte[] relabelled = FileRoundTripTest.PLATFORM_LABELER.label(jpeg, "harmony.jpg").content();
        assertTrue(only(FileInspector.inspect(relabelled, "harmony.jpg")).carrier().startsWith("JPEG APP1 XMP"),
                "the UserComment copy is replaced by the XMP label");
    }

    @Test
    void markdownFrontMatterWithSevenSubKeys() {
        String md = "---\ntitle: Design notes\nAIGC:\n    Label: \"1\"\n    ContentProducer: 001191440300708461136T1XGW3\n"
                + "    ProduceID: 98adaa6f98486df4666888a6691e7607_35986ede9be611f1a98a525400f8a581\n"
                + "    ReservedCode1: S1LeLyLaqHjXq2Vb9mKc3w==\n"
                + "    ContentPropagator: 001191440300708461136T1XGW3\n"
                + "    PropagateID: 98adaa6f98486df4666888a6691e7607_35986ede9be611f1a98a525400f8a581\n"
                + "    ReservedCode2: S1LeLyLaqHjXq2Vb9mKc3w==\n---\n\n# Notes\n";
        byte[] bytes = md.getBytes(StandardCharsets.UTF_8);
        FileInspection inspection = FileInspector.inspect(bytes, "notes.md");
        FoundLabel f = only(inspection);
        assertEquals(PayloadForm.YAML_MAPPING, f.form());
        assertEquals(FileInspection.Verdict.COMPLIANT, inspection.verdict(), inspection::toString);
        AigcLabel l = f.label().orElseThrow();
        assertEquals("001191440300708461136T1XGW3", l.contentProducer());
        assertEquals("S1LeLyLaqHjXq2Vb9mKc3w==", l.reservedCode1());

        assertRelabelKeepsProducer(bytes, "notes.md", l);
        String relabelled = new String(FileRoundTripTest.PLATFORM_LABELER.label(bytes, "notes.md").content(),
                StandardCharsets.UTF_8);
        assertTrue(relabelled.contains("title: Design notes"), "other front matter keys are kept");
        assertEquals(1, relabelled.split("\nAIGC:", -1).length - 1, "one AIGC block");
    }

    @Test
    void markdownWithNonCompliantLabelValueIsReportedAndKeptUnaltered() {
        String md = "---\nAIGC:\n    Label: AIGC\n    ContentProducer: Minimax Agent AI\n"
                + "    ProduceID: 2f9c7e1a-4b6d-4e8f-9a0b-1c2d3e4f5a6b\n    ReservedCode1: 3045022100ab\n"
                + "    ContentPropagator: Minimax Agent AI\n    PropagateID: 2f9c7e1a-4b6d-4e8f-9a0b-1c2d3e4f5a6b\n"
                + "    ReservedCode2: 3045022100ab\n---\nText\n";
        byte[] bytes = md.getBytes(StandardCharsets.UTF_8);
        FileInspection inspection = FileInspector.inspect(bytes, "minimax.md");
        assertEquals(FileInspection.Verdict.NONCOMPLIANT, inspection.verdict());
        List<String> reasons = inspection.reasons();
        assertTrue(reasons.stream().anyMatch(r -> r.contains("Label must be \"1\", \"2\" or \"3\"")), reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.contains("ContentProducer contains U+0020")), reasons::toString);

        LabeledFile out = FileRoundTripTest.PLATFORM_LABELER.label(bytes, "minimax.md");
        AigcLabel after = FileInspector.inspect(out.content(), "minimax.md").label().orElseThrow();
        assertEquals("AIGC", after.label(), "a platform never alters the producer's fields");
        assertEquals("Minimax Agent AI", after.contentProducer());
        assertEquals(FileRoundTripTest.PLATFORM, after.contentPropagator());
    }

    @Test
    void markdownLabelOutsideFrontMatterIsFoundButMisplaced() {
        String md = "# Readme\n\nText.\n\n<details>\n\nAIGC:\n    Label: \"1\"\n    ContentProducer: X1\n    ProduceID: P1\n"
                + "    ReservedCode1: \"\"\n    ContentPropagator: X1\n    PropagateID: P1\n    ReservedCode2: \"\"\n\n</details>\n";
        FileInspection inspection = FileInspector.inspect(md.getBytes(StandardCharsets.UTF_8), "README.md");
        FoundLabel f = only(inspection);
        assertEquals("X1", f.label().orElseThrow().contentProducer());
        assertEquals(FileInspection.Verdict.NONCOMPLIANT, inspection.verdict());
        assertTrue(f.compliance().violations().stream().anyMatch(v -> v.contains("outside the YAML front matter")));
    }

    @Test
    void proseStartingWithAigcIsNotALabel() {
        String md = "# Glossary\n\nAIGC: content generated by AI models.\n\nAIGC:\n  - a list, not a label\n";
        byte[] bytes = md.getBytes(StandardCharsets.UTF_8);
        assertEquals(FileInspection.Verdict.NOT_FOUND, FileInspector.inspect(bytes, "g.md").verdict());
        String labelled = new String(FileRoundTripTest.GENERATOR.label(bytes, "g.md").content(), StandardCharsets.UTF_8);
        assertTrue(labelled.endsWith(md), "the body is kept as written");
    }

    @Test
    void mp4LabelledByFfmpegUseMetadataTags() {
        byte[] mp4 = Fixtures.resource("ffmpeg-labelled.mp4");
        FileInspection inspection = FileInspector.inspect(mp4, "ffmpeg-labelled.mp4");
        FoundLabel f = only(inspection);
        assertEquals("MP4 moov/udta/meta keys+ilst AIGC", f.carrier());
        assertEquals(FileInspection.Verdict.COMPLIANT, inspection.verdict());
        AigcLabel upstream = f.label().orElseThrow();
        assertEquals(DOUBAO, upstream.contentProducer());

        assertRelabelKeepsProducer(mp4, "ffmpeg-labelled.mp4", upstream);
        byte[] relabelled = FileRoundTripTest.PLATFORM_LABELER.label(mp4, "ffmpeg-labelled.mp4").content();
        assertTrue(new String(relabelled, StandardCharsets.ISO_8859_1).contains("mdtaencoder"),
                "ffmpeg's other key survives the rewrite");
    }

    @Test
    void wavChunkFromAnotherWriterNulTerminated() throws Exception {
        RiffFile riff = RiffFile.parse(Fixtures.wav(), "WAVE");
        List<RiffFile.Chunk> chunks = new ArrayList<>(riff.chunks);
        chunks.add(RiffFile.Chunk.of("AIGC", (UPSTREAM.toJson() + "\0").getBytes(StandardCharsets.UTF_8)));
        byte[] wav = RiffFile.of("WAVE", chunks).serialise();
        FoundLabel f = only(FileInspector.inspect(wav, "gtkit.wav"));
        assertEquals(UPSTREAM, f.label().orElseThrow());
        assertRelabelKeepsProducer(wav, "gtkit.wav", UPSTREAM);
    }

    @Test
    void twoDifferentLabelsAreNonCompliantAndNotRewritten() throws Exception {
        AigcLabel other = new AigcLabel("1", "ANOTHER", "id-2", "", "ANOTHER", "id-2", "");
        byte[] png = pngWithChunks(List.of(tEXt("AIGC", UPSTREAM.toWrappedJson()), tEXt("AIGC", other.toWrappedJson())));
        FileInspection inspection = FileInspector.inspect(png, "x.png");
        assertEquals(FileInspection.Verdict.NONCOMPLIANT, inspection.verdict());
        assertTrue(inspection.fileCompliance().violations().stream().anyMatch(v -> v.startsWith("2 different labels")));
        LabelingException e = assertThrows(LabelingException.class,
                () -> FileRoundTripTest.PLATFORM_LABELER.label(png, "x.png"));
        assertTrue(e.getMessage().contains("different labels"));
    }

    @Test
    void theSameLabelTwiceInOneCarrierBreaksTheOneLabelRule() throws Exception {
        byte[] png = pngWithChunks(List.of(tEXt("AIGC", UPSTREAM.toWrappedJson()), tEXt("AIGC", UPSTREAM.toWrappedJson())));
        FileInspection inspection = FileInspector.inspect(png, "x.png");
        assertEquals(FileInspection.Verdict.NONCOMPLIANT, inspection.verdict());
        assertTrue(inspection.fileCompliance().violations().get(0).contains("appears 2 times"));
        // A rewrite repairs it: one label, same producer fields.
        assertRelabelKeepsProducer(png, "x.png", UPSTREAM);
    }

    @Test
    void unreadableLabelIsReportedAndNeverReplaced() throws Exception {
        byte[] png = pngWithChunks(List.of(tEXt("AIGC", "{\"AIGC\":{\"Label\":\"1\",")));
        FileInspection inspection = FileInspector.inspect(png, "broken.png");
        FoundLabel f = only(inspection);
        assertEquals(PayloadForm.UNREADABLE, f.form());
        assertFalse(f.compliant());
        assertThrows(LabelingException.class, () -> FileRoundTripTest.GENERATOR.label(png, "broken.png"));
    }

    @Test
    void htmlEscapedJsonInATextChunk() throws Exception {
        byte[] png = pngWithChunks(List.of(tEXt("AIGC", UPSTREAM.toWrappedJson().replace("\"", "&quot;"))));
        FoundLabel f = only(FileInspector.inspect(png, "escaped.png"));
        assertEquals(UPSTREAM, f.label().orElseThrow());
        assertTrue(f.compliance().notes().contains("the JSON was HTML-entity-escaped"));
    }
}
