package io.maskmark.pipeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
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
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Kafka security settings pass through from maskmark's configuration: a real KRaft broker in this
 * JVM whose client listener accepts only SASL (SCRAM-SHA-256 for clients; PLAIN for the broker's
 * own inter-broker connections), and the pipeline configured with {@code kafka.security.protocol},
 * {@code kafka.sasl.mechanism} and {@code kafka.sasl.jaas.config} (from a properties file and
 * {@code MASKMARK_KAFKA_*} variables) redacts every record under exactly-once. The broker really
 * checks: a wrong password is refused, a client without SASL gets nowhere, and a pipeline given a
 * wrong password processes nothing and stops with a clear error. No password appears in any log
 * line, argument or exception.
 */
class SaslBrokerPipelineIT {

  private static final String MECHANISM = "SCRAM-SHA-256";
  private static final String BROKER_USER = "broker";
  private static final String BROKER_PASSWORD = "broker-" + UUID.randomUUID();
  private static final String USER = "maskmark";
  private static final String PASSWORD = "mm-" + UUID.randomUUID();
  private static final String WRONG_PASSWORD = "wrong-" + UUID.randomUUID();

  private static EmbeddedKafka broker;

  @TempDir
  Path dir;

  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final Logger kafka = (Logger) LoggerFactory.getLogger("org.apache.kafka");
  private Level kafkaBefore;

