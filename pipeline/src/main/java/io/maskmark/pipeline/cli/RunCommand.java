package io.maskmark.pipeline.cli;

import io.maskmark.pipeline.app.Components;
import io.maskmark.pipeline.app.PipelineApp;
import io.maskmark.pipeline.broker.EmbeddedKafka;
import io.maskmark.pipeline.config.PipelineConfig;
import io.maskmark.pipeline.topology.DeadLetterPayload;
import io.maskmark.pipeline.topology.PipelineMetrics;
import java.nio.file.Path;
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

  @Override
  public Integer call() throws Exception {
    PipelineConfig cfg = config == null ? PipelineConfig.of(Map.of(), System.getenv())
        : PipelineConfig.load(config, System.getenv());
    LOG.info("configuration: {}", cfg.redactedView());
    if (createTopics) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", cfg.get("bootstrap.servers")))) {
        EmbeddedKafka.createTopics(admin, cfg.topics().all(), partitions, replication);
      }
    }
    CountDownLatch stopped = new CountDownLatch(1);
    PipelineApp app = PipelineApp.create(cfg, Components.stages(cfg), PipelineMetrics.NONE,
        DeadLetterPayload.PLAIN);
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
    return app.state() == KafkaStreams.State.ERROR ? 1 : 0;
  }
}
