package io.maskmark.pipeline.document;

import io.maskmark.label.LabelingConfig;
import io.maskmark.label.file.FileLabeler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A corpus of mixed documents written by the tests, with personal data planted in the text and
 * in the metadata (English and Chinese), plus files that must be refused. Values are made up;
 * identity numbers carry valid check digits so that detectors accept them.
 */
public final class FixtureCorpus {

  // people named only in metadata (and repeated in the body, where nothing but the metadata
  // says they are people)
  public static final String PDF_AUTHOR = "Margaret Thornbury";
  public static final String PDF_TITLE_EMAIL = "m.thornbury@example.org";
  public static final String DOCX_AUTHOR = "欧阳建国";
  public static final String DOCX_MODIFIER = "Henrietta Vasquez";
  public static final String XLSX_AUTHOR = "司马文静";
  public static final String HTML_AUTHOR = "Bartholomew Quist";
  public static final String MAIL_FROM_NAME = "Wilhelmina Crabtree";
  public static final String MAIL_FROM = "w.crabtree@example.com";
  public static final String MAIL_TO = "dongfang.hui@example.cn";
  public static final String MAIL_CC = "ops-lead@example.net";

  // structured values in the text
  public static final String EMAIL_1 = "jonas.pemberton@example.com";
  public static final String PHONE_ZH_1 = "13812345678";
  public static final String PHONE_ZH_2 = "15987654321";
  public static final String PHONE_ZH_3 = "18611112222";
  public static final String CN_ID_1 = "11010519491231002X";
  public static final String CN_ID_2 = "440308199901010012";
  public static final String EMAIL_2 = "zhao.lei@example.cn";
  public static final String EMAIL_3 = "li.na@example.cn";
  public static final String EMAIL_4 = "wang.fang@example.com";

  /** Every planted value: none may appear in any output. */
  public static final List<String> PLANTED = List.of(PDF_AUTHOR, PDF_TITLE_EMAIL, DOCX_AUTHOR,
      DOCX_MODIFIER, XLSX_AUTHOR, HTML_AUTHOR, MAIL_FROM_NAME, MAIL_FROM, MAIL_TO, MAIL_CC, EMAIL_1,
      PHONE_ZH_1, PHONE_ZH_2, PHONE_ZH_3, CN_ID_1, CN_ID_2, EMAIL_2, EMAIL_3, EMAIL_4);

  /** Readable documents, by relative path; each must come out. */
  public static final List<String> GOOD = List.of("report.pdf", "memo.docx", "staff.xlsx",
      "page.html", "mail.eml", "notes-gbk.txt", "notes-utf16.txt", "notes-big5.txt",
      "labelled/generated.docx");

  /** Files to refuse, with a word their reason must contain. */
  public static final Map<String, String> BAD = new TreeMap<>(Map.of(
      "bomb.zip", "zip bomb",
      "encrypted.pdf", "encrypted",
      "truncated.docx", "corrupt",
      "noise.bin", "unsupported"));

  private FixtureCorpus() {
  }

