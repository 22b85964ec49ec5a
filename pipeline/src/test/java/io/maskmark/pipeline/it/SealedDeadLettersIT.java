package io.maskmark.pipeline.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.deid.keys.KeyException;
import io.maskmark.pipeline.app.Components;
import io.maskmark.pipeline.app.KafkaClients;
import io.maskmark.pipeline.app.PipelineApp;
import io.maskmark.pipeline.broker.EmbeddedKafka;
import io.maskmark.pipeline.cli.Main;
import io.maskmark.pipeline.config.PipelineConfig;
import io.maskmark.pipeline.dlq.DlqKey;
import io.maskmark.pipeline.record.Json;
import io.maskmark.pipeline.topology.PipelineMetrics;
import io.maskmark.pipeline.topology.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code dlq.key.file} set, the DLQ on a real broker holds no readable raw input: the value
 * is AES-256-GCM ciphertext bound to the record key, and only {@code maskmark dlq read} with the
 * key gives the original back.
 */
class SealedDeadLettersIT {

  private static final String PLANTED = "13912345678";

  @TempDir
  Path dir;

  @Test
  void deadLettersAreSealedAndOpenOnlyWithTheirKeyAndRecord() throws Exception {
    Path dlqKey = dir.resolve("dlq-key.json");
    DlqKey.generate(dlqKey);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dlqKey)));
    byte[] bad = ("{\"id\":\"b1\",\"text\":\"手机" + PLANTED).getBytes(StandardCharsets.UTF_8);
    try (EmbeddedKafka broker = EmbeddedKafka.start()) {
      Topics topics = new Topics("sealed-raw", "sealed-gen", "sealed-out", "sealed-dlq");
      broker.createTopics(topics.all(), 1);
      PipelineConfig config = PipelineConfig.defaults()
          .with("bootstrap.servers", broker.bootstrapServers())
          .with("application.id", "sealed-dlq").with("detectors", "structured")
          .with("label.service-code", "TEST-PRODUCER").with("key.file", TestKeys.file().toString())
          .with("dlq.key.file", dlqKey.toString())
          .with("topics.raw", topics.raw()).with("topics.generated", topics.generated())
          .with("topics.redacted", topics.redacted()).with("topics.dlq", topics.dlq())
          .with("kafka.commit.interval.ms", "100");
      List<ConsumerRecord<byte[], byte[]>> dead = new ArrayList<>();
      try (PipelineApp app = PipelineApp.create(config, Components.stages(config),
          PipelineMetrics.NONE, Components.deadLetterPayload(config))) {
        app.start();
        try (KafkaProducer<byte[], byte[]> p = KafkaClients.producer(broker.bootstrapServers(), Map.of())) {
          p.send(new ProducerRecord<>(topics.raw(), "k-bad".getBytes(StandardCharsets.UTF_8), bad));
        }
        try (KafkaConsumer<byte[], byte[]> reader = KafkaClients.committedReader(
            broker.bootstrapServers(), Map.of())) {
          reader.subscribe(List.of(topics.dlq()));
          long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
          while (dead.isEmpty() && System.nanoTime() < deadline) {
            reader.poll(Duration.ofMillis(200)).forEach(dead::add);
          }
        }
      }
      assertEquals(1, dead.size(), "the broken record was dead-lettered");
      ConsumerRecord<byte[], byte[]> r = dead.get(0);
      assertFalse(new String(r.value(), StandardCharsets.ISO_8859_1).contains(PLANTED),
          "the stored value is not the raw input");
      assertEquals(DlqKey.ENCODING, new String(r.headers().lastHeader(DlqKey.ENCODING_HEADER).value(),
          StandardCharsets.UTF_8));
      DlqKey key = DlqKey.load(dlqKey);
      assertArrayEquals(bad, key.open(r.value(), r.key(), r.headers()).orElseThrow());
      assertThrows(KeyException.class, () -> key.open(r.value(), "k-other".getBytes(StandardCharsets.UTF_8),
          r.headers()), "bound to its record key");
      Path otherKey = dir.resolve("other.json");
      DlqKey.generate(otherKey);
      assertThrows(KeyException.class, () -> DlqKey.load(otherKey).open(r.value(), r.key(), r.headers()));

      // the operator's view: with the key the original, without it only the failure headers
      JsonNode opened = Json.MAPPER.readTree(cli("dlq", "read", "--bootstrap-servers",
          broker.bootstrapServers(), "--topic", topics.dlq(), "--key-file", dlqKey.toString(),
          "--idle-seconds", "2")[0].strip());
      assertEquals(new String(bad, StandardCharsets.UTF_8), opened.get("value").asText());
      assertEquals("parse", opened.at("/headers/stage").asText());
      String[] closed = cli("dlq", "read", "--bootstrap-servers", broker.bootstrapServers(),
          "--topic", topics.dlq(), "--idle-seconds", "2");
      assertFalse(closed[0].contains(PLANTED), closed[0]);
      assertFalse(Json.MAPPER.readTree(closed[0].strip()).has("value"));
      assertTrue(closed[1].contains("give --key-file"), closed[1]);
    }
  }

  @Test
  void aFileThatIsNotADlqKeyStopsStartUpWithAClearMessage() throws Exception {
    Path notAKey = dir.resolve("keys.json");
    Files.copy(TestKeys.file(), notAKey);
    PipelineConfig config = PipelineConfig.defaults().with("dlq.key.file", notAKey.toString());
    KeyException e = assertThrows(KeyException.class, () -> Components.deadLetterPayload(config));
    assertTrue(e.getMessage().contains("is not a DLQ key file"), e.getMessage());
  }

  private static String[] cli(String... args) {
    var cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    assertEquals(0, cli.execute(args), err.toString());
    return new String[] {out.toString(), err.toString()};
  }
}
