package io.maskmark.pipeline.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.deid.Policy;
import io.maskmark.detect.Analyzer;
import io.maskmark.detect.Detector;
import io.maskmark.detect.Detectors;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Language;
import io.maskmark.detect.NormalizedText;
import io.maskmark.detect.Span;
import io.maskmark.label.LabelingConfig;
import io.maskmark.pipeline.engine.Engine;
import io.maskmark.pipeline.label.AigcLabeler;
import io.maskmark.pipeline.record.EnvelopeParser;
import io.maskmark.pipeline.record.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
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

class MaskmarkTopologyTest {

  private static final Topics T = Topics.DEFAULT;

  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> raw;
  private TestInputTopic<byte[], byte[]> generated;
  private TestOutputTopic<byte[], byte[]> redacted;
  private TestOutputTopic<byte[], byte[]> dlq;

  private void start(Analyzer analyzer) {
    Engine engine = new Engine(analyzer, Policy.tags());
    var stages = new RecordStages(engine,
        new AigcLabeler(LabelingConfig.builder("TEST-PRODUCER").build()),
        RecordStages.DocumentExtractor.NONE);
    var topology = MaskmarkTopology.build(T, stages, new EnvelopeParser(1024),
        PipelineMetrics.NONE, DeadLetterPayload.PLAIN);
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(topology, p);
    var ser = new ByteArraySerializer();
    var de = new ByteArrayDeserializer();
    raw = driver.createInputTopic(T.raw(), ser, ser);
    generated = driver.createInputTopic(T.generated(), ser, ser);
    redacted = driver.createOutputTopic(T.redacted(), de, de);
    dlq = driver.createOutputTopic(T.dlq(), de, de);
  }

  @AfterEach
  void close() {
    if (driver != null) {
      driver.close();
    }
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode json(byte[] v) throws Exception {
    return Json.MAPPER.readTree(v);
  }

  @Test
  void plainTextIsRedactedWithCodePointOffsetsAndKeyKept() throws Exception {
    start(Detectors.analyzer(List.of("structured")));
    // 𠀀 is one code point but two UTF-16 units: offsets after it differ between the two.
    raw.pipeInput(b("k1"), b("𠀀手机13912345678，邮箱 zhang@example.com"));
    TestRecord<byte[], byte[]> out = redacted.readRecord();
    assertEquals("k1", new String(out.key(), StandardCharsets.UTF_8));
    JsonNode o = json(out.value());
    String text = o.get("text").asText();
    assertFalse(text.contains("13912345678"));
    assertFalse(text.contains("zhang@example.com"));
    JsonNode phone = o.get("entities").get(0);
    assertEquals("PHONE", phone.get("type").asText());
    assertEquals(3, phone.get("start").asInt(), "code points, not UTF-16 units");
    int[] cps = text.codePoints().toArray();
    assertEquals("[电话]", new String(cps, phone.get("start").asInt(),
        phone.get("end").asInt() - phone.get("start").asInt()));
    assertEquals("T-0-0".replace("T", T.raw()), o.get("id").asText());
    assertTrue(dlq.isEmpty());
  }

  @Test
  void envelopeFieldsAreKeptAndInputHeadersAreNotForwarded() throws Exception {
    start(Detectors.analyzer(List.of("structured")));
    var headers = new RecordHeaders();
    headers.add("x-user-email", b("zhang@example.com"));
    raw.pipeInput(new TestRecord<>(b("k"), b("{\"id\":\"a-1\",\"text\":\"call 13912345678\","
        + "\"lang\":\"en\",\"source\":\"helpdesk\"}"), headers));
    TestRecord<byte[], byte[]> out = redacted.readRecord();
    JsonNode o = json(out.value());
    assertEquals("a-1", o.get("id").asText());
    assertEquals("en", o.get("lang").asText());
    assertEquals("helpdesk", o.get("source").asText());
    assertEquals("call <PHONE>", o.get("text").asText());
    assertNull(out.headers().lastHeader("x-user-email"));
    assertEquals("tags", o.get("deid").get("policy").asText());
  }

  @Test
  void badRecordsGoToTheDeadLetterTopicAndTheGoodOnesAroundThemComeOut() throws Exception {
    start(Detectors.analyzer(List.of("structured")));
    raw.pipeInput(b("1"), b("first 13912345678"));
    raw.pipeInput(b("2"), b("{\"id\":\"x\",\"text\":\"broken"));
    raw.pipeInput(b("3"), (byte[]) null);
    raw.pipeInput(b("4"), new byte[] {(byte) 0xC3, (byte) 0x28});
    raw.pipeInput(b("5"), b("{\"id\":\"y\"}"));
    raw.pipeInput(b("6"), new byte[2000]);
    raw.pipeInput(b("7"), b("last 13912345678"));
    List<String> ok = new ArrayList<>();
    redacted.readRecordsToList().forEach(r -> ok.add(new String(r.key(), StandardCharsets.UTF_8)));
    assertEquals(List.of("1", "7"), ok);
    List<TestRecord<byte[], byte[]>> dead = dlq.readRecordsToList();
    assertEquals(5, dead.size());
    TestRecord<byte[], byte[]> broken = dead.get(0);
    assertEquals("{\"id\":\"x\",\"text\":\"broken", new String(broken.value(), StandardCharsets.UTF_8),
        "the DLQ keeps the original value");
    assertEquals("parse", header(broken, "maskmark.dlq.stage"));
    assertEquals("invalid JSON envelope", header(broken, "maskmark.dlq.error.message"));
    assertEquals("null value", header(dead.get(1), "maskmark.dlq.error.message"));
    // not UTF-8: handed to the document extractor for encoding detection, which this one lacks
    assertEquals("extract", header(dead.get(2), "maskmark.dlq.stage"));
    assertEquals("binary content is not supported by this pipeline",
        header(dead.get(2), "maskmark.dlq.error.message"));
    assertTrue(header(dead.get(3), "maskmark.dlq.error.message").contains("exactly one of"));
    assertTrue(header(dead.get(4), "maskmark.dlq.error.message").contains("exceeds the limit"));
    assertEquals(T.raw(), header(broken, "maskmark.dlq.source.topic"));
    assertNotNull(broken.headers().lastHeader("maskmark.dlq.timestamp"));
  }

  /** A PERSON detector for the fault tests, doing {@code behaviour} on every text. */
  private static Detector personDetector(String name,
                                         Function<NormalizedText, List<Span>> behaviour) {
    return new Detector() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<EntityType> types() {
        return Set.of(EntityType.PERSON);
      }

      @Override
      public List<Span> detect(NormalizedText text, Language language) {
        return behaviour.apply(text);
      }
    };
  }

