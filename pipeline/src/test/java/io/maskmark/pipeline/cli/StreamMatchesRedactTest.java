package io.maskmark.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.detect.Detectors;
import io.maskmark.deid.keys.KeyRing;
import io.maskmark.label.LabelingConfig;
import io.maskmark.pipeline.engine.Engine;
import io.maskmark.pipeline.label.AigcLabeler;
import io.maskmark.pipeline.record.EnvelopeParser;
import io.maskmark.pipeline.record.Json;
import io.maskmark.pipeline.topology.DeadLetterPayload;
import io.maskmark.pipeline.topology.MaskmarkTopology;
import io.maskmark.pipeline.topology.PipelineMetrics;
import io.maskmark.pipeline.topology.RecordStages;
import io.maskmark.pipeline.topology.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stream (topology with an engine built as the pipeline configuration does) and the offline
 * {@code maskmark redact --policy NAME --key-file FILE} give the same text, entities and deid
 * block for the same input.
 */
class StreamMatchesRedactTest {

  private static final List<String> RECORDS = List.of(
      "{\"id\":\"r1\",\"lang\":\"zh\",\"text\":\"张三的手机号是13812345678，邮箱zhang.san@example.com\"}",
      "{\"id\":\"r2\",\"lang\":\"en\",\"text\":\"𠀀 mail mary.major@example.org or call +86 139 2345 6789\"}");

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"pipl-deidentify", "gdpr-pseudonymise", "training-data", "support-mask", "tags"})
  void sameOutputOfflineAndInTheStream(String policy) throws Exception {
    Path key = dir.resolve("ring.json");
    KeyRing.generate().writeNew(key);

    Path input = dir.resolve("in.jsonl");
    Files.write(input, RECORDS);
    CommandLine cli = new CommandLine();
    String offline = cli.run("redact", "--input", "jsonl", "--policy", policy, "--key-file", key.toString(),
        input.toString());

    Engine engine = Engine.of(Detectors.DEFAULT_CHAIN, policy, key.toString());
    var stages = new RecordStages(engine, new AigcLabeler(LabelingConfig.builder("TEST-PRODUCER").build()),
        RecordStages.DocumentExtractor.NONE);
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "deid-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    Topics t = Topics.DEFAULT;
    try (TopologyTestDriver driver = new TopologyTestDriver(MaskmarkTopology.build(t, stages,
        new EnvelopeParser(1 << 20), PipelineMetrics.NONE, DeadLetterPayload.PLAIN), p)) {
      var raw = driver.createInputTopic(t.raw(), new ByteArraySerializer(), new ByteArraySerializer());
      var out = driver.createOutputTopic(t.redacted(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
      List<String> lines = offline.lines().toList();
      assertEquals(RECORDS.size(), lines.size());
      for (int i = 0; i < RECORDS.size(); i++) {
        raw.pipeInput(("k" + i).getBytes(StandardCharsets.UTF_8), RECORDS.get(i).getBytes(StandardCharsets.UTF_8));
        JsonNode streamed = Json.MAPPER.readTree(out.readValue());
        JsonNode redacted = Json.MAPPER.readTree(lines.get(i));
        for (String field : List.of("text", "entities", "deid")) {
          assertEquals(redacted.get(field), streamed.get(field), policy + " " + field + " of record " + i);
        }
        assertFalse(streamed.get("text").asText().contains("13812345678"));
      }
    }
  }

  /** Runs the CLI in-process and returns stdout. */
  private static final class CommandLine {
    String run(String... args) {
      picocli.CommandLine cli = Main.commandLine();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      assertEquals(0, cli.execute(args), err.toString());
      return out.toString();
    }
  }
}
