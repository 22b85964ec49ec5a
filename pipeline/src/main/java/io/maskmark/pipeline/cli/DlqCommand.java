package io.maskmark.pipeline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.pipeline.app.KafkaClients;
import io.maskmark.pipeline.dlq.DlqKey;
import io.maskmark.pipeline.record.Json;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code maskmark dlq}: the key that seals dead letters, and reading them back. */
@Command(name = "dlq", mixinStandardHelpOptions = true,
    description = "Dead letters: make the key that seals their raw payload, and read them back.",
    subcommands = {DlqCommand.Keygen.class, DlqCommand.Read.class})
final class DlqCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "keygen", mixinStandardHelpOptions = true,
      description = {"Write a new DLQ key (AES-256-GCM, a Google Tink keyset), owner-only, never "
          + "overwritten. Set dlq.key.file to it and the stream seals every dead letter's payload."})
  static final class Keygen implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The new key file.")
    Path out;

    @Override
    public Integer call() {
      DlqKey.generate(out);
      spec.commandLine().getOut().println("wrote " + out + " (mode 600; give it only to whoever "
          + "handles dead letters)");
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  @Command(name = "read", mixinStandardHelpOptions = true,
      description = {"Print dead letters as JSONL: key, failure headers and the original value "
          + "(opened with --key-file when sealed; text when UTF-8, else value_b64).",
          "The output holds raw input: it is for whoever is allowed to handle dead letters."})
  static final class Read implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT")
    String bootstrapServers;

    @Option(names = "--topic", defaultValue = "maskmark.dlq", paramLabel = "TOPIC",
        description = "Dead-letter topic (default: ${DEFAULT-VALUE}).")
    String topic;

    @Option(names = "--key-file", paramLabel = "FILE", description = "The DLQ key, for sealed records.")
    Path keyFile;

    @Option(names = "--max", defaultValue = "1000", paramLabel = "N",
        description = "Stop after N records (default: ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--idle-seconds", defaultValue = "5", paramLabel = "S",
        description = "Stop when nothing arrives for S seconds (default: ${DEFAULT-VALUE}).")
    int idleSeconds;

    @Option(names = "--consumer-property", paramLabel = "KEY=VALUE",
        description = "Extra Kafka consumer setting (e.g. security.protocol=SASL_SSL); repeatable.")
    Map<String, String> consumerProperties = Map.of();

    @Override
    public Integer call() throws Exception {
      DlqKey key = keyFile == null ? null : DlqKey.load(keyFile);
      PrintWriter out = spec.commandLine().getOut();
      int n = 0;
      int sealedUnread = 0;
      try (KafkaConsumer<byte[], byte[]> reader =
               KafkaClients.committedReader(bootstrapServers, consumerProperties)) {
        reader.subscribe(List.of(topic));
        long idleUntil = System.nanoTime() + Duration.ofSeconds(idleSeconds).toNanos();
        while (n < max && System.nanoTime() < idleUntil) {
          for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(200))) {
            idleUntil = System.nanoTime() + Duration.ofSeconds(idleSeconds).toNanos();
            boolean sealed = r.headers().lastHeader(DlqKey.ENCODING_HEADER) != null;
            if (sealed && key == null) {
              sealedUnread++;
            }
            out.println(line(r, key, sealed));
            if (++n >= max) {
              break;
            }
          }
        }
      }
      out.flush();
      if (sealedUnread > 0) {
        spec.commandLine().getErr().println("maskmark dlq read: " + sealedUnread
            + " sealed record(s) printed without their value; give --key-file to open them");
      }
      return 0;
    }

    private static String line(ConsumerRecord<byte[], byte[]> r, DlqKey key, boolean sealed) {
      ObjectNode o = Json.MAPPER.createObjectNode();
      o.put("partition", r.partition()).put("offset", r.offset());
      o.put("key", r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8));
      ObjectNode headers = o.putObject("headers");
      for (Header h : r.headers()) {
        if (h.key().startsWith("maskmark.dlq.")) {
          headers.put(h.key().substring("maskmark.dlq.".length()),
              new String(h.value(), StandardCharsets.UTF_8));
        }
      }
      o.put("sealed", sealed);
      Optional<byte[]> value = !sealed ? Optional.ofNullable(r.value())
          : key == null ? Optional.empty() : key.open(r.value(), r.key(), r.headers());
      value.ifPresent(v -> {
        try {
          o.put("value", StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(v)).toString());
        } catch (CharacterCodingException e) {
          o.put("value_b64", Base64.getEncoder().encodeToString(v));
        }
      });
      return o.toString();
    }
  }
}
