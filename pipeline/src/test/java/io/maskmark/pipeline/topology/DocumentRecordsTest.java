package io.maskmark.pipeline.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.deid.Policy;
import io.maskmark.detect.Detectors;
import io.maskmark.label.LabelingConfig;
import io.maskmark.pipeline.document.DocumentLimits;
import io.maskmark.pipeline.document.FixtureCorpus;
import io.maskmark.pipeline.document.TikaExtractor;
import io.maskmark.pipeline.engine.Engine;
import io.maskmark.pipeline.label.AigcLabeler;
import io.maskmark.pipeline.record.EnvelopeParser;
import io.maskmark.pipeline.record.Json;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents on maskmark.raw: extracted by Tika, de-identified with their metadata, or dead-lettered. */
class DocumentRecordsTest {

  private static final Topics T = Topics.DEFAULT;

  @TempDir
  Path dir;

  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> raw;
  private TestOutputTopic<byte[], byte[]> redacted;
  private TestOutputTopic<byte[], byte[]> dlq;

  private void start(DocumentLimits limits) {
    Engine engine = new Engine(Detectors.analyzer(List.of("structured")), Policy.tags());
    var stages = new RecordStages(engine,
        new AigcLabeler(LabelingConfig.builder("TEST-PRODUCER").build()), new TikaExtractor(limits));
    var topology = MaskmarkTopology.build(T, stages, new EnvelopeParser(32 << 20),
        PipelineMetrics.NONE, DeadLetterPayload.PLAIN);
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(topology, p);
    var ser = new ByteArraySerializer();
    var de = new ByteArrayDeserializer();
    raw = driver.createInputTopic(T.raw(), ser, ser);
    redacted = driver.createOutputTopic(T.redacted(), de, de);
    dlq = driver.createOutputTopic(T.dlq(), de, de);
  }

  @AfterEach
  void close() {
    if (driver != null) {
      driver.close();
    }
  }

