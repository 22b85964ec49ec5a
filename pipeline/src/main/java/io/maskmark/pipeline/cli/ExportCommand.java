package io.maskmark.pipeline.cli;

import io.maskmark.pipeline.app.KafkaClients;
import io.maskmark.pipeline.config.PipelineConfig;
import io.maskmark.pipeline.dataset.TopicExport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code maskmark export}: the output topic as dataset shards, with a manifest. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write the redacted topic as JSONL shards (the lines `redact --output` writes) "
        + "and a manifest.json that lists dead-lettered records as failures.",
        "Reads committed records from the beginning until the topics are drained."})
final class ExportCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  KafkaOptions kafka;

  @Option(names = "--topic", paramLabel = "TOPIC",
      description = "Topic to export (default: topics.redacted of the configuration).")
  String topic;

  @Option(names = "--dlq-topic", paramLabel = "TOPIC",
      description = "Dead-letter topic whose records are listed as failures (default: topics.dlq; "
          + "'none' to skip).")
  String dlqTopic;

  @Option(names = "--output", paramLabel = "DIR", required = true, description = "Where to write.")
  Path output;

  @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "Stop once drained and nothing arrived for this long (default: ${DEFAULT-VALUE}).")
  long idleSeconds;

  @Override
  public Integer call() throws Exception {
    PipelineConfig cfg = kafka.load();
    String from = topic != null ? topic : cfg.topics().redacted();
    String dlq = dlqTopic == null ? cfg.topics().dlq() : dlqTopic.equals("none") ? null : dlqTopic;
    var props = new java.util.HashMap<>(cfg.kafka());
    props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
        Integer.toString(cfg.getInt("max.input.bytes") * 2 + 65536));
    TopicExport.Summary s;
    try (KafkaConsumer<byte[], byte[]> consumer =
             KafkaClients.committedReader(cfg.get("bootstrap.servers"), props)) {
      s = new TopicExport(Duration.ofSeconds(idleSeconds)).export(consumer, from, dlq, output);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("maskmark export: " + s.documentsOut() + " documents out, " + s.documentsFailed()
        + " failed; manifest " + s.manifest());
    err.flush();
    return 0;
  }
}
