package io.maskmark.pipeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.pipeline.app.Components;
import io.maskmark.pipeline.app.KafkaClients;
import io.maskmark.pipeline.app.PipelineApp;
import io.maskmark.pipeline.broker.EmbeddedKafka;
import io.maskmark.pipeline.cli.Main;
import io.maskmark.pipeline.config.PipelineConfig;
import io.maskmark.pipeline.record.Json;
import io.maskmark.pipeline.topology.DeadLetterPayload;
import io.maskmark.pipeline.topology.PipelineMetrics;
import io.maskmark.pipeline.topology.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Personal data and secrets stay out of logs at every level: planted values go through the
 * command line and the stream (good records, broken ones, records that fail) with maskmark's own
 * loggers at TRACE and everything else at DEBUG (Kafka at INFO: its DEBUG is protocol chatter
 * about offsets, never record contents), and no log line, argument or exception (message, causes,
 * suppressed) may contain a planted value, the de-identification key or the DLQ reasons' input.
 */
class NoPiiInLogsIT {

  private static final List<String> PLANTED = List.of("13912345678", "zhang.wei@example.com",
      "110105194912310021", "4111 1111 1111 1111", "123-45-6789", "欧阳娜娜");

  @TempDir
  Path dir;

  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final Logger ours = (Logger) LoggerFactory.getLogger("io.maskmark");
  private final Logger kafka = (Logger) LoggerFactory.getLogger("org.apache.kafka");
  private Level rootBefore;
  private Level kafkaBefore;

  @BeforeEach
  void captureEverything() {
    rootBefore = root.getLevel();
    kafkaBefore = kafka.getLevel();
    captured.start();
    root.addAppender(captured);
    root.setLevel(Level.DEBUG);
    ours.setLevel(Level.TRACE);
    kafka.setLevel(Level.INFO);
  }

  @AfterEach
  void restore() {
    root.detachAppender(captured);
    root.setLevel(rootBefore);
    ours.setLevel(null);
    kafka.setLevel(kafkaBefore);
  }

  private static String text(int i) {
    String v = PLANTED.get(i % PLANTED.size());
    return i % 2 == 0 ? "客户资料：" + v + "，请处理。" : "Customer details: " + v + ", please handle.";
  }