  @Test
  void aDetectorThatThrowsSendsTheRecordToTheDlqWithoutItsMessage() throws Exception {
    Detector failing = personDetector("failing", text -> {
      throw new IllegalStateException("model crashed on " + text.original());
    });
    start(new Analyzer(List.of(failing)));
    raw.pipeInput(b("1"), b("secret 13912345678"));
    assertTrue(redacted.isEmpty(), "nothing un-redacted may pass");
    TestRecord<byte[], byte[]> dead = dlq.readRecord();
    assertEquals("detect", header(dead, "maskmark.dlq.stage"));
    assertEquals("IllegalStateException", header(dead, "maskmark.dlq.error.class"));
    assertFalse(header(dead, "maskmark.dlq.error.message").contains("13912345678"));
  }

  @Test
  void aRecordOverTheDetectionBudgetGoesToTheDlqAndTheNextOneIsRedacted() throws Exception {
    Detector slowOnDemand = personDetector("slow-on-demand", text -> {
      if (text.text().contains("stall")) {
        try {
          Thread.sleep(300);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return List.of();
    });
    List<Detector> chain = new ArrayList<>(Detectors.analyzer(List.of("structured")).detectors());
    chain.add(0, slowOnDemand);
    start(new Analyzer(chain).withTimeBudget(java.time.Duration.ofMillis(100)));
    raw.pipeInput(b("1"), b("stall 13912345678"));
    raw.pipeInput(b("2"), b("quick 13912345678"));
    TestRecord<byte[], byte[]> dead = dlq.readRecord();
    assertEquals("1", new String(dead.key(), StandardCharsets.UTF_8));
    assertEquals("detect", header(dead, "maskmark.dlq.stage"));
    assertEquals("DetectionTimeoutException", header(dead, "maskmark.dlq.error.class"));
    assertTrue(dlq.isEmpty());
    TestRecord<byte[], byte[]> out = redacted.readRecord();
    assertEquals("2", new String(out.key(), StandardCharsets.UTF_8));
    assertFalse(json(out.value()).get("text").textValue().contains("13912345678"));
    assertTrue(redacted.isEmpty());
  }

  @Test
  void generatedRecordsLeaveLabelledAndRedactedWithEntityOffsetsAfterTheLabel() throws Exception {
    start(Detectors.analyzer(List.of("structured")));
    generated.pipeInput(b("g"), b("{\"id\":\"g1\",\"text\":\"回答：请致电13912345678。\"}"));
    TestRecord<byte[], byte[]> out = redacted.readRecord();
    JsonNode o = json(out.value());
    String text = o.get("text").asText();
    assertFalse(text.contains("13912345678"));
    assertTrue(text.startsWith("本内容由人工智能生成"), "explicit label at the start: " + text);
    JsonNode label = o.get("aigc").get("label");
    assertEquals("1", label.get("Label").asText());
    assertEquals("TEST-PRODUCER", label.get("ContentProducer").asText());
    assertEquals(label.get("ProduceID").asText(), label.get("PropagateID").asText());
    assertTrue(o.get("aigc").get("eu_marking").get("digital_source_type").asText()
        .endsWith("/trainedAlgorithmicMedia"));
    String header = header(out, "AIGC");
    assertEquals(Json.MAPPER.readTree(header), label, "the header carries the same Annex E label");
    JsonNode phone = o.get("entities").get(0);
    int[] cps = text.codePoints().toArray();
    assertEquals("[电话]", new String(cps, phone.get("start").asInt(),
        phone.get("end").asInt() - phone.get("start").asInt()), "offsets refer to the labelled text");
  }

  @Test
  void reprocessingALabelledRecordKeepsItsLabelAndDoesNotDoubleTheExplicitLabel() throws Exception {
    start(Detectors.analyzer(List.of("structured")));
    generated.pipeInput(b("g"), b("{\"id\":\"g1\",\"text\":\"answer text\"}"));
    TestRecord<byte[], byte[]> first = redacted.readRecord();
    JsonNode o = json(first.value());
    var headers = new RecordHeaders();
    headers.add("AIGC", first.headers().lastHeader("AIGC").value());
    String again = "{\"id\":\"g1\",\"text\":" + Json.MAPPER.writeValueAsString(o.get("text").asText())
        + ",\"aigc\":" + o.get("aigc") + "}";
    generated.pipeInput(new TestRecord<>(b("g"), b(again), headers));
    JsonNode o2 = json(redacted.readRecord().value());
    assertEquals(o.get("text").asText(), o2.get("text").asText());
    assertEquals(o.get("aigc").get("label"), o2.get("aigc").get("label"));
  }

  @Test
  void rawRecordsReportLabelsTheyAlreadyCarry() throws Exception {
    start(Detectors.analyzer(List.of("structured")));
    var headers = new RecordHeaders();
    headers.add("AIGC", b("{\"Label\":\"1\",\"ContentProducer\":\"001191440300708461136T1XGW3\","
        + "\"ProduceID\":\"abc\",\"ReservedCode1\":\"\",\"ContentPropagator\":\"001191440300708461136T1XGW3\","
        + "\"PropagateID\":\"abc\",\"ReservedCode2\":\"\"}"));
    raw.pipeInput(new TestRecord<>(b("r"), b("some scraped text"), headers));
    raw.pipeInput(b("s"), b("【本内容由人工智能生成】\n这是一段文字"));
    raw.pipeInput(b("t"), b("plain human text"));
    List<TestRecord<byte[], byte[]>> outs = redacted.readRecordsToList();
    assertEquals("METADATA_LABEL", json(outs.get(0).value()).get("aigc_source").get("signal").asText());
    assertEquals("EXPLICIT_LABEL", json(outs.get(1).value()).get("aigc_source").get("signal").asText());
    assertEquals("NONE", json(outs.get(2).value()).get("aigc_source").get("signal").asText());
    assertNull(outs.get(0).headers().lastHeader("AIGC"), "raw records are not labelled by us");
  }

  @Test
  void aMalformedUpstreamLabelIsNotReplacedButDeadLettered() throws Exception {
    start(Detectors.analyzer(List.of("structured")));
    var headers = new RecordHeaders();
    headers.add("AIGC", b("{not json"));
    generated.pipeInput(new TestRecord<>(b("g"), b("generated text"), headers));
    assertTrue(redacted.isEmpty());
    assertEquals("label", header(dlq.readRecord(), "maskmark.dlq.stage"));
  }

  private static String header(TestRecord<byte[], byte[]> r, String key) {
    var h = r.headers().lastHeader(key);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
