package io.maskmark.pipeline.cli;

import io.maskmark.pipeline.config.PipelineConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the cluster is, for commands that talk to Kafka outside the stream (ingest, export). */
final class KafkaOptions {

  @Option(names = "--config", paramLabel = "FILE",
      description = "Pipeline properties file: bootstrap.servers, topics.*, kafka.* (security).")
  Path config;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
      description = "Kafka bootstrap servers (default: bootstrap.servers of the configuration).")
  String bootstrap;

  PipelineConfig load() throws IOException {
    PipelineConfig cfg = config == null ? PipelineConfig.of(Map.of(), System.getenv())
        : PipelineConfig.load(config, System.getenv());
    return bootstrap == null ? cfg : cfg.with("bootstrap.servers", bootstrap);
  }
}
