package io.maskmark.pipeline.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.deid.Policy;
import io.maskmark.detect.Detectors;
import io.maskmark.detect.NormalizedText;
import io.maskmark.label.LabelingConfig;
import io.maskmark.pipeline.document.DocumentLimits;
import io.maskmark.pipeline.document.TikaExtractor;
import io.maskmark.pipeline.engine.Engine;
import io.maskmark.pipeline.label.AigcLabeler;
import io.maskmark.pipeline.record.EnvelopeParser;
import io.maskmark.pipeline.record.Json;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The hostile-input catalogue through the real topology (structured detectors, the Tika document
 * extractor, a 20 MiB record limit). Each broken record ends in the DLQ with a reason naming the
 * stage; each obfuscated identifier is still redacted; the stream goes on after every case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputCatalogueTest {

  private static final Topics T = Topics.DEFAULT;
  private static final int LIMIT = 20 * 1024 * 1024;
  private static final String PHONE = "13812345678";
  private static final String EMAIL = "john.smith@example.com";

  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> raw;
  private TestOutputTopic<byte[], byte[]> redacted;
  private TestOutputTopic<byte[], byte[]> dlq;

  @BeforeAll
  void start() {
    var stages = new RecordStages(new Engine(Detectors.analyzer(List.of("structured")), Policy.tags()),
        new AigcLabeler(LabelingConfig.builder("TEST-PRODUCER").build()),
        new TikaExtractor(DocumentLimits.DEFAULT));
    var topology = MaskmarkTopology.build(T, stages, new EnvelopeParser(LIMIT),
        PipelineMetrics.NONE, DeadLetterPayload.PLAIN);
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "hostile");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(topology, p);
    raw = driver.createInputTopic(T.raw(), new ByteArraySerializer(), new ByteArraySerializer());
    redacted = driver.createOutputTopic(T.redacted(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    dlq = driver.createOutputTopic(T.dlq(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  @AfterAll
  void stop() {
    driver.close();
  }

  @BeforeEach
  void drain() {
    redacted.readRecordsToList();
    dlq.readRecordsToList();
  }

  /** Pipes one record, then a plain one: the stream must still be alive after the case. */
  private void pipe(byte[] value, String contentType) {
    RecordHeaders headers = new RecordHeaders();
    if (contentType != null) {
      headers.add("content-type", contentType.getBytes(StandardCharsets.UTF_8));
    }
    raw.pipeInput(new TestRecord<>("case".getBytes(StandardCharsets.UTF_8), value, headers));
  }

  private String deadLettered(byte[] value, String contentType, String stage) {
    pipe(value, contentType);
    assertTrue(redacted.isEmpty(), "nothing reaches the redacted topic");
    TestRecord<byte[], byte[]> dead = dlq.readRecord();
    assertEquals(stage, header(dead, "maskmark.dlq.stage"));
    assertAlive();
    return header(dead, "maskmark.dlq.error.message");
  }

  /** The redacted text of the one output record; no planted value survives in any form. */
  private String redactedText(byte[] value, String contentType, String... planted) throws Exception {
    pipe(value, contentType);
    assertTrue(dlq.isEmpty(), () -> "dead-lettered: " + header(dlq.readRecord(), "maskmark.dlq.error.message"));
    JsonNode out = Json.MAPPER.readTree(redacted.readRecord().value());
    String text = out.get("text").textValue();
    String seen = NormalizedText.of(text).text();
    for (String p : planted) {
      assertFalse(seen.contains(NormalizedText.of(p).text()), () -> "a planted value survived redaction");
    }
    assertAlive();
    return text;
  }

  private void assertAlive() {
    raw.pipeInput("next".getBytes(StandardCharsets.UTF_8), ("after " + PHONE).getBytes(StandardCharsets.UTF_8));
    String text = Json.MAPPER.valueToTree(readJson()).get("text").textValue();
    assertFalse(text.contains(PHONE));
  }

  private JsonNode readJson() {
    try {
      return Json.MAPPER.readTree(redacted.readRecord().value());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String header(TestRecord<byte[], byte[]> r, String key) {
    var h = r.headers().lastHeader(key);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] withByte(byte[] bytes, int at, int b) {
    byte[] out = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, out, 0, at);
    out[at] = (byte) b;
    System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
    return out;
  }

  @Test
  void brokenUtf8IsRefusedNotGuessedAsAnotherEncoding() {
    byte[] text = utf8("客户张三的手机是" + PHONE + "，邮箱" + EMAIL + "，地址在北京市海淀区。");
    assertEquals("value is not valid UTF-8", deadLettered(withByte(text, 12, 0xFF), null, "parse"));
    assertEquals("value is not valid UTF-8",
        deadLettered(withByte(utf8("phone " + PHONE), 3, 0xC3), "text/plain; charset=UTF-8", "parse"));
    assertEquals("value is not valid UTF-8", deadLettered(withByte(utf8("{\"text\":\"a\"}"), 9, 0xFE), null, "parse"));
  }

  @Test
  void textInAnotherEncodingIsDecodedAndRedacted() throws Exception {
    redactedText(("客户的手机是" + PHONE + "，请联系。").getBytes(Charset.forName("GB18030")), null, PHONE);
  }

  @Test
  void brokenAndDeeplyNestedJsonIsRefused() {
    assertEquals("invalid JSON envelope", deadLettered(utf8("{\"text\":\"" + PHONE), null, "parse"));
    assertTrue(deadLettered(utf8("{\"a\":" .repeat(10_000) + "1" + "}".repeat(10_000)), null, "parse")
        .contains("nested deeper than"));
    assertEquals("envelope field \"text\" must be a string",
        deadLettered(utf8("{\"text\":[\"" + PHONE + "\"]}"), null, "parse"));
    assertTrue(deadLettered(utf8("{\"text\":null}"), null, "parse").contains("exactly one of"));
    assertEquals("JSON envelope is not an object", deadLettered(utf8("[\"" + PHONE + "\"]"), "application/json", "parse"));
  }

  @Test
  void emptyNullAndOversizedValuesAreRefused() {
    assertEquals("null value", deadLettered(null, null, "parse"));
    assertEquals("empty value", deadLettered(new byte[0], null, "parse"));
    assertTrue(deadLettered(new byte[LIMIT + 1], null, "parse").contains("exceeds the limit"));
  }

  @Test
  void aTenMegabyteLineWithoutSpacesIsRedactedToItsEnd() throws Exception {
    String line = "x".repeat(10 * 1024 * 1024) + " " + EMAIL;
    assertTrue(redactedText(utf8(line), null, EMAIL).endsWith("<EMAIL>"));
  }

  @Test
  void obfuscatedIdentifiersAreStillRedacted() throws Exception {
    redactedText(utf8("手机１３８１２３４５６７８"), null, "１３８１２３４５６７８");
    redactedText(utf8("tel 138\u200B1234\u00AD5678 now"), null, PHONE);
    redactedText(utf8("mail j\u043Ehn.sm\u0456th@ex\u0430mple.com"), null, EMAIL);
    String reversed = new StringBuilder("jo@example.com").reverse().toString();
    redactedText(utf8("reply \u202E" + reversed + "\u202C ok"), null, reversed);
    redactedText(utf8("\u0000\u0007ctrl " + PHONE + "\u001B\u007F"), null, PHONE);
  }

  @Test
  void escapedLoneSurrogatesAndDuplicateKeysInAnEnvelope() throws Exception {
    redactedText(utf8("{\"text\":\"\\ud800 " + PHONE + " \\udc00\"}"), null, PHONE);
    // whichever copy a parser keeps, the one forwarded is redacted
    redactedText(utf8("{\"text\":\"safe\",\"text\":\"" + PHONE + "\"}"), null, PHONE);
  }
}
