package io.maskmark.pipeline.gateway;

import static io.maskmark.pipeline.gateway.GatewayFixture.SERVICE_CODE;
import static io.maskmark.pipeline.gateway.GatewayFixture.TOKEN;
import static io.maskmark.pipeline.gateway.GatewayFixture.json;
import static io.maskmark.pipeline.gateway.GatewayFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.pipeline.broker.EmbeddedKafka;
import io.maskmark.pipeline.http.BearerAuth;
import io.maskmark.pipeline.record.Json;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Audit publishing of gateway requests to a real (embedded KRaft) broker. */
class GatewayPublishIT {

  private static final String EMAIL = "li.na@example.org";
  private static EmbeddedKafka broker;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = EmbeddedKafka.start();
  }

  @AfterAll
  static void stopBroker() throws Exception {
    broker.close();
  }

  private GatewayFixture gateway(String topic, String mode, Duration timeout) throws Exception {
    Publisher p = Publishers.kafka(broker.bootstrapServers(), topic, mode, Map.of(), timeout,
        new SimpleMeterRegistry());
    return new GatewayFixture(BearerAuth.ofToken(TOKEN), 1 << 16, 1 << 20, p);
  }

  @Test
  void acknowledgedPublishingWritesTheRedactedResultWithItsLabelBeforeAnswering()
      throws Exception {
    String topic = "audit-ack-" + UUID.randomUUID();
    broker.createTopics(List.of(topic), 1);
    try (GatewayFixture gw = gateway(topic, "acknowledged", Duration.ofSeconds(10))) {
      HttpResponse<byte[]> processed = gw.postJson("/v1/process",
          "{\"text\":\"Write to " + EMAIL + " about the refund.\",\"id\":\"ticket-7\"}");
      assertEquals(200, processed.statusCode(), text(processed));
      HttpResponse<byte[]> labelled = gw.postJson("/v1/label",
          "{\"text\":\"Reply to " + EMAIL + " tomorrow.\"}");
      assertEquals(200, labelled.statusCode(), text(labelled));
      HttpResponse<byte[]> file = gw.send(gw.post("/v1/files/label", "image/png",
          GatewayServerTest.png()).header("Authorization", "Bearer " + TOKEN));
      assertEquals(200, file.statusCode(), text(file));

      // acknowledged: the records are in the topic when the responses arrive
      List<ConsumerRecord<byte[], byte[]>> records = consume(topic, 3);
      assertEquals(3, records.size());
      for (ConsumerRecord<byte[], byte[]> r : records) {
        assertFalse(new String(r.value(), StandardCharsets.UTF_8).contains(EMAIL),
            "never the raw text");
      }

      ConsumerRecord<byte[], byte[]> first = records.get(0);
      assertEquals("ticket-7", new String(first.key(), StandardCharsets.UTF_8));
      JsonNode v = Json.MAPPER.readTree(first.value());
      assertEquals("process", v.get("route").textValue());
      assertEquals(json(processed).get("text"), v.get("text"), "the redacted, labelled text");
      assertEquals(json(processed).get("entities"), v.get("entities"));
      Header aigc = first.headers().lastHeader("AIGC");
      assertNotNull(aigc);
      assertEquals(processed.headers().firstValue("AIGC").orElseThrow(),
          new String(aigc.value(), StandardCharsets.UTF_8));

      JsonNode label = Json.MAPPER.readTree(records.get(1).value());
      assertEquals("label", label.get("route").textValue());
      assertTrue(label.get("text") == null, "the label route's text was not de-identified");
      assertTrue(label.get("text_chars").asInt() > 0);
      assertEquals(SERVICE_CODE, label.at("/aigc/label/ContentProducer").textValue());

      JsonNode f = Json.MAPPER.readTree(records.get(2).value());
      assertEquals("files/label", f.get("route").textValue());
      assertEquals(file.body().length, f.get("bytes").asInt());
      assertEquals(FileService.sha256(file.body()), f.get("sha256").textValue());
    }
  }

  @Test
  void fireAndForgetPublishingDeliversWithoutDelayingTheResponse() throws Exception {
    String topic = "audit-ff-" + UUID.randomUUID();
    broker.createTopics(List.of(topic), 1);
    try (GatewayFixture gw = gateway(topic, "fire-and-forget", Duration.ofSeconds(10))) {
      for (int i = 0; i < 5; i++) {
        HttpResponse<byte[]> r = gw.postJson("/v1/redact",
            "{\"text\":\"mail " + i + EMAIL + "\",\"id\":\"r" + i + "\"}");
        assertEquals(200, r.statusCode(), text(r));
      }
      List<ConsumerRecord<byte[], byte[]>> records = consume(topic, 5);
      assertEquals(List.of("r0", "r1", "r2", "r3", "r4"), records.stream()
          .map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList());
      assertTrue(records.stream().allMatch(r -> r.headers().lastHeader("AIGC") == null),
          "redact issues no label");
    }
  }

  @Test
  void acknowledgedPublishingToAnUnreachableBrokerAnswers503AndWithholdsTheResult()
      throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    Publisher p = Publishers.kafka("127.0.0.1:" + closedPort, "audit", "acknowledged", Map.of(),
        Duration.ofSeconds(2), new SimpleMeterRegistry());
    try (GatewayFixture gw = new GatewayFixture(BearerAuth.ofToken(TOKEN), 1 << 16, 1 << 20, p)) {
      HttpResponse<byte[]> r = gw.postJson("/v1/process", "{\"text\":\"" + EMAIL + "\"}");
      assertEquals(503, r.statusCode(), text(r));
      assertEquals("publish_failed", json(r).at("/error/code").textValue());
      assertFalse(text(r).contains(EMAIL) || text(r).contains("[邮箱") || text(r).contains("[EMAIL"),
          "no result without its audit record: " + text(r));
    }
  }

  private static List<ConsumerRecord<byte[], byte[]>> consume(String topic, int n) {
    Map<String, Object> c = new HashMap<>();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    c.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c,
        new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(topic));
      List<ConsumerRecord<byte[], byte[]>> out = new java.util.ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (out.size() < n && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(out::add);
      }
      return out;
    }
  }
}
