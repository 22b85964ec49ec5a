package io.maskmark.label.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.maskmark.label.AigcLabel;
import io.maskmark.label.DigitalSourceType;
import io.maskmark.label.LabelingConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ExifTool as an independent reader: the label we write must be visible to it in every format it reads
 * (it does not read custom WAV chunks or Markdown front matter).
 */
class ExiftoolIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static boolean available;

    @TempDir
    Path dir;

    @BeforeAll
    static void probe() {
        try {
            Process p = new ProcessBuilder("exiftool", "-ver").redirectErrorStream(true).start();
            available = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            available = false;
        }
    }

    @ParameterizedTest
    @EnumSource(value = Fixtures.Sample.class, mode = EnumSource.Mode.EXCLUDE, names = {"WAV", "MARKDOWN"})
    void exiftoolSeesTheAigcField(Fixtures.Sample sample) throws Exception {
        assumeTrue(available, "exiftool is not installed");
        LabeledFile labelled = FileLabeler.create(LabelingConfig.builder("001191440300708461136T1XGW3").build())
                .label(sample.bytes(), sample.fileName);
        AigcLabel label = labelled.label().orElseThrow();
        Path file = dir.resolve(sample.fileName);
        Files.write(file, labelled.content());

        JsonNode tags = exiftool(file);
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : tags.properties()) {
            String tag = e.getKey().substring(e.getKey().indexOf(':') + 1);
            String value = e.getValue().asText();
            if (tag.equalsIgnoreCase("AIGC")) {
                values.add(value);
            } else if (tag.equals("UserDefinedText") && value.startsWith("(AIGC) ")) {
                values.add(value.substring("(AIGC) ".length()));
            }
        }
        assertTrue(!values.isEmpty(), () -> sample + ": exiftool shows no AIGC field in " + tags.fieldNames());
        for (String v : values) {
            assertEquals(label.toJson(), v, sample + ": exiftool reads a different AIGC value");
        }
        if (sample.name().startsWith("WEBP") || sample == Fixtures.Sample.PNG || sample == Fixtures.Sample.JPEG
                || sample == Fixtures.Sample.PDF) {
            assertEquals(DigitalSourceType.TRAINED_ALGORITHMIC_MEDIA.uri(),
                    tags.path("XMP-iptcExt:DigitalSourceType").asText());
        }
        assertTrue(tags.path("ExifTool:Warning").isMissingNode(),
                () -> sample + ": exiftool warns: " + tags.path("ExifTool:Warning").asText());
    }

    private static JsonNode exiftool(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("exiftool", "-j", "-G1", "-a", file.toString()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "exiftool timed out");
        return JSON.readTree(new String(out, StandardCharsets.UTF_8)).get(0);
    }
}