  public static void write(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("labelled"));
    Files.write(dir.resolve("report.pdf"), pdf(null));
    Files.write(dir.resolve("encrypted.pdf"), pdf("s3cret"));
    byte[] docx = docx(DOCX_AUTHOR, DOCX_MODIFIER,
        "会议纪要：请联系欧阳建国，手机" + PHONE_ZH_1 + "，身份证号" + CN_ID_1 + "。",
        "Revised by Henrietta Vasquez; questions to " + EMAIL_1 + ".");
    Files.write(dir.resolve("memo.docx"), docx);
    Files.write(dir.resolve("truncated.docx"), Arrays.copyOf(docx, docx.length / 2));
    Files.write(dir.resolve("labelled/generated.docx"), labelled(docx(XLSX_AUTHOR, null,
        "本文由人工智能生成。联系邮箱" + EMAIL_4 + "。"), "generated.docx"));
    Files.write(dir.resolve("staff.xlsx"), xlsx());
    Files.writeString(dir.resolve("page.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        + "<meta name=\"author\" content=\"" + HTML_AUTHOR + "\"><title>联系我们</title></head><body>"
        + "<h1>联系方式</h1><p>客服邮箱：" + EMAIL_2 + "，电话" + PHONE_ZH_2 + "。</p>"
        + "<p>Page maintained by Bartholomew Quist.</p></body></html>", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("mail.eml"), "From: \"" + MAIL_FROM_NAME + "\" <" + MAIL_FROM + ">\r\n"
        + "To: " + MAIL_TO + "\r\nCc: " + MAIL_CC + "\r\nSubject: 报销 " + PHONE_ZH_3 + "\r\n"
        + "Date: Tue, 3 Mar 2026 10:00:00 +0800\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + "您好，我的身份证号是" + CN_ID_2 + "，请回复 " + MAIL_FROM + "。\r\n"
        + "Regards, Wilhelmina Crabtree\r\n", StandardCharsets.UTF_8);
    String zh = "客户档案：联系电话" + PHONE_ZH_2 + "，电子邮箱" + EMAIL_3
        + "。该客户于去年在北京开户，账户状态正常，请按照规定核实身份后再办理业务。";
    Files.write(dir.resolve("notes-gbk.txt"), zh.getBytes(Charset.forName("GBK")));
    Files.write(dir.resolve("notes-utf16.txt"), (zh + "\nCall back " + EMAIL_1 + ".").getBytes(StandardCharsets.UTF_16));
    Files.write(dir.resolve("notes-big5.txt"), ("客戶檔案：聯絡電話" + PHONE_ZH_3 + "，電子郵件" + EMAIL_2
        + "。該客戶於去年在臺北開戶，帳戶狀態正常，請依照規定核實身分後再辦理業務。").getBytes(Charset.forName("Big5")));
    Files.write(dir.resolve("bomb.zip"), zipBomb());
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    noise[0] = 0;
    Files.write(dir.resolve("noise.bin"), noise);
  }

  static byte[] pdf(String userPassword) throws IOException {
    try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        cs.newLineAtOffset(50, 700);
        cs.showText("Quarterly review prepared by Margaret Thornbury.");
        cs.newLineAtOffset(0, -16);
        cs.showText("Customer ID " + CN_ID_2 + ", mobile " + PHONE_ZH_1 + ", mail " + EMAIL_1 + ".");
        cs.endText();
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setAuthor(PDF_AUTHOR);
      info.setTitle("季度报告 " + PDF_TITLE_EMAIL);
      info.setSubject("客户 " + PHONE_ZH_3);
      info.setCreationDate(Calendar.getInstance());
      if (userPassword != null) {
        StandardProtectionPolicy p = new StandardProtectionPolicy("owner-" + userPassword,
            userPassword, new AccessPermission());
        p.setEncryptionKeyLength(128);
        doc.protect(p);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] docx(String author, String modifier, String... paragraphs) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      var core = doc.getProperties().getCoreProperties();
      core.setCreator(author);
      if (modifier != null) {
        core.setLastModifiedByUser(modifier);
      }
      core.setDescription("审阅人 " + author + "，电话 " + PHONE_ZH_3);
      core.setTitle("Memo for " + author);
      doc.write(out);
      return out.toByteArray();
    }
  }

  static byte[] xlsx() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet s = wb.createSheet("员工");
      String[][] rows = {{"姓名", "手机", "邮箱", "身份证"},
          {"司马文静", PHONE_ZH_2, EMAIL_3, CN_ID_1},
          {"Owner", PHONE_ZH_1, EMAIL_2, CN_ID_2}};
      for (int r = 0; r < rows.length; r++) {
        var row = s.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.getProperties().getCoreProperties().setCreator(XLSX_AUTHOR);
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** The file with a GB 45438 implicit label, as an AI service would have written it. */
  static byte[] labelled(byte[] content, String name) {
    LabelingConfig config = LabelingConfig.builder("TESTPROVIDER01").build();
    return FileLabeler.create(config).label(content, name, true).content();
  }

  /** 200 MB of one letter, deflated to a fraction of a megabyte. */
  static byte[] zipBomb() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("huge.txt"));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'a');
      for (int i = 0; i < 200; i++) {
        zip.write(chunk);
      }
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
