package io.maskmark.pipeline.cli;

import io.maskmark.pipeline.app.KafkaClients;
import io.maskmark.pipeline.config.PipelineConfig;
import io.maskmark.pipeline.dataset.CorpusIngest;
import io.maskmark.pipeline.dataset.CorpusReader;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code maskmark ingest}: publishes a corpus to the input topic for the pipeline to redact. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Publish a corpus to Kafka: one envelope per document ({\"id\",\"content_b64\"}) "
        + "or JSONL/CSV record ({\"id\",\"text\"}), keyed by id (the path, as `redact --output` names it).",
        "Run the pipeline on the topic, then `maskmark export` writes the dataset shards."})
final class IngestCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  KafkaOptions kafka;

  @Parameters(paramLabel = "DIR|FILE|GLOB", arity = "1..*", description = "The corpus.")
  List<String> inputs;

  @Option(names = "--topic", paramLabel = "TOPIC",
      description = "Topic to publish to (default: topics.raw of the configuration, maskmark.raw).")
  String topic;

  @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text",
      description = "The JSONL field or CSV column holding the text (default: ${DEFAULT-VALUE}).")
  String textField;

  @Option(names = "--id-field", paramLabel = "NAME", defaultValue = "id",
      description = "The JSONL field or CSV column holding a record id (default: ${DEFAULT-VALUE}).")
  String idField;

  @Override
  public Integer call() throws Exception {
    PipelineConfig cfg = kafka.load();
    int maxBytes = cfg.getInt("max.input.bytes");
    Map<String, String> props = new HashMap<>(cfg.kafka());
    // an envelope carries a document in base64 (4/3 of its size)
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(maxBytes * 2 + 65536));
    PrintWriter err = spec.commandLine().getErr();
    String target = topic != null ? topic : cfg.topics().raw();
    CorpusIngest.Summary s;
    try (KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(cfg.get("bootstrap.servers"), props)) {
      s = new CorpusIngest(new CorpusReader(textField, idField, maxBytes)).publish(inputs, producer, target, err);
    }
    err.println("maskmark ingest: " + s.published() + " records published to " + target
        + (s.failed() > 0 ? ", " + s.failed() + " not (listed above)" : ""));
    err.flush();
    return s.failed() == 0 ? 0 : Main.EXIT_DATA_ERROR;
  }
}