  private void send(String id, byte[] content) {
    String envelope = "{\"id\":\"" + id + "\",\"content_b64\":\""
        + Base64.getEncoder().encodeToString(content) + "\"}";
    raw.pipeInput(id.getBytes(StandardCharsets.UTF_8), envelope.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyGoodDocumentComesOutWithoutPlantedValuesAndEveryBadOneIsDeadLettered() throws Exception {
    FixtureCorpus.write(dir);
    start(DocumentLimits.DEFAULT);
    for (String name : FixtureCorpus.GOOD) {
      send(name, Files.readAllBytes(dir.resolve(name)));
    }
    for (String name : FixtureCorpus.BAD.keySet()) {
      send(name, Files.readAllBytes(dir.resolve(name)));
    }
    Map<String, JsonNode> out = new HashMap<>();
    for (TestRecord<byte[], byte[]> r : redacted.readRecordsToList()) {
      String value = new String(r.value(), StandardCharsets.UTF_8);
      for (String planted : FixtureCorpus.PLANTED) {
        assertFalse(value.contains(planted), "planted value leaked from a document");
      }
      JsonNode o = Json.MAPPER.readTree(value);
      out.put(o.get("id").asText(), o);
    }
    assertEquals(FixtureCorpus.GOOD.stream().sorted().toList(), out.keySet().stream().sorted().toList());
    Map<String, String> reasons = new HashMap<>();
    for (TestRecord<byte[], byte[]> r : dlq.readRecordsToList()) {
      assertEquals("extract", header(r, "maskmark.dlq.stage"));
      reasons.put(new String(r.key(), StandardCharsets.UTF_8), header(r, "maskmark.dlq.error.message"));
    }
    assertEquals(FixtureCorpus.BAD.keySet(), reasons.keySet());
    FixtureCorpus.BAD.forEach((name, word) ->
        assertTrue(reasons.get(name).contains(word), name + ": " + reasons.get(name)));

    JsonNode pdf = out.get("report.pdf");
    assertEquals("application/pdf", pdf.at("/metadata/content_type").asText());
    assertEquals("<PERSON>", pdf.at("/metadata/author/0").asText(), "a person field is replaced whole");
    assertTrue(pdf.at("/metadata/title/0").asText().startsWith("季度报告 "), "free text keeps its prose");
    assertTrue(pdf.get("text").asText().contains("prepared by <PERSON>"),
        "the author named in the metadata is found in the text");
    JsonNode mail = out.get("mail.eml");
    assertTrue(mail.at("/metadata/from/0").asText().contains("<EMAIL>"));
    assertEquals("<EMAIL>", mail.at("/metadata/to/0").asText());
    assertTrue(out.get("notes-gbk.txt").get("text").asText().startsWith("客户档案"), "GBK decoded");
    assertTrue(out.get("notes-big5.txt").get("text").asText().startsWith("客戶檔案"), "Big5 decoded");
    assertTrue(out.get("notes-utf16.txt").get("text").asText().startsWith("客户档案"), "UTF-16 decoded");
    JsonNode labelled = out.get("labelled/generated.docx");
    assertEquals("METADATA_LABEL", labelled.at("/aigc_source/signal").asText());
    assertEquals("TESTPROVIDER01",
        labelled.at("/aigc_source/document/labels/0/label/ContentProducer").asText());
    assertEquals("NONE", out.get("memo.docx").at("/aigc_source/signal").asText());
  }

  @Test
  void rawBytesWithAContentTypeAndTextInAChineseEncodingAreExtracted() throws Exception {
    FixtureCorpus.write(dir);
    start(DocumentLimits.DEFAULT);
    var headers = new RecordHeaders();
    headers.add("content-type", "application/pdf".getBytes(StandardCharsets.UTF_8));
    raw.pipeInput(new TestRecord<>("pdf".getBytes(StandardCharsets.UTF_8),
        Files.readAllBytes(dir.resolve("report.pdf")), headers));
    raw.pipeInput("gbk".getBytes(StandardCharsets.UTF_8),
        "客户的手机号码是13812345678，请在工作日联系客户并核实地址信息。".getBytes(Charset.forName("GB18030")));
    List<TestRecord<byte[], byte[]>> records = redacted.readRecordsToList();
    assertEquals(2, records.size());
    String pdf = Json.MAPPER.readTree(records.get(0).value()).get("text").asText();
    assertTrue(pdf.contains("Customer ID <"), pdf);
    String gbk = Json.MAPPER.readTree(records.get(1).value()).get("text").asText();
    assertEquals("客户的手机号码是[电话]，请在工作日联系客户并核实地址信息。", gbk.strip());
    assertTrue(dlq.isEmpty());
  }

  @Test
  void sizeAndTimeLimitsSendTheDocumentToTheDlqAndTheStreamGoesOn() throws Exception {
    FixtureCorpus.write(dir);
    byte[] pdf = Files.readAllBytes(dir.resolve("report.pdf"));
    start(new DocumentLimits(pdf.length - 1, 1000, Duration.ofSeconds(30)));
    send("big", pdf);
    raw.pipeInput("t".getBytes(StandardCharsets.UTF_8), "after 13812345678".getBytes(StandardCharsets.UTF_8));
    assertTrue(header(dlq.readRecord(), "maskmark.dlq.error.message").contains("exceeds the limit"));
    driver.close();
    start(new DocumentLimits(1 << 20, 1000, Duration.ofNanos(1)));
    send("slow", pdf);
    assertTrue(header(dlq.readRecord(), "maskmark.dlq.error.message").contains("not parsed within"));
    driver.close();
    start(new DocumentLimits(1 << 20, 20, Duration.ofSeconds(30)));
    send("long", pdf);
    assertTrue(header(dlq.readRecord(), "maskmark.dlq.error.message").contains("characters"));
  }

  @Test
  void anEnvelopeMayCarryADocumentAsLargeAsTheLimitInBase64() {
    EnvelopeParser parser = new EnvelopeParser(3000);
    byte[] doc = new byte[3000];
    String envelope = "{\"id\":\"d\",\"content_b64\":\"" + Base64.getEncoder().encodeToString(doc) + "\"}";
    assertEquals(3000, parser.parse(envelope.getBytes(StandardCharsets.UTF_8), null, "x").content().length);
    String tooBig = "{\"id\":\"d\",\"content_b64\":\"" + Base64.getEncoder().encodeToString(new byte[3001]) + "\"}";
    var e = org.junit.jupiter.api.Assertions.assertThrows(io.maskmark.pipeline.record.RejectedInput.class,
        () -> parser.parse(tooBig.getBytes(StandardCharsets.UTF_8), null, "x"));
    assertTrue(e.getMessage().startsWith("decoded content of 3001 bytes"), e.getMessage());
  }

  private static String header(TestRecord<byte[], byte[]> r, String key) {
    return new String(r.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
  }
}
