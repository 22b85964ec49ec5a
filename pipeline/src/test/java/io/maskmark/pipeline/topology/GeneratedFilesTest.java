package io.maskmark.pipeline.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.deid.Policy;
import io.maskmark.detect.Detectors;
import io.maskmark.label.LabelingConfig;
import io.maskmark.label.file.FileInspection;
import io.maskmark.label.file.FileInspector;
import io.maskmark.pipeline.document.DocumentLimits;
import io.maskmark.pipeline.document.FixtureCorpus;
import io.maskmark.pipeline.document.TikaExtractor;
import io.maskmark.pipeline.engine.Engine;
import io.maskmark.pipeline.label.AigcLabeler;
import io.maskmark.pipeline.record.EnvelopeParser;
import io.maskmark.pipeline.record.Json;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files on maskmark.generated leave with their implicit label written in, read back by our
 * inspector and by exiftool; a file with personal data leaves as de-identified text only.
 */
class GeneratedFilesTest {

  private static final Topics T = Topics.DEFAULT;
  private static final String PRODUCER = "TEST-PRODUCER";

  @TempDir
  Path dir;

  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> generated;
  private TestOutputTopic<byte[], byte[]> redacted;
  private TestOutputTopic<byte[], byte[]> dlq;

  @BeforeEach
  void start() {
    Engine engine = new Engine(Detectors.analyzer(List.of("structured")), Policy.tags());
    var stages = new RecordStages(engine, new AigcLabeler(LabelingConfig.builder(PRODUCER).build()),
        new TikaExtractor(DocumentLimits.DEFAULT));
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(MaskmarkTopology.build(T, stages, new EnvelopeParser(32 << 20),
        PipelineMetrics.NONE, DeadLetterPayload.PLAIN), p);
    var ser = new ByteArraySerializer();
    generated = driver.createInputTopic(T.generated(), ser, ser);
    redacted = driver.createOutputTopic(T.redacted(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    dlq = driver.createOutputTopic(T.dlq(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  @AfterEach
  void close() {
    driver.close();
  }

  private JsonNode process(String id, byte[] content) throws Exception {
    String envelope = "{\"id\":\"" + id + "\",\"content_b64\":\""
        + Base64.getEncoder().encodeToString(content) + "\"}";
    generated.pipeInput(id.getBytes(StandardCharsets.UTF_8), envelope.getBytes(StandardCharsets.UTF_8));
    if (redacted.isEmpty()) {
      var h = dlq.readRecord().headers().lastHeader("maskmark.dlq.error.message");
      throw new AssertionError(id + " was dead-lettered: " + new String(h.value(), StandardCharsets.UTF_8));
    }
    return Json.MAPPER.readTree(redacted.readValue());
  }

  private static byte[] png() throws Exception {
    BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < 16; i++) {
      img.setRGB(i, i, 0x3366cc);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  @Test
  void aGeneratedImageLeavesWithItsLabelInTheFile() throws Exception {
    JsonNode out = process("image.png", png());
    assertEquals("PNG", out.at("/file/type").asText());
    byte[] labelled = Base64.getDecoder().decode(out.at("/file/content_b64").asText());
    FileInspection found = FileInspector.inspect(labelled, "image.png");
    assertEquals(PRODUCER, found.label().orElseThrow().contentProducer());
    assertEquals(found.label().get().toJson(), Json.MAPPER.writeValueAsString(out.at("/file/label")));
    assertEquals("1", out.at("/file/label/Label").asText());

    Path file = dir.resolve("image.png");
    Files.write(file, labelled);
    assumeTrue(exiftoolInstalled(), "exiftool is not installed");
    Process p = new ProcessBuilder("exiftool", "-j", "-G1", "-a", file.toString()).start();
    byte[] json = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    JsonNode tags = Json.MAPPER.readTree(json).get(0);
    assertEquals(found.label().get().toJson(), tags.path("XMP-TC260:Aigc").asText(),
        "exiftool reads the label the stream wrote: " + tags);
  }

  @Test
  void aGeneratedMarkdownFileWithoutPersonalDataIsLabelledInItsFrontMatter() throws Exception {
    byte[] md = "# Release notes\n\nThe new version is faster and uses less memory.\n"
        .getBytes(StandardCharsets.UTF_8);
    JsonNode out = process("notes.md", md);
    String labelled = new String(Base64.getDecoder().decode(out.at("/file/content_b64").asText()),
        StandardCharsets.UTF_8);
    assertTrue(labelled.startsWith("---\n"), labelled);
    assertEquals(PRODUCER, FileInspector.inspect(labelled.getBytes(StandardCharsets.UTF_8), "notes.md")
        .label().orElseThrow().contentProducer());
  }

  @Test
  void aGeneratedDocumentWithPersonalDataLeavesAsDeidentifiedTextOnly() throws Exception {
    FixtureCorpus.write(dir);
    JsonNode out = process("report.pdf", Files.readAllBytes(dir.resolve("report.pdf")));
    assertTrue(out.at("/file/content_b64").isMissingNode(), "the original bytes carry personal data");
    assertTrue(out.at("/file/withheld").asText().contains("personal data"), out.toString());
    assertEquals("1", out.at("/aigc/label/Label").asText(), "the de-identified text is labelled");
    String value = out.toString();
    for (String planted : FixtureCorpus.PLANTED) {
      assertFalse(value.contains(planted), "planted value leaked from a generated document");
    }
  }

  private static boolean exiftoolInstalled() {
    try {
      return new ProcessBuilder("exiftool", "-ver").start().waitFor(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      return false;
    }
  }
}
