package io.maskmark.pipeline.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.pipeline.engine.Engine;
import io.maskmark.pipeline.record.EnvelopeParser;
import io.maskmark.pipeline.record.InputRecord;
import io.maskmark.pipeline.record.Json;
import io.maskmark.pipeline.topology.DeadLetterPayload;
import io.maskmark.pipeline.topology.Labeler;
import io.maskmark.pipeline.topology.Labels;
import io.maskmark.pipeline.topology.MaskmarkTopology;
import io.maskmark.pipeline.topology.RecordStages;
import io.maskmark.pipeline.topology.Topics;
import io.micrometer.core.instrument.search.RequiredSearch;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The meters the topology feeds, read back from the registry after records pass through it. */
class MicrometerPipelineMetricsTest {

  private static final Topics T = Topics.DEFAULT;

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> raw;
  private TestInputTopic<byte[], byte[]> generated;

  /**
   * Labels generated text the way the label library does (visible wording and an AIGC header) and
   * reports an envelope label on raw input, unreadable when it is not a JSON object.
   */
  static final class FakeLabelLibrary implements Labeler {
    @Override
    public Labels label(String redactedText, InputRecord input, Headers headers) {
      ObjectNode aigc = Json.MAPPER.createObjectNode().put("Label", "1");
      return new Labels("AI-generated. " + redactedText, 14,
          aigc.toString().getBytes(StandardCharsets.UTF_8), aigc, null, true, "NONE");
    }

    @Override
    public Labels inspect(String redactedText, InputRecord input, Headers headers) {
      if (input.aigc() == null) {
        return Labels.none(redactedText);
      }
      ObjectNode found = Json.MAPPER.createObjectNode();
      String signal = input.aigc().isObject() ? "METADATA_LABEL" : "INVALID_LABEL";
      found.put("signal", signal);
      return new Labels(redactedText, 0, null, null, found, false, signal);
    }
  }

  /** Leaves every record unlabelled: for counting what an unlabelled pipeline reports. */
  static final Labeler NO_LABELS = new Labeler() {
    @Override
    public Labels label(String redactedText, InputRecord input, Headers headers) {
      return Labels.none(redactedText);
    }

    @Override
    public Labels inspect(String redactedText, InputRecord input, Headers headers) {
      return Labels.none(redactedText);
    }
  };

  private void start(Labeler labeler) {
    RecordStages stages = new RecordStages(Engine.of(List.of("structured"), "tags", null), labeler,
        RecordStages.DocumentExtractor.NONE);
    var topology = MaskmarkTopology.build(T, stages, new EnvelopeParser(4096),
        new MicrometerPipelineMetrics(registry, T), DeadLetterPayload.PLAIN);
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "metrics-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(topology, p);
    var ser = new ByteArraySerializer();
    raw = driver.createInputTopic(T.raw(), ser, ser);
    generated = driver.createInputTopic(T.generated(), ser, ser);
  }

  @AfterEach
  void close() {
    if (driver != null) {
      driver.close();
    }
    registry.close();
  }

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private double count(String name, String... tags) {
    RequiredSearch s = registry.get(name).tags(tags);
    return s.counters().stream().mapToDouble(c -> c.count()).sum();
  }

  private long timerCount(String name, String... tags) {
    return registry.get(name).tags(tags).timer().count();
  }

  @Test
  void recordsEntitiesOperatorsStagesAndDeadLettersAreCounted() {
    start(NO_LABELS);
    raw.pipeInput(b("k1"), b("{\"id\":\"1\",\"text\":\"call 13912345678 or a@example.com\"}"));
    raw.pipeInput(b("k2"), b("客户手机13912345678，身份证号11010519491231002X"));
    generated.pipeInput(b("k3"), b("{\"id\":\"3\",\"text\":\"write to b@example.com\"}"));
    raw.pipeInput(b("k4"), b("{\"id\":\"4\",\"text\":"));
    raw.pipeInput(b("k5"), b("{\"id\":\"5\",\"mime\":\"application/pdf\",\"content_b64\":\""
        + Base64.getEncoder().encodeToString(b("%PDF")) + "\"}"));

    assertEquals(4, count("maskmark.records.in", "source", "raw", "topic", T.raw()));
    assertEquals(1, count("maskmark.records.in", "source", "generated", "topic", T.generated()));
    assertEquals(2, count("maskmark.records.out", "source", "raw", "labelled", "false"));
    assertEquals(1, count("maskmark.records.out", "source", "generated", "labelled", "false"));
    assertEquals(0, count("maskmark.records.out", "labelled", "true"));
    assertEquals(1, count("maskmark.records.dead.lettered", "stage", "parse", "topic", T.dlq()));
    assertEquals(1, count("maskmark.records.dead.lettered", "stage", "extract"));
    assertEquals(0, count("maskmark.records.dead.lettered", "stage", "detect"));
    assertEquals(1, count("maskmark.dead.letter.errors", "stage", "parse", "error_class", "RejectedInput"));
    assertEquals(1, count("maskmark.documents", "mime", "application/pdf"));

    assertEquals(1, count("maskmark.entities.detected", "type", "PHONE", "lang", "en", "detector", "structured"));
    assertEquals(1, count("maskmark.entities.detected", "type", "PHONE", "lang", "zh"));
    assertEquals(1, count("maskmark.entities.detected", "type", "CN_RESIDENT_ID", "lang", "zh"));
    assertEquals(2, count("maskmark.entities.detected", "type", "EMAIL"));
    assertEquals(5, count("maskmark.operator.applications", "policy", "tags", "operator", "replace",
        "mode", "anonymised"));

    assertEquals(5, timerCount("maskmark.stage.duration", "stage", "parse"));
    assertEquals(4, timerCount("maskmark.stage.duration", "stage", "extract"));
    assertEquals(3, timerCount("maskmark.stage.duration", "stage", "detect"));
    assertEquals(3, timerCount("maskmark.stage.duration", "stage", "label"));
    assertEquals(2, timerCount("maskmark.end.to.end.latency", "source", "raw"));
    assertEquals(2, timerCount("maskmark.processing.duration", "source", "raw"));
    assertEquals(5, registry.get("maskmark.record.size").tags("direction", "in").summaries()
        .stream().mapToLong(s -> s.count()).sum());
    assertEquals(3, count("maskmark.labels.found", "status", "absent"));
  }

