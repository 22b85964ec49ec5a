package io.maskmark.pipeline.cli;

import io.maskmark.pipeline.app.Components;
import io.maskmark.pipeline.app.KafkaClients;
import io.maskmark.pipeline.app.PipelineApp;
import io.maskmark.pipeline.broker.EmbeddedKafka;
import io.maskmark.pipeline.config.PipelineConfig;
import io.maskmark.pipeline.demo.DemoRecord;
import io.maskmark.pipeline.demo.DemoReport;
import io.maskmark.pipeline.metrics.MetricsServer;
import io.maskmark.pipeline.metrics.Readiness;
import io.maskmark.pipeline.metrics.Telemetry;
import io.maskmark.pipeline.topology.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code maskmark demo}: starts a real broker in-process (unless given one), runs the pipeline on
 * built-in EN and ZH records, and prints every input beside its output.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Run the pipeline end to end on ~20 built-in English and Chinese records.",
        "Starts a real Kafka broker in-process (KRaft, loopback) unless --bootstrap-servers is given."})
final class DemoCommand implements Callable<Integer> {

  /** Exit code when a planted value appears in the redacted output. */
  static final int EXIT_LEAK = 3;

  @Spec
  CommandSpec spec;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
      description = "Use an existing Kafka cluster instead of starting one.")
  String bootstrapServers;

  @Option(names = "--follow", description = "Keep running after the demo records, printing new output "
      + "as it arrives (Ctrl-C to stop).")
  boolean follow;

  @Option(names = "--detectors", split = ",", paramLabel = "NAME", description = "Detector chain.")
  List<String> detectors;

  @Option(names = "--policy", paramLabel = "NAME|FILE",
      description = "De-identification policy (default: the stream default, pipl-deidentify).")
  String policy;

  @Option(names = "--key-file", paramLabel = "FILE", description = "Key ring for keyed operators "
      + "(default: a fresh key ring for this run only).")
  Path keyFile;

  @Option(names = "--metrics-port", paramLabel = "N", defaultValue = "9464",
      description = "Serve /metrics, /healthz and /readyz on this loopback port while the demo "
          + "runs (default: ${DEFAULT-VALUE}); the demo goes on without them if it is taken.")
  int metricsPort;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
      description = "Give up waiting for output after this long (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  @SuppressWarnings("try") // the metrics server only has to live as long as the pipeline
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<DemoRecord> records = DemoRecord.load();
    EmbeddedKafka broker = null;
    try {
      String bootstrap = bootstrapServers;
      if (bootstrap == null) {
        long t0 = System.nanoTime();
        broker = EmbeddedKafka.start();
        bootstrap = broker.bootstrapServers();
        out.printf("Started a Kafka broker (KRaft, in-process) on %s in %.1f s%n", bootstrap,
            (System.nanoTime() - t0) / 1e9);
      }
      Path keys = keyFile != null ? keyFile : EphemeralKeys.file();
      PipelineConfig config = config(bootstrap).with("key.file", keys.toString());
      Topics topics = config.topics();
      try (var admin = org.apache.kafka.clients.admin.Admin.create(
          Map.of("bootstrap.servers", bootstrap))) {
        EmbeddedKafka.createTopics(admin, topics.all(), 2, (short) 1);
      }
      out.printf("Topics: %s, %s -> %s (dead letters: %s)%n", topics.raw(), topics.generated(),
          topics.redacted(), topics.dlq());
      out.flush();
      try (Telemetry telemetry = Telemetry.create(topics);
           PipelineApp app = PipelineApp.create(config, Components.stages(config),
               telemetry.pipelineMetrics(), Components.deadLetterPayload(config));
           MetricsServer metrics = observe(telemetry, app)) {
        CountDownLatch running = new CountDownLatch(1);
        app.streams().setStateListener((now, before) -> {
          if (now == KafkaStreams.State.RUNNING) {
            running.countDown();
          }
        });
        app.start();
        produce(bootstrap, topics, records);
        DemoReport report = new DemoReport(records);
        try (KafkaConsumer<byte[], byte[]> reader = KafkaClients.committedReader(bootstrap, Map.of())) {
          reader.subscribe(List.of(topics.redacted(), topics.dlq()));
          long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
          while (!report.complete() && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(200))) {
              report.accept(r, r.topic().equals(topics.dlq()));
            }
          }
          report.print(out);
          out.flush();
          if (follow) {
            out.println("Following " + topics.redacted() + " and " + topics.dlq() + " (Ctrl-C to stop)...");
            out.flush();
            while (!Thread.currentThread().isInterrupted()) {
              for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(500))) {
                out.println((r.topic().equals(topics.dlq()) ? "dlq: " : "out: ")
                    + new String(r.value(), StandardCharsets.UTF_8));
                out.flush();
              }
            }
          }
        }
        if (!report.complete()) {
          spec.commandLine().getErr().println("maskmark demo: timed out after " + timeoutSeconds
              + " s waiting for " + report.missing() + " record(s)");
          return 1;
        }
        return report.leaks() == 0 ? 0 : EXIT_LEAK;
      }
    } finally {
      if (broker != null) {
        broker.close();
      }
    }
  }

  /**
   * Binds the stream's metrics and serves them on loopback. Metrics are a convenience in the demo:
   * a port that is taken is reported and the demo goes on (null: not serving).
   */
  private MetricsServer observe(Telemetry telemetry, PipelineApp app) {
    telemetry.bind(app.streams());
    try {
      MetricsServer server = MetricsServer.start(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), metricsPort),
          telemetry.handlers(Readiness.of(app.streams())));
      spec.commandLine().getOut().printf("Metrics: http://127.0.0.1:%d/metrics "
          + "(health: /healthz, readiness: /readyz)%n", server.port());
      return server;
    } catch (IOException e) {
      spec.commandLine().getErr().println("maskmark demo: not serving metrics: port " + metricsPort
          + " is not available (" + e.getMessage() + "); use --metrics-port N");
      return null;
    }
  }

  private PipelineConfig config(String bootstrap) {
    PipelineConfig c = PipelineConfig.defaults()
        .with("bootstrap.servers", bootstrap)
        .with("application.id", "maskmark-demo-" + UUID.randomUUID().toString().substring(0, 8))
        .with("kafka.commit.interval.ms", "100")
        // A placeholder producer code: a deployment uses its own (see README).
        .with("label.service-code", "MASKMARK-DEMO");
    if (detectors != null) {
      c = c.with("detectors", String.join(",", detectors));
    }
    if (policy != null) {
      c = c.with("policy", policy);
    }
    return c;
  }

  private static void produce(String bootstrap, Topics topics, List<DemoRecord> records) {
    try (KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(bootstrap, Map.of())) {
      for (DemoRecord r : records) {
        producer.send(new ProducerRecord<>(r.generated() ? topics.generated() : topics.raw(),
            r.id().getBytes(StandardCharsets.UTF_8), r.value()));
      }
      producer.flush();
    }
  }
}