  @BeforeAll
  static void startSaslBroker() throws Exception {
    String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
        + BROKER_USER + "\" password=\"" + BROKER_PASSWORD + "\" user_" + BROKER_USER + "=\""
        + BROKER_PASSWORD + "\";";
    broker = EmbeddedKafka.start(Map.of(
        // the test kit's client listener is EXTERNAL; the controller's stays inside the quorum
        "listener.security.protocol.map", "EXTERNAL:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
        "sasl.enabled.mechanisms", "PLAIN," + MECHANISM,
        "sasl.mechanism.inter.broker.protocol", "PLAIN",
        "listener.name.external.plain.sasl.jaas.config", plain,
        "listener.name.external.scram-sha-256.sasl.jaas.config",
        "org.apache.kafka.common.security.scram.ScramLoginModule required;"));
    try (Admin admin = Admin.create(client(Map.of("sasl.mechanism", "PLAIN",
        "sasl.jaas.config", plainJaas(BROKER_USER, BROKER_PASSWORD))))) {
      admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(USER,
          new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_256, 4096), PASSWORD))).all().get();
    }
    // The credential reaches the broker's cache through the metadata log: wait until it works.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try (Admin admin = Admin.create(client(scram(PASSWORD)))) {
        admin.listTopics().names().get(10, TimeUnit.SECONDS);
        break;
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof SaslAuthenticationException) || System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(100);
      }
    }
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (broker != null) {
      broker.close();
    }
  }

  @BeforeEach
  void captureLogs() {
    kafkaBefore = kafka.getLevel();
    kafka.setLevel(Level.INFO); // Kafka's configuration dumps are at INFO
    captured.start();
    root.addAppender(captured);
  }

  @AfterEach
  void noPasswordInAnyLog() {
    root.detachAppender(captured);
    kafka.setLevel(kafkaBefore);
    assertFalse(captured.list.isEmpty(), "logs were captured");
    for (ILoggingEvent e : captured.list) {
      String text = e.getFormattedMessage() + " " + (e.getArgumentArray() == null ? ""
          : List.of(e.getArgumentArray()).toString()) + " " + throwableText(e.getThrowableProxy());
      for (String secret : List.of(PASSWORD, WRONG_PASSWORD, BROKER_PASSWORD)) {
        assertFalse(text.contains(secret), "a password was logged by " + e.getLoggerName() + ": "
            + e.getFormattedMessage().replace(secret, "<password>"));
      }
    }
  }

  @Test
  void thePipelineAuthenticatesWithItsConfiguredCredentialsAndRedactsEveryRecord() throws Exception {
    Topics topics = topics("ok");
    PipelineConfig config = pipelineConfig(topics, PASSWORD);
    assertEquals("SASL_PLAINTEXT", config.kafka().get("security.protocol"));
    assertEquals(MECHANISM, config.kafka().get("sasl.mechanism"));
    assertTrue(config.kafka().get("sasl.jaas.config").contains(PASSWORD));
    assertFalse(config.redactedView().toString().contains(PASSWORD), "the config dump hides it");

    List<String> planted = new ArrayList<>();
    Map<String, String> inputs = new HashMap<>();
    for (int i = 0; i < 6; i++) {
      String phone = "1391234" + String.format("%04d", 5678 + i);
      String email = "sasl.user" + i + "@example.com";
      planted.add(phone);
      planted.add(email);
      String text = i % 2 == 0 ? "客户的手机号是" + phone + "，邮箱" + email + "。"
          : "Call " + phone + " or write to " + email + " today.";
      inputs.put("k" + i, "{\"id\":\"r" + i + "\",\"text\":" + Json.MAPPER.writeValueAsString(text) + "}");
    }
    Map<String, Integer> seen = new HashMap<>();
    List<String> outputs = new ArrayList<>();
    try (PipelineApp app = PipelineApp.create(config, Components.stages(config),
        PipelineMetrics.NONE, DeadLetterPayload.PLAIN)) {
      app.start();
      try (KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(
          broker.bootstrapServers(), scram(PASSWORD))) {
        inputs.forEach((k, v) -> producer.send(new ProducerRecord<>(topics.raw(),
            k.getBytes(StandardCharsets.UTF_8), v.getBytes(StandardCharsets.UTF_8))));
      }
      try (KafkaConsumer<byte[], byte[]> reader = KafkaClients.committedReader(
          broker.bootstrapServers(), scram(PASSWORD))) {
        reader.subscribe(List.of(topics.redacted(), topics.dlq()));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (outputs.size() < inputs.size() && System.nanoTime() < deadline) {
          for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(200))) {
            assertEquals(topics.redacted(), r.topic(), "nothing is dead-lettered");
            seen.merge(new String(r.key(), StandardCharsets.UTF_8), 1, Integer::sum);
            outputs.add(new String(r.value(), StandardCharsets.UTF_8));
          }
        }
      }
      assertEquals(KafkaStreams.State.RUNNING, app.state());
    }
    assertEquals(inputs.keySet(), seen.keySet(), "every record came out");
    seen.forEach((k, n) -> assertEquals(1, n, k + " exactly once"));
    for (String out : outputs) {
      assertTrue(out.contains("\"deid\""), out);
      for (String p : planted) {
        assertFalse(out.contains(p), "planted value in the output");
      }
    }
  }

  @Test
  void theBrokerRefusesAWrongPasswordAnUnknownUserAndClientsWithoutSasl() throws Exception {
    for (Map<String, String> bad : List.of(scram(WRONG_PASSWORD),
        Map.of("sasl.mechanism", MECHANISM, "sasl.jaas.config", scramJaas("nobody", PASSWORD)),
        Map.of("sasl.mechanism", "PLAIN", "sasl.jaas.config", plainJaas(USER, PASSWORD)))) {
      try (Admin admin = Admin.create(client(bad))) {
        ExecutionException e = assertThrows(ExecutionException.class,
            () -> admin.listTopics().names().get(20, TimeUnit.SECONDS));
        assertInstanceOf(SaslAuthenticationException.class, e.getCause());
        assertFalse(e.getCause().getMessage().contains(PASSWORD));
      }
    }
    // A PLAINTEXT client on the SASL listener never gets an answer.
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers(),
        "default.api.timeout.ms", "3000", "request.timeout.ms", "2000"))) {
      ExecutionException e = assertThrows(ExecutionException.class,
          () -> admin.listTopics().names().get(20, TimeUnit.SECONDS));
      assertInstanceOf(org.apache.kafka.common.errors.TimeoutException.class, e.getCause());
    }
  }

  @Test
  void aPipelineWithAWrongPasswordProcessesNothingAndStopsWithAClearError() throws Exception {
    Topics topics = topics("bad");
    PipelineConfig config = pipelineConfig(topics, WRONG_PASSWORD);
    try (KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(
        broker.bootstrapServers(), scram(PASSWORD))) {
      producer.send(new ProducerRecord<>(topics.raw(), "k".getBytes(StandardCharsets.UTF_8),
          "{\"id\":\"r\",\"text\":\"call 13912345678\"}".getBytes(StandardCharsets.UTF_8))).get();
    }
    try (PipelineApp app = PipelineApp.create(config, Components.stages(config),
        PipelineMetrics.NONE, DeadLetterPayload.PLAIN)) {
      CompletableFuture<KafkaStreams.State> stopped = new CompletableFuture<>();
      app.streams().setStateListener((now, before) -> {
        if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
          stopped.complete(now);
        }
      });
      app.start();
      assertEquals(KafkaStreams.State.ERROR, stopped.get(60, TimeUnit.SECONDS),
          "the pipeline stops instead of retrying a refused login forever");
    }
    assertTrue(captured.list.stream().anyMatch(e -> e.getLevel() == Level.ERROR
            && e.getLoggerName().startsWith("io.maskmark")
            && e.getFormattedMessage().contains("authentication failed")
            && e.getFormattedMessage().contains("kafka.sasl")),
        "maskmark says why it stopped");
    try (KafkaConsumer<byte[], byte[]> reader = KafkaClients.committedReader(
        broker.bootstrapServers(), scram(PASSWORD))) {
      reader.subscribe(List.of(topics.redacted(), topics.dlq()));
      assertTrue(reader.poll(Duration.ofSeconds(3)).isEmpty(), "nothing was processed");
    }
  }

  @Test
  void dlqReadTakesTheSecuritySettingsAsConsumerProperties() throws Exception {
    Topics topics = topics("dlq");
    try (KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(
        broker.bootstrapServers(), scram(PASSWORD))) {
      producer.send(new ProducerRecord<>(topics.dlq(), "k".getBytes(StandardCharsets.UTF_8),
          "a dead letter".getBytes(StandardCharsets.UTF_8))).get();
    }
    List<String> args = new ArrayList<>(List.of("dlq", "read", "--bootstrap-servers",
        broker.bootstrapServers(), "--topic", topics.dlq(), "--idle-seconds", "3"));
    scram(PASSWORD).forEach((k, v) -> args.addAll(List.of("--consumer-property", k + "=" + v)));
    CliRun run = CliRun.of(args);
    assertEquals(0, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(1, lines.size(), run.out());
    assertTrue(lines.get(0).contains("a dead letter"), lines.get(0));
  }

  @Test
  void runWithAWrongPasswordExitsNonZeroAndSaysWhyWithoutPrintingThePassword() throws Exception {
    Topics topics = topics("run");
    Path file = configFile(topics, WRONG_PASSWORD, true);
    // --create-topics: the admin client gets the kafka.* settings too, and is refused
    assertRefused(file, "--create-topics", "--partitions", "1");
    // the topics exist: the stream itself is refused and the command stops instead of retrying
    assertRefused(file);
  }

  private void assertRefused(Path file, String... extra) throws Exception {
    int metricsPort;
    try (ServerSocket s = new ServerSocket(0)) {
      metricsPort = s.getLocalPort();
    }
    List<String> args = new ArrayList<>(List.of("run", "--config", file.toString(),
        "--metrics-port", Integer.toString(metricsPort)));
    args.addAll(List.of(extra));
    CliRun run = CliRun.of(args);
    assertEquals(1, run.code(), run.err());
    assertTrue(run.err().toLowerCase(java.util.Locale.ROOT).contains("authentication failed"),
        run.err());
    assertFalse(run.err().contains(WRONG_PASSWORD));
    assertFalse(run.out().contains(WRONG_PASSWORD));
  }

  /** One `maskmark` command run in this JVM, with what it printed. */
  private record CliRun(int code, String out, String err) {
    static CliRun of(List<String> args) throws Exception {
      var cli = Main.commandLine();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      int code = CompletableFuture.supplyAsync(() -> cli.execute(args.toArray(String[]::new)))
          .get(60, TimeUnit.SECONDS);
      return new CliRun(code, out.toString(), err.toString());
    }
  }

  private Topics topics(String run) throws Exception {
    String id = run + "-" + UUID.randomUUID().toString().substring(0, 8);
    Topics topics = new Topics("raw-" + id, "gen-" + id, "out-" + id, "dlq-" + id);
    try (Admin admin = Admin.create(client(scram(PASSWORD)))) {
      EmbeddedKafka.createTopics(admin, topics.all(), 1, (short) 1);
    }
    return topics;
  }

  /** The pipeline's settings as an operator gives them: a properties file and MASKMARK_* variables. */
  private PipelineConfig pipelineConfig(Topics topics, String password) throws Exception {
    return PipelineConfig.load(configFile(topics, password, false), Map.of(
        "MASKMARK_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
        "MASKMARK_KAFKA_SASL_MECHANISM", MECHANISM));
  }

  /**
   * The file always holds the JAAS line; with {@code complete} it names the protocol and the
   * mechanism too (for the CLI run, which sees no variables from this test), otherwise those come
   * from MASKMARK_KAFKA_* variables.
   */
  private Path configFile(Topics topics, String password, boolean complete) throws Exception {
    String id = topics.raw().substring(4);
    Path file = dir.resolve("maskmark-" + id + ".properties");
    java.util.Properties p = new java.util.Properties();
    p.setProperty("bootstrap.servers", broker.bootstrapServers());
    p.setProperty("application.id", "sasl-" + id);
    p.setProperty("detectors", "structured");
    p.setProperty("label.service-code", "TEST-PRODUCER");
    p.setProperty("key.file", TestKeys.file().toString());
    p.setProperty("topics.raw", topics.raw());
    p.setProperty("topics.generated", topics.generated());
    p.setProperty("topics.redacted", topics.redacted());
    p.setProperty("topics.dlq", topics.dlq());
    p.setProperty("kafka.commit.interval.ms", "100");
    if (complete) {
      p.setProperty("kafka.security.protocol", "SASL_PLAINTEXT");
      p.setProperty("kafka.sasl.mechanism", MECHANISM);
    }
    p.setProperty("kafka.sasl.jaas.config", scramJaas(USER, password));
    try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(w, null);
    }
    return file;
  }

  private static Map<String, Object> client(Map<String, String> sasl) {
    Map<String, Object> c = new HashMap<>(sasl);
    c.put("bootstrap.servers", broker.bootstrapServers());
    c.put("security.protocol", "SASL_PLAINTEXT");
    return c;
  }

  private static Map<String, String> scram(String password) {
    return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", MECHANISM,
        "sasl.jaas.config", scramJaas(USER, password));
  }

  private static String scramJaas(String user, String password) {
    return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
        + "\" password=\"" + password + "\";";
  }

  private static String plainJaas(String user, String password) {
    return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user
        + "\" password=\"" + password + "\";";
  }

  private static String throwableText(IThrowableProxy t) {
    StringBuilder b = new StringBuilder();
    while (t != null) {
      b.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
      for (StackTraceElementProxy s : t.getStackTraceElementProxyArray()) {
        b.append(s.getSTEAsString()).append('\n');
      }
      for (IThrowableProxy s : t.getSuppressed()) {
        b.append(throwableText(s));
      }
      t = t.getCause();
    }
    return b.toString();
  }
}