  @Test
  void labelsAppliedAndFoundAreCountedByKind() {
    start(new FakeLabelLibrary());
    generated.pipeInput(b("g"), b("{\"id\":\"g\",\"text\":\"hello\"}"));
    raw.pipeInput(b("r1"), b("{\"id\":\"r1\",\"text\":\"hello\",\"aigc\":{\"Label\":\"1\"}}"));
    raw.pipeInput(b("r2"), b("{\"id\":\"r2\",\"text\":\"hello\",\"aigc\":\"not a label\"}"));
    raw.pipeInput(b("r3"), b("{\"id\":\"r3\",\"text\":\"hello\"}"));

    assertEquals(1, count("maskmark.labels.applied", "source", "generated", "kind", "explicit"));
    assertEquals(1, count("maskmark.labels.applied", "source", "generated", "kind", "implicit_header"));
    assertEquals(0, count("maskmark.labels.applied", "kind", "file_metadata"));
    assertEquals(0, count("maskmark.labels.applied", "source", "raw"));
    assertEquals(1, count("maskmark.records.out", "source", "generated", "labelled", "true"));
    assertEquals(1, count("maskmark.labels.found", "source", "raw", "status", "present"));
    assertEquals(1, count("maskmark.labels.found", "source", "raw", "status", "invalid"));
    assertEquals(1, count("maskmark.labels.found", "source", "raw", "status", "absent"));
  }

  @Test
  void prometheusNamesFollowTheConventions() {
    start(NO_LABELS);
    raw.pipeInput(b("k"), b("call 13912345678"));
    String text = registry.scrape();
    for (String name : List.of("maskmark_records_in_total", "maskmark_records_out_total",
        "maskmark_records_dead_lettered_total", "maskmark_entities_detected_total",
        "maskmark_operator_applications_total", "maskmark_labels_applied_total",
        "maskmark_labels_found_total", "maskmark_stage_duration_seconds_bucket",
        "maskmark_end_to_end_latency_seconds_bucket", "maskmark_processing_duration_seconds_bucket",
        "maskmark_record_size_bytes_bucket")) {
      assertTrue(text.contains("\n" + name + "{"), name);
    }
    assertTrue(text.contains("maskmark_stage_duration_seconds_bucket{stage=\"detect\",le=\"0.001\"}"),
        "explicit stage buckets for p50/p99");
    // Every maskmark_ sample's label values come from the fixed sets or the configuration.
    for (String line : text.split("\n")) {
      if (line.startsWith("maskmark_")) {
        assertFalse(line.contains("13912345678"), line);
      }
    }
  }

  @Test
  void freeTextMimeTypesAndStrangeNamesAreBounded() {
    MicrometerPipelineMetrics m = new MicrometerPipelineMetrics(registry, T);
    m.document(io.maskmark.pipeline.topology.Source.RAW, "application/x-Zhang San 13912345678");
    m.document(io.maskmark.pipeline.topology.Source.RAW, "Application/PDF; charset=binary");
    m.deadLettered(io.maskmark.pipeline.topology.Source.RAW, T.dlq(),
        io.maskmark.pipeline.topology.Stage.PARSE, "Bad class name with spaces");
    assertEquals(1, count("maskmark.documents", "mime", "other"));
    assertEquals(1, count("maskmark.documents", "mime", "application/pdf"));
    assertEquals(1, count("maskmark.dead.letter.errors", "error_class", "other"));
  }
}
