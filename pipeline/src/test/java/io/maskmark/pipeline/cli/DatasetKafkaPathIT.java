package io.maskmark.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kafka path of dataset preparation on a real broker: {@code ingest} a corpus, the pipeline
 * redacts it, {@code export} writes shards; they hold exactly what {@code redact --output}
 * writes for the same corpus, and the bad files are dead-lettered with the same reasons.
 */
class DatasetKafkaPathIT {

  @TempDir
  Path dir;

  @Test
  void ingestPipelineExportGivesTheShardsOfBatchRedaction() throws Exception {
    Path in = dir.resolve("corpus");
    DatasetRedactTest.corpus(in);
    Topics topics = new Topics("raw-ds", "gen-ds", "out-ds", "dlq-ds");
    try (EmbeddedKafka broker = EmbeddedKafka.start()) {
      String bootstrap = broker.bootstrapServers();
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
        EmbeddedKafka.createTopics(admin, topics.all(), 2, (short) 1);
      }
      PipelineConfig config = PipelineConfig.defaults()
          .with("bootstrap.servers", bootstrap)
          .with("application.id", "dataset-it")
          .with("policy", "tags")
          .with("label.service-code", "TEST-PRODUCER")
          .with("topics.raw", topics.raw()).with("topics.generated", topics.generated())
          .with("topics.redacted", topics.redacted()).with("topics.dlq", topics.dlq())
          .with("kafka.commit.interval.ms", "100");
      try (PipelineApp app = PipelineApp.create(config, Components.stages(config),
          PipelineMetrics.NONE, DeadLetterPayload.PLAIN)) {
        app.start();
        DatasetRedactTest.Run ingest = DatasetRedactTest.run("ingest", in.toString(),
            "--topic", topics.raw(), "--bootstrap-servers", bootstrap,
            "--text-field", "message", "--id-field", "ticket");
        assertEquals(Main.EXIT_DATA_ERROR, ingest.code(), "the broken JSONL line is reported: " + ingest.err());
        int published = Integer.parseInt(ingest.err().replaceAll("(?s).*ingest: (\\d+) records published.*", "$1"));
        awaitProcessed(bootstrap, topics, published);
        DatasetRedactTest.Run export = DatasetRedactTest.run("export", "--topic", topics.redacted(),
            "--dlq-topic", topics.dlq(), "--bootstrap-servers", bootstrap,
            "--output", dir.resolve("kafka").toString(), "--idle-timeout", "1");
        assertEquals(0, export.code(), export.err());
      }
    }
    DatasetRedactTest.Run batch = DatasetRedactTest.run("redact", "--input", in.toString(),
        "--output", dir.resolve("batch").toString(), "--policy", "tags", "--progress", "log",
        "--text-field", "message", "--id-field", "ticket");
    assertEquals(Main.EXIT_DATA_ERROR, batch.code());

    Map<String, JsonNode> viaKafka = DatasetRedactTest.shards(dir.resolve("kafka"));
    Map<String, JsonNode> viaBatch = DatasetRedactTest.shards(dir.resolve("batch"));
    assertEquals(new TreeSet<>(viaBatch.keySet()), new TreeSet<>(viaKafka.keySet()));
    viaBatch.forEach((id, line) -> assertEquals(line, viaKafka.get(id), "the same shard line for " + id));
    DatasetRedactTest.assertNothingPlanted(dir.resolve("kafka"));

    Map<String, String> kafkaFailures = failures(dir.resolve("kafka"), false);
    Map<String, String> batchFailures = failures(dir.resolve("batch"), true);
    assertEquals(batchFailures, kafkaFailures, "the same documents fail, for the same reasons");
    assertTrue(kafkaFailures.keySet().containsAll(List.of("bomb.zip", "encrypted.pdf", "truncated.docx")));
  }

  /** Failures by id with their reason; records unreadable before Kafka (stage read) never got there. */
  private static Map<String, String> failures(Path out, boolean dropRead) throws Exception {
    Map<String, String> byId = new TreeMap<>();
    for (JsonNode f : Json.MAPPER.readTree(out.resolve("manifest.json").toFile()).get("failures")) {
      if (!(dropRead && f.get("stage").asText().equals("read"))) {
        byId.put(f.get("id").asText(), f.get("stage").asText() + ": " + f.get("reason").asText());
      }
    }
    return byId;
  }

  private static void awaitProcessed(String bootstrap, Topics topics, int expected) {
    int seen = 0;
    try (KafkaConsumer<byte[], byte[]> reader = KafkaClients.committedReader(bootstrap, Map.of())) {
      reader.subscribe(List.of(topics.redacted(), topics.dlq()));
      long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
      while (seen < expected && System.nanoTime() < deadline) {
        seen += reader.poll(Duration.ofMillis(200)).count();
      }
    }
    assertEquals(expected, seen, "every published record reached the output or the DLQ");
  }
}
