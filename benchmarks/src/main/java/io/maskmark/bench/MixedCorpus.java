package io.maskmark.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A corpus of mixed documents for the dataset bench, built from {@link BenchCorpus} text: PDF
 * (English: the standard fonts have no Han glyphs), DOCX, XLSX, HTML, e-mail, GBK and UTF-8
 * text, and JSONL. Seeded, so every run writes the same bytes.
 */
final class MixedCorpus {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MixedCorpus() {
  }

  /** Writes documents into {@code dir} until they total {@code bytes}; returns the total. */
  static long write(Path dir, long bytes) throws IOException {
    Files.createDirectories(dir);
    long total = 0;
    for (int i = 0; total < bytes; i++) {
      List<String> docs = BenchCorpus.documents(8, 6000, i);
      String text = String.join("\n", docs);
      Path p;
      switch (i % 8) {
        case 0 -> p = write(dir, i, "pdf", pdf(english(docs)));
        case 1 -> p = write(dir, i, "docx", docx(docs));
        case 2 -> p = write(dir, i, "xlsx", xlsx(docs));
        case 3 -> p = write(dir, i, "html", ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            + "<title>Ticket " + i + "</title></head><body><p>" + String.join("</p><p>", docs)
            + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        case 4 -> p = write(dir, i, "eml", ("From: \"Desk " + i + "\" <desk" + i + "@example.com>\r\n"
            + "To: team@example.com\r\nSubject: ticket " + i + "\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + text.replace("\n", "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8));
        case 5 -> p = write(dir, i, "txt", text.getBytes(Charset.forName("GBK")));
        case 6 -> p = write(dir, i, "txt", text.getBytes(StandardCharsets.UTF_8));
        default -> p = write(dir, i, "jsonl", jsonl(BenchCorpus.documents(200, 800, i), i));
      }
      total += Files.size(p);
    }
    return total;
  }

  private static Path write(Path dir, int i, String ext, byte[] content) throws IOException {
    Path p = dir.resolve(String.format("%03d/doc-%06d.%s", i / 500, i, ext));
    Files.createDirectories(p.getParent());
    return Files.write(p, content);
  }

  private static String english(List<String> docs) {
    // keep the ASCII sentences: the standard 14 fonts encode WinAnsi only
    StringBuilder sb = new StringBuilder();
    for (String d : docs) {
      for (String sentence : d.split("(?<=[.?!])\\s+")) {
        if (sentence.chars().allMatch(c -> c < 128)) {
          sb.append(sentence).append(' ');
        }
      }
    }
    return sb.toString();
  }

  private static byte[] pdf(String text) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      String[] words = text.split(" ");
      int w = 0;
      while (w < words.length) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 9);
          cs.setLeading(11);
          cs.newLineAtOffset(40, 750);
          for (int line = 0; line < 64 && w < words.length; line++) {
            StringBuilder l = new StringBuilder();
            while (w < words.length && l.length() + words[w].length() < 110) {
              l.append(words[w++]).append(' ');
            }
            if (l.length() == 0) {
              l.append(words[w++], 0, Math.min(100, words[w - 1].length()));
            }
            cs.showText(l.toString());
            cs.newLine();
          }
          cs.endText();
        }
      }
      doc.getDocumentInformation().setAuthor("Bench Author");
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] docx(List<String> docs) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String d : docs) {
        doc.createParagraph().createRun().setText(d);
      }
      doc.getProperties().getCoreProperties().setCreator("王小明");
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] xlsx(List<String> docs) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet s = wb.createSheet("tickets");
      int r = 0;
      for (String d : docs) {
        for (String sentence : d.split("(?<=[.。？！?!])")) {
          var row = s.createRow(r);
          row.createCell(0).setCellValue(r++);
          row.createCell(1).setCellValue(sentence);
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] jsonl(List<String> records, int file) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < records.size(); i++) {
      sb.append(JSON.writeValueAsString(java.util.Map.of("id", "f" + file + "-" + i, "text", records.get(i))))
          .append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }
}
