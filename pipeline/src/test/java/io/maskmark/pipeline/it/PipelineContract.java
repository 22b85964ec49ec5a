package io.maskmark.pipeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.pipeline.app.Components;
import io.maskmark.pipeline.app.KafkaClients;
import io.maskmark.pipeline.app.PipelineApp;
import io.maskmark.pipeline.broker.EmbeddedKafka;
import io.maskmark.pipeline.config.PipelineConfig;
import io.maskmark.pipeline.record.Json;
import io.maskmark.pipeline.topology.DeadLetterPayload;
import io.maskmark.pipeline.topology.PipelineMetrics;
import io.maskmark.pipeline.topology.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end contract, against whatever real broker a subclass provides: English and Chinese
 * records go through the whole topology under exactly-once; a {@code read_committed} reader sees
 * every input exactly once, redacted or dead-lettered; a bad record does not stop the good ones
 * around it; no planted value reaches the output.
 */
abstract class PipelineContract {

  abstract String bootstrapServers();

  record Planted(String key, String value, String secret, boolean good) {
  }

  @Test
  void everyRecordComesOutExactlyOnceRedactedOrDeadLettered() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Topics topics = new Topics("raw-" + run, "gen-" + run, "out-" + run, "dlq-" + run);
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers()))) {
      EmbeddedKafka.createTopics(admin, topics.all(), 2, (short) 1);
    }
    PipelineConfig config = PipelineConfig.defaults()
        .with("bootstrap.servers", bootstrapServers())
        .with("application.id", "it-" + run)
        .with("detectors", "structured")
        .with("label.service-code", "TEST-PRODUCER")
        .with("key.file", TestKeys.file().toString())
        .with("topics.raw", topics.raw()).with("topics.generated", topics.generated())
        .with("topics.redacted", topics.redacted()).with("topics.dlq", topics.dlq())
        .with("kafka.commit.interval.ms", "100");

    List<Planted> inputs = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String phone = "139" + String.format("%08d", 10000000 + i * 7919);
      String email = "user" + i + "@example.com";
      String text = i % 2 == 0
          ? "客户" + i + "的手机号是" + phone + "，邮箱" + email + "，请回电。"
          : "Customer " + i + " asked us to call " + phone + " or write to " + email + ".";
      inputs.add(new Planted("k" + i, "{\"id\":\"r" + i + "\",\"text\":" + Json.MAPPER.writeValueAsString(text)
          + "}", phone + "|" + email, true));
      if (i == 15) {
        inputs.add(new Planted("bad", "{\"id\":\"bad\",\"text\":", "", false));
      }
    }
    try (PipelineApp app = PipelineApp.create(config, Components.stages(config),
        PipelineMetrics.NONE, DeadLetterPayload.PLAIN)) {
      app.start();
      try (KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(bootstrapServers(), Map.of())) {
        for (int i = 0; i < inputs.size(); i++) {
          Planted p = inputs.get(i);
          String topic = i % 5 == 4 ? topics.generated() : topics.raw();
          producer.send(new ProducerRecord<>(topic, p.key().getBytes(StandardCharsets.UTF_8),
              p.value().getBytes(StandardCharsets.UTF_8)));
        }
      }
      Map<String, Integer> seen = new HashMap<>();
      Map<String, String> texts = new HashMap<>();
      List<String> deadKeys = new ArrayList<>();
      try (KafkaConsumer<byte[], byte[]> reader = KafkaClients.committedReader(bootstrapServers(), Map.of())) {
        reader.subscribe(List.of(topics.redacted(), topics.dlq()));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (seen.values().stream().mapToInt(Integer::intValue).sum() < inputs.size()
            && System.nanoTime() < deadline) {
          for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(200))) {
            String key = new String(r.key(), StandardCharsets.UTF_8);
            seen.merge(key, 1, Integer::sum);
            if (r.topic().equals(topics.dlq())) {
              deadKeys.add(key);
            } else {
              JsonNode o = Json.MAPPER.readTree(r.value());
              texts.put(key, o.toString());
            }
          }
        }
        // Nothing more may arrive: duplicates would show up here.
        for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofSeconds(2))) {
          seen.merge(new String(r.key(), StandardCharsets.UTF_8), 1, Integer::sum);
        }
      }
      assertEquals(List.of("bad"), deadKeys);
      for (Planted p : inputs) {
        assertEquals(1, seen.getOrDefault(p.key(), 0), "record " + p.key() + " must appear exactly once");
        if (p.good()) {
          for (String secret : p.secret().split("\\|")) {
            assertFalse(texts.get(p.key()).contains(secret), "planted value leaked in " + p.key());
          }
          assertTrue(texts.get(p.key()).contains("\"deid\""));
        }
      }
    }
  }
}