  @Test
  void commandsAndTheStreamLogNoPlantedValueAndNoKey() throws Exception {
    Path keys = TestKeys.file();
    // the command line, offline: good records and a broken line
    Path input = dir.resolve("in.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < PLANTED.size() * 2; i++) {
      lines.add(Json.MAPPER.createObjectNode().put("id", "c" + i).put("text", text(i)).toString());
    }
    lines.add("{\"id\":\"broken\",\"text\":\"" + PLANTED.get(0));
    Files.write(input, lines);
    cli("--log-level", "TRACE", "redact", input.toString(), "--input", "jsonl", "--key-file",
        keys.toString());
    cli("--log-level", "TRACE", "detect", input.toString(), "--input", "jsonl", "--explain");
    ours.setLevel(Level.TRACE); // --log-level set the root; keep ours at the most verbose

    // the stream, on a real broker
    try (EmbeddedKafka broker = EmbeddedKafka.start()) {
      Topics topics = new Topics("logs-raw", "logs-gen", "logs-out", "logs-dlq");
      broker.createTopics(topics.all(), 2);
      PipelineConfig config = PipelineConfig.defaults()
          .with("bootstrap.servers", broker.bootstrapServers())
          .with("application.id", "no-pii-in-logs")
          .with("label.service-code", "TEST-PRODUCER")
          .with("key.file", keys.toString())
          .with("topics.raw", topics.raw()).with("topics.generated", topics.generated())
          .with("topics.redacted", topics.redacted()).with("topics.dlq", topics.dlq())
          .with("kafka.commit.interval.ms", "100");
      List<byte[]> values = new ArrayList<>();
      for (int i = 0; i < PLANTED.size() * 2; i++) {
        values.add(Json.MAPPER.createObjectNode().put("id", "s" + i).put("text", text(i)).toString()
            .getBytes(StandardCharsets.UTF_8));
      }
      values.add(("{\"id\":\"broken\",\"text\":\"" + PLANTED.get(2)).getBytes(StandardCharsets.UTF_8));
      values.add(("{\"id\":\"" + PLANTED.get(1) + "\",\"text\":42}").getBytes(StandardCharsets.UTF_8));
      values.add(("{\"content_b64\":\"" + java.util.Base64.getEncoder().encodeToString(
          ("%PDF-1.7 " + PLANTED.get(3)).getBytes(StandardCharsets.UTF_8)) + "\"}")
          .getBytes(StandardCharsets.UTF_8));
      int dlq = 0;
      try (PipelineApp app = PipelineApp.create(config, Components.stages(config),
          PipelineMetrics.NONE, DeadLetterPayload.PLAIN)) {
        app.start();
        try (KafkaProducer<byte[], byte[]> p = KafkaClients.producer(broker.bootstrapServers(), Map.of())) {
          for (int i = 0; i < values.size(); i++) {
            p.send(new ProducerRecord<>(i % 3 == 2 ? topics.generated() : topics.raw(),
                ("k" + i).getBytes(StandardCharsets.UTF_8), values.get(i)));
          }
        }
        int seen = 0;
        try (KafkaConsumer<byte[], byte[]> reader = KafkaClients.committedReader(
            broker.bootstrapServers(), Map.of())) {
          reader.subscribe(List.of(topics.redacted(), topics.dlq()));
          long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
          while (seen < values.size() && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(200))) {
              seen++;
              if (r.topic().equals(topics.dlq())) {
                dlq++;
                for (Header h : r.headers()) {
                  if (h.key().startsWith("maskmark.dlq.")) {
                    assertClean("DLQ header " + h.key(), new String(h.value(), StandardCharsets.UTF_8));
                  }
                }
              }
            }
          }
        }
        assertEquals(values.size(), seen, "every stream record came out");
      }
      assertTrue(dlq >= 2, "the broken records were dead-lettered: " + dlq);
    }

    List<String> secrets = new ArrayList<>(PLANTED);
    secrets.addAll(keyMaterial(keys));
    int checked = 0;
    for (ILoggingEvent e : List.copyOf(captured.list)) {
      checked++;
      String line = e.getFormattedMessage() + " " + e.getMDCPropertyMap() + " "
          + throwableText(e.getThrowableProxy());
      for (String secret : secrets) {
        assertTrue(!line.contains(secret), "a secret or planted value in a " + e.getLevel()
            + " line of " + e.getLoggerName());
      }
    }
    assertTrue(checked > 100, "logging was captured at DEBUG/TRACE: " + checked + " events");
    System.out.printf("no-pii-in-logs: %d log events checked against %d planted values and key "
        + "strings%n", checked, secrets.size());
  }

  private static void assertClean(String where, String value) {
    for (String secret : PLANTED) {
      assertTrue(!value.contains(secret), where + " quotes the input");
    }
  }

  private void cli(String... args) {
    var cli = Main.commandLine();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    cli.execute(args);
    // Error output goes to the operator's terminal and logs: it must be clean too.
    assertClean("stderr of " + String.join(" ", args), err.toString());
  }

  /** Every long string in the key ring file: key material in whatever encoding it is kept. */
  private static List<String> keyMaterial(Path keys) throws Exception {
    List<String> found = new ArrayList<>();
    collect(Json.MAPPER.readTree(keys.toFile()), found);
    assertTrue(!found.isEmpty(), "the key ring holds key material");
    return found;
  }

  private static void collect(JsonNode n, List<String> out) {
    if (n.isTextual() && n.asText().length() >= 16) {
      out.add(n.asText());
    }
    for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
      collect(it.next(), out);
    }
  }

  private static String throwableText(IThrowableProxy t) {
    StringBuilder b = new StringBuilder();
    for (IThrowableProxy p = t; p != null; p = p.getCause()) {
      b.append(p.getClassName()).append(": ").append(p.getMessage()).append('\n');
      for (StackTraceElementProxy s : p.getStackTraceElementProxyArray()) {
        b.append(s.getSTEAsString()).append('\n');
      }
      for (IThrowableProxy s : p.getSuppressed()) {
        b.append(throwableText(s));
      }
    }
    return b.toString();
  }
}
