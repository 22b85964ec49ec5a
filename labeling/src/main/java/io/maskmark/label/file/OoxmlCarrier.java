package io.maskmark.label.file;

import io.maskmark.label.AigcLabel;
import io.maskmark.label.AnnexE;
import io.maskmark.label.FoundLabel;
import io.maskmark.label.LabelParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperties;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * DOCX/XLSX/PPTX: the custom property {@code AIGC} ({@code <vt:lpwstr>}) in {@code docProps/custom.xml}, via
 * POI's package-level properties (the document body is not loaded).
 */
final class OoxmlCarrier implements LabelCarrier {
    static final String CARRIER = "OOXML docProps/custom.xml property AIGC";

    @Override
    public FileType type() {
        return FileType.OOXML;
    }

    @Override
    public List<FoundLabel> read(byte[] content) throws IOException {
        try (OPCPackage pkg = open(content)) {
            List<FoundLabel> found = new ArrayList<>();
            for (CTProperty p : properties(pkg).getCustomProperties().getUnderlyingProperties().getPropertyList()) {
                if (p.getName() != null && p.getName().contains(AnnexE.KEY)) {
                    String value = p.isSetLpwstr() ? p.getLpwstr() : p.isSetLpstr() ? p.getLpstr() : null;
                    String carrier = p.getName().equals(AnnexE.KEY) ? CARRIER
                            : "OOXML docProps/custom.xml property " + p.getName();
                    found.add(value == null ? LabelParser.parse("", carrier).withNote("the property is not a string")
                            : LabelParser.parse(value, carrier));
                }
            }
            pkg.revert();
            return found;
        }
    }

    @Override
    public byte[] write(byte[] content, AigcLabel label, WriteOptions options) throws IOException {
        try (OPCPackage pkg = open(content)) {
            POIXMLProperties props = properties(pkg);
            CTProperties ct = props.getCustomProperties().getUnderlyingProperties();
            for (int i = ct.sizeOfPropertyArray() - 1; i >= 0; i--) {
                String name = ct.getPropertyArray(i).getName();
                if (name != null && name.contains(AnnexE.KEY)) {
                    ct.removeProperty(i);
                }
            }
            props.getCustomProperties().addProperty(AnnexE.KEY, label.toJson());
            props.commit();
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 2048);
            pkg.save(out);
            pkg.revert();
            return out.toByteArray();
        }
    }

    private static OPCPackage open(byte[] content) throws LabelFileException {
        try {
            return OPCPackage.open(new ByteArrayInputStream(content));
        } catch (InvalidFormatException | IOException e) {
            throw new LabelFileException("not an Office Open XML package", e);
        }
    }

    private static POIXMLProperties properties(OPCPackage pkg) throws LabelFileException {
        try {
            return new POIXMLProperties(pkg);
        } catch (IOException | OpenXML4JException | XmlException e) {
            throw new LabelFileException("the package's document properties cannot be read", e);
        }
    }
}
