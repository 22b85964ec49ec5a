package io.maskmark.label.file;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files to label: generated here where Java can make them, read from test resources otherwise. */
final class Fixtures {
    private Fixtures() {
    }

    static BufferedImage image() {
        BufferedImage img = new BufferedImage(24, 16, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 24, 16);
        g.setColor(Color.BLUE);
        g.fillRect(4, 4, 8, 8);
        g.dispose();
        return img;
    }

    static byte[] png() {
        return encode(image(), "png");
    }

    static byte[] jpeg() {
        return encode(image(), "jpg");
    }

    private static byte[] encode(BufferedImage img, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("A generated report.");
                cs.endText();
            }
            doc.getDocumentInformation().setTitle("Report");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("A generated memo.");
            doc.getProperties().getCustomProperties().addProperty("Department", "Research");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsx() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Data").createRow(0).createCell(0).setCellValue("generated");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pptx() {
        try (XMLSlideShow show = new XMLSlideShow()) {
            show.createSlide();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            show.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 0.1 s of a 440 Hz tone, 8 kHz 16-bit mono PCM, written by javax.sound. */
    static byte[] wav() {
        int samples = 800;
        byte[] pcm = new byte[samples * 2];
        for (int i = 0; i < samples; i++) {
            short v = (short) (Math.sin(2 * Math.PI * 440 * i / 8000.0) * 8000);
            pcm[2 * i] = (byte) v;
            pcm[2 * i + 1] = (byte) (v >> 8);
        }
        AudioFormat format = new AudioFormat(8000f, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, samples)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] markdown() {
        return ("---\ntitle: Weekly notes\ntags: [ai, notes]\n---\n\n# Notes\n\nThe build is green.\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] html() {
        return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Answer</title>\n"
                + "</head>\n<body>\n<p>The answer is 42.</p>\n</body>\n</html>\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A committed fixture (see src/test/resources/fixtures/README.md). */
    static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sample per writable format, with the name that selects it. */
    enum Sample {
        PNG("image.png"), JPEG("image.jpg"), WEBP_LOSSY("image-lossy.webp"), WEBP_LOSSLESS("image-lossless.webp"),
        WEBP_ALPHA("image-alpha.webp"), PDF("report.pdf"), DOCX("memo.docx"), XLSX("data.xlsx"),
        PPTX("slides.pptx"), MP3("tone.mp3"), WAV("tone.wav"), MP4("clip.mp4"),
        MP4_FASTSTART("clip-faststart.mp4"), M4A("tone.m4a"), FLAC("tone.flac"), OGG("tone.ogg"),
        MARKDOWN("notes.md"), HTML("answer.html");

        final String fileName;

        Sample(String fileName) {
            this.fileName = fileName;
        }

        byte[] bytes() {
            return switch (this) {
                case PNG -> png();
                case JPEG -> jpeg();
                case PDF -> pdf();
                case DOCX -> docx();
                case XLSX -> xlsx();
                case PPTX -> pptx();
                case WAV -> wav();
                case MARKDOWN -> markdown();
                case HTML -> html();
                default -> resource(fileName);
            };
        }
    }
}
