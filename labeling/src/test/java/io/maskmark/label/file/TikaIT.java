package io.maskmark.label.file;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.label.AigcLabel;
import io.maskmark.label.LabelingConfig;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Apache Tika as a second independent reader, for the formats whose custom metadata Tika exposes: PDF
 * custom Info keys, OOXML custom properties, HTML meta, Vorbis comments, and PNG text chunks (the iTXt XMP
 * packet as raw text).
 */
class TikaIT {
    private static final AutoDetectParser TIKA = new AutoDetectParser();

    @ParameterizedTest
    @EnumSource(value = Fixtures.Sample.class,
            names = {"PNG", "PDF", "DOCX", "XLSX", "PPTX", "FLAC", "OGG", "HTML"})
    void tikaSeesTheLabel(Fixtures.Sample sample) throws Exception {
        LabeledFile labelled = FileLabeler.create(LabelingConfig.builder("001191440300708461136T1XGW3").build())
                .label(sample.bytes(), sample.fileName);
        AigcLabel label = labelled.label().orElseThrow();
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, sample.fileName);
        TIKA.parse(new ByteArrayInputStream(labelled.content()), new BodyContentHandler(-1), metadata,
                new ParseContext());
        String value = switch (sample) {
            case PDF -> metadata.get("pdf:docinfo:custom:AIGC");
            case DOCX, XLSX, PPTX -> metadata.get("custom:AIGC");
            case FLAC, OGG -> metadata.get("aigc");
            case HTML -> metadata.get("AIGC");
            case PNG -> metadata.get("iTXt iTXtEntry");
            default -> throw new IllegalArgumentException(sample.name());
        };
        assertNotNull(value, () -> sample + ": Tika exposes " + Arrays.toString(metadata.names()));
        if (sample == Fixtures.Sample.PNG) {
            // Tika hands over the raw XMP packet; the label is the TC260:AIGC element's text.
            assertTrue(value.contains("TC260:AIGC") && value.contains(label.toJson()), sample::toString);
        } else {
            assertTrue(value.equals(label.toJson()), () -> sample + ": Tika reads a different value");
        }
    }
}
