package io.maskmark.label.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.label.LabelingConfig;
import io.maskmark.label.LabelingException;
import io.maskmark.label.text.ExplicitLabelPosition;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a label write must not disturb, and the explicit label in text files. */
class FileDetailsTest {
    static final FileLabeler LABELER = FileRoundTripTest.GENERATOR;

    @ParameterizedTest
    @ValueSource(strings = {"image.png", "image.jpg"})
    void imagePixelsAreUntouched(String name) throws Exception {
        byte[] original = name.endsWith("png") ? Fixtures.png() : Fixtures.jpeg();
        byte[] labelled = LABELER.label(original, name).content();
        BufferedImage a = ImageIO.read(new ByteArrayInputStream(original));
        BufferedImage b = ImageIO.read(new ByteArrayInputStream(labelled));
        assertEquals(a.getWidth(), b.getWidth());
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                assertEquals(a.getRGB(x, y), b.getRGB(x, y));
            }
        }
    }

    @Test
    void webpSimpleFileBecomesExtendedWithTheCanvasSize() throws Exception {
        for (String name : List.of("image-lossy.webp", "image-lossless.webp")) {
            byte[] labelled = LABELER.label(Fixtures.resource(name), name).content();
            RiffFile riff = RiffFile.parse(labelled, "WEBP");
            byte[] vp8x = riff.chunks.get(0).data();
            assertEquals("VP8X", riff.chunks.get(0).id());
            assertEquals(0x04, vp8x[0] & 0x04, "XMP flag");
            assertEquals(15, (vp8x[4] & 0xFF) | (vp8x[5] & 0xFF) << 8, "canvas width - 1");
            assertEquals(15, (vp8x[7] & 0xFF) | (vp8x[8] & 0xFF) << 8, "canvas height - 1");
            assertEquals("XMP ", riff.chunks.get(riff.chunks.size() - 1).id());
        }
        byte[] alpha = LABELER.label(Fixtures.resource("image-alpha.webp"), "a.webp").content();
        assertEquals(0x14, RiffFile.parse(alpha, "WEBP").chunks.get(0).data()[0] & 0x14, "alpha flag kept, XMP added");
    }

    @ParameterizedTest
    @ValueSource(strings = {"clip.mp4", "clip-faststart.mp4", "tone.m4a"})
    void mp4ChunkOffsetsStillPointAtTheSameSamples(String name) throws Exception {
        byte[] original = Fixtures.resource(name);
        byte[] labelled = LABELER.label(original, name).content();
        List<Long> before = chunkOffsets(original);
        List<Long> after = chunkOffsets(labelled);
        assertEquals(before.size(), after.size());
        assertFalse(before.isEmpty());
        for (int i = 0; i < before.size(); i++) {
            int o = before.get(i).intValue();
            int n = after.get(i).intValue();
            assertArrayEquals(Arrays.copyOfRange(original, o, o + 16), Arrays.copyOfRange(labelled, n, n + 16),
                    name + " chunk " + i);
        }
        if (name.contains("faststart")) {
            assertTrue(after.get(0) > before.get(0), "moov grew in front of mdat, so the offsets moved");
        }
    }

    private static List<Long> chunkOffsets(byte[] b) throws Exception {
        List<Long> out = new ArrayList<>();
        IsoBoxes.Box moov = IsoBoxes.first(IsoBoxes.children(b, 0, b.length), "moov").orElseThrow();
        collect(b, IsoBoxes.children(b, moov.payload(), moov.end()), out);
        return out;
    }

    private static void collect(byte[] b, List<IsoBoxes.Box> boxes, List<Long> out) throws Exception {
        for (IsoBoxes.Box x : boxes) {
            switch (x.type()) {
                case "trak", "mdia", "minf", "stbl" -> collect(b, IsoBoxes.children(b, x.payload(), x.end()), out);
                case "stco" -> {
                    int n = (int) Bytes.u32be(b, x.payload() + 4);
                    for (int i = 0; i < n; i++) {
                        out.add(Bytes.u32be(b, x.payload() + 8 + 4 * i));
                    }
                }
                default -> {
                }
            }
        }
    }

    @Test
    void pdfAndDocxContentIsUntouched() throws Exception {
        byte[] pdf = LABELER.label(Fixtures.pdf(), "r.pdf").content();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals("A generated report.", new PDFTextStripper().getText(doc).strip());
            assertEquals("Report", doc.getDocumentInformation().getTitle());
        }
        byte[] docx = LABELER.label(Fixtures.docx(), "m.docx").content();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertEquals("A generated memo.", text.getText().strip());
            assertTrue(doc.getProperties().getCustomProperties().contains("Department"), "other custom properties kept");
        }
    }

    @Test
    void markdownAndHtmlGetTheExplicitLabelOnce() {
        byte[] md = LABELER.label(Fixtures.markdown(), "n.md").content();
        byte[] md2 = LABELER.label(md, "n.md").content();
        String text = new String(md2, StandardCharsets.UTF_8);
        assertEquals(1, text.split("本内容由人工智能生成|AI-generated content", -1).length - 1, text);
        assertTrue(text.endsWith("---\n\nAI-generated content\n\n# Notes\n\nThe build is green.\n"), text);

        FileLabeler both = FileLabeler.create(LabelingConfig.builder(FileRoundTripTest.PRODUCER)
                .position(ExplicitLabelPosition.BOTH).build());
        byte[] html = both.label(both.label(Fixtures.html(), "a.html").content(), "a.html").content();
        String page = new String(html, StandardCharsets.UTF_8);
        assertEquals(2, page.split("<p class=\"aigc-label\">", -1).length - 1, page);
        assertEquals(1, page.split("<meta name=\"AIGC\"", -1).length - 1, page);
        assertTrue(page.indexOf("<meta name=\"AIGC\"") < page.indexOf("</head>"));
    }

    @Test
    void pathApiWritesTheOutputFile(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.wav");
        Path out = dir.resolve("out.wav");
        Files.write(in, Fixtures.wav());
        LabeledFile r = LABELER.label(in, out);
        assertEquals(FileInspection.Verdict.COMPLIANT, FileInspector.inspect(out).verdict());
        assertEquals(r.label(), FileInspector.inspect(out).label());
        assertArrayEquals(Fixtures.wav(), Files.readAllBytes(in), "the input is not modified");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void inspectionReportForTheCli() throws Exception {
        byte[] png = OtherProducersTest.pngWithChunks(List.of(
                OtherProducersTest.tEXt("AIGC", "{\"AIGC\":{\"Label\":\"AIGC\",\"ContentProducer\":\"P\"}}")));
        com.fasterxml.jackson.databind.JsonNode report = FileInspector.inspect(png, "x.png").toJson();
        assertEquals("PNG", report.get("type").asText());
        assertEquals("NONCOMPLIANT", report.get("verdict").asText());
        assertEquals("PNG tEXt AIGC", report.at("/labels/0/carrier").asText());
        assertEquals("WRAPPED_JSON", report.at("/labels/0/form").asText());
        assertEquals("P", report.at("/labels/0/label/ContentProducer").asText());
        assertFalse(report.at("/labels/0/compliant").asBoolean());
        assertTrue(report.at("/labels/0/violations").toString().contains("missing field ProduceID"));
    }

    @Test
    void unsupportedAndDamagedFilesFailWithAClearReason() {
        LabelingException unsupported = assertThrows(LabelingException.class,
                () -> LABELER.label("just text".getBytes(StandardCharsets.UTF_8), "notes.txt"));
        assertTrue(unsupported.getMessage().startsWith("not a supported file type"));
        assertEquals(FileInspection.Verdict.UNSUPPORTED, FileInspector.inspect(new byte[] {1, 2, 3}, "x.bin").verdict());

        byte[] truncated = Arrays.copyOf(Fixtures.png(), 40);
        FileInspection damaged = FileInspector.inspect(truncated, "x.png");
        assertEquals(FileInspection.Verdict.UNREADABLE, damaged.verdict());
        LabelingException e = assertThrows(LabelingException.class, () -> LABELER.label(truncated, "x.png"));
        assertTrue(e.getMessage().startsWith("PNG: "), e.getMessage());
    }
}
