package io.maskmark.label.file;

import io.maskmark.label.AigcLabel;
import io.maskmark.label.AnnexE;
import io.maskmark.label.FoundLabel;
import io.maskmark.label.LabelParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * PDF: Document Information Dictionary key {@code /AIGC} (TC260 document guide) and the same label in the
 * catalog's XMP stream as {@code TC260:AIGC}, via PDFBox. The two hold one label (mirrored), which the
 * inspector reports as a note, not as a duplicate.
 */
final class PdfCarrier implements LabelCarrier {
    static final String INFO_CARRIER = "PDF Info dictionary /AIGC";

    @Override
    public FileType type() {
        return FileType.PDF;
    }

    @Override
    public List<FoundLabel> read(byte[] content) throws IOException {
        try (PDDocument doc = load(content)) {
            List<FoundLabel> found = new ArrayList<>();
            PDDocumentInformation info = doc.getDocumentInformation();
            for (String key : info.getMetadataKeys()) {
                if (key.contains(AnnexE.KEY)) {
                    String value = info.getCustomMetadataValue(key);
                    found.add(LabelParser.parse(value, key.equals(AnnexE.KEY) ? INFO_CARRIER
                            : "PDF Info dictionary /" + key));
                }
            }
            String xmp = xmp(doc);
            if (xmp != null) {
                found.addAll(XmpLabels.read(xmp, "PDF XMP metadata"));
            }
            return found;
        }
    }

    @Override
    public byte[] write(byte[] content, AigcLabel label, WriteOptions options) throws IOException {
        try (PDDocument doc = load(content)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            for (String key : List.copyOf(info.getMetadataKeys())) {
                if (key.contains(AnnexE.KEY)) {
                    info.setCustomMetadataValue(key, null);
                }
            }
            info.setCustomMetadataValue(AnnexE.KEY, label.toJson());
            String xmp = XmpLabels.update(xmp(doc), label, options.digitalSourceType());
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
            doc.getDocumentCatalog().setMetadata(metadata);
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 4096);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static PDDocument load(byte[] content) throws IOException {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(content);
        } catch (IOException e) {
            throw new LabelFileException("the PDF cannot be parsed", e);
        }
        if (doc.isEncrypted()) {
            doc.close();
            throw new LabelFileException("encrypted PDFs are not supported");
        }
        return doc;
    }

    private static String xmp(PDDocument doc) throws IOException {
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return null;
        }
        try (InputStream in = metadata.exportXMPMetadata()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
