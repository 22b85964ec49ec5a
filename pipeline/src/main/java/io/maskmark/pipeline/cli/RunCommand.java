package io.maskmark.pipeline.cli;

import io.maskmark.pipeline.app.Components;
import io.maskmark.pipeline.app.PipelineApp;
import io.maskmark.pipeline.broker.EmbeddedKafka;
import io.maskmark.pipeline.config.PipelineConfig;
import io.maskmark.pipeline.metrics.MetricsServer;
import io.maskmark.pipeline.metrics.Readiness;
import io.maskmark.pipeline.metrics.Telemetry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maskmark run}: the production application against a real cluster. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Run the pipeline against a Kafka cluster until SIGTERM (graceful shutdown).",
        "Settings come from --config FILE (properties) and MASKMARK_* environment variables."})
final class RunCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

  @Option(names = "--config", paramLabel = "FILE", description = "Properties file (see README).")
  Path config;

  @Option(names = "--create-topics", description = "Create missing topics before starting.")
  boolean createTopics;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "4",
      description = "Partitions for --create-topics (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--replication-factor", paramLabel = "N", defaultValue = "1",
      description = "Replication factor for --create-topics (default: ${DEFAULT-VALUE}).")
  short replication;

  @Option(names = "--metrics-port", paramLabel = "N",
      description = "Port for /metrics, /healthz and /readyz on all interfaces "
          + "(default: metrics.port from the configuration, 9464).")
  Integer metricsPort;

  @Override
  public Integer call() throws Exception {
    PipelineConfig cfg = config == null ? PipelineConfig.of(Map.of(), System.getenv())
        : PipelineConfig.load(config, System.getenv());
    if (metricsPort != null) {
      cfg = cfg.with("metrics.port", Integer.toString(metricsPort));
    }
    LOG.info("configuration: {}", cfg.redactedView());
    if (createTopics) {
      // The same security settings (kafka.*) as the stream: a SASL/TLS cluster refuses anything less.
      Map<String, Object> adminProps = new HashMap<>(cfg.kafka());
      adminProps.put("bootstrap.servers", cfg.get("bootstrap.servers"));
      try (Admin admin = Admin.create(adminProps)) {
        EmbeddedKafka.createTopics(admin, cfg.topics().all(), partitions, replication);
      }
    }
    try (Telemetry telemetry = Telemetry.create(cfg.topics())) {
      PipelineApp app = PipelineApp.create(cfg, Components.stages(cfg),
          telemetry.pipelineMetrics(), Components.deadLetterPayload(cfg));
      telemetry.bind(app.streams());
      int port = cfg.getInt("metrics.port");
      MetricsServer server;
      try {
        server = MetricsServer.start(new InetSocketAddress(port),
            telemetry.handlers(Readiness.of(app.streams())));
      } catch (IOException e) {
        app.close();
        throw new IllegalArgumentException("cannot serve metrics on port " + port + " ("
            + e.getMessage() + "); choose another with --metrics-port or MASKMARK_METRICS_PORT");
      }
      LOG.info("serving /metrics, /healthz and /readyz on port {}", server.port());
      try (server) {
        return runUntilStopped(app);
      }
    }
  }

  private static int runUntilStopped(PipelineApp app) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    app.streams().setStateListener((now, before) -> {
      LOG.info("streams state {} -> {}", before, now);
      if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
        stopped.countDown();
      }
    });
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("shutting down");
      app.close();
      stopped.countDown();
    }, "maskmark-shutdown"));
    app.start();
    stopped.await();
    if (app.failure().isPresent()) {
      app.close();
      throw new IllegalStateException(app.failure().get());
    }
    return app.state() == KafkaStreams.State.ERROR ? 1 : 0;
  }
}
