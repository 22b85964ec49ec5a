package io.maskmark.pipeline.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.pipeline.record.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

/**
 * Writes the pipeline's output topic as dataset shards, the same lines batch redaction writes,
 * with a manifest; records on the dead-letter topic are listed as failures (id, stage, reason
 * from the DLQ headers; never their content). Reads until every partition is at its end and
 * nothing new arrived for the idle time.
 */
public final class TopicExport {

  /** What was exported. */
  public record Summary(long documentsOut, long documentsFailed, Path manifest) {
  }

  private final Duration idle;

  public TopicExport(Duration idle) {
    this.idle = idle;
  }

  /** @param dlqTopic the dead-letter topic to list failures from, or null */
  public Summary export(Consumer<byte[], byte[]> consumer, String topic, String dlqTopic, Path output)
      throws IOException {
    Instant started = Instant.now();
    Files.createDirectories(output);
    Path shardDir = output.resolve("shards");
    if (Files.isDirectory(shardDir)) {
      try (var existing = Files.list(shardDir)) {
        if (existing.findAny().isPresent()) {
          throw new IllegalArgumentException("the output directory already holds shards: " + shardDir
              + " (an export reads the whole topic; use an empty directory)");
        }
      }
    }
    List<TopicPartition> partitions = new ArrayList<>(partitions(consumer, topic));
    if (dlqTopic != null) {
      partitions.addAll(partitions(consumer, dlqTopic));
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Manifest m = new Manifest();
    String run = "export-" + started.toEpochMilli();
    try (ShardWriter shards = new ShardWriter(output.resolve("shards"), run)) {
      long lastRecord = System.nanoTime();
      while (true) {
        var records = consumer.poll(Duration.ofMillis(200));
        for (ConsumerRecord<byte[], byte[]> r : records) {
          if (r.topic().equals(topic)) {
            ObjectNode line = ShardRecord.of(Json.MAPPER.readTree(r.value()));
            shards.write(line.toString());
            m.add(entry(line));
          } else {
            m.add(failure(r));
          }
        }
        if (!records.isEmpty()) {
          lastRecord = System.nanoTime();
        } else if (System.nanoTime() - lastRecord > idle.toNanos() && atEnd(consumer, partitions)) {
          break;
        }
      }
    }
    ObjectNode info = Json.MAPPER.createObjectNode();
    info.put("pipeline_version", io.maskmark.pipeline.Versions.PIPELINE);
    ObjectNode source = info.putObject("source");
    source.put("topic", topic);
    if (dlqTopic != null) {
      source.put("dlq_topic", dlqTopic);
    }
    info.put("started_at", started.toString());
    info.put("finished_at", Instant.now().toString());
    Path target = output.resolve("manifest.json");
    Path tmp = output.resolve("manifest.json.tmp");
    Files.write(tmp, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(m.toJson(info)));
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    JsonNode totals = Json.MAPPER.readTree(target.toFile()).path("documents");
    return new Summary(totals.path("out").asLong(), totals.path("failed").asLong(), target);
  }

  private static List<TopicPartition> partitions(Consumer<byte[], byte[]> consumer, String topic) {
    List<PartitionInfo> infos = consumer.partitionsFor(topic);
    if (infos == null || infos.isEmpty()) {
      throw new IllegalArgumentException("no such topic: " + topic);
    }
    return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
  }

  private static boolean atEnd(Consumer<byte[], byte[]> consumer, List<TopicPartition> partitions) {
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
  }

  private static ObjectNode entry(ObjectNode line) {
    ObjectNode e = Json.MAPPER.createObjectNode();
    e.put("id", line.path("id").asText());
    e.put("ok", true);
    String text = line.path("text").asText();
    e.put("chars_out", text.codePointCount(0, text.length()));
    e.put("lang", line.path("lang").asText());
    e.set("entities", line.path("entities"));
    e.put("ai", ShardRecord.aiGenerated(line));
    e.put("signal", line.path("aigc_source").path("signal").asText());
    return e;
  }

  /** A dead-lettered record: its envelope id when it has one readable, else where it was. */
  private static ObjectNode failure(ConsumerRecord<byte[], byte[]> r) {
    ObjectNode e = Json.MAPPER.createObjectNode();
    String id = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
    e.put("id", id != null ? id : r.topic() + "-" + r.partition() + "-" + r.offset());
    e.put("ok", false);
    e.put("stage", header(r, "maskmark.dlq.stage"));
    e.put("reason", header(r, "maskmark.dlq.error.message"));
    return e;
  }

  private static String header(ConsumerRecord<byte[], byte[]> r, String key) {
    Header h = r.headers().lastHeader(key);
    return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
  }
}
