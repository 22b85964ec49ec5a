package io.maskmark.pipeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.pipeline.app.KafkaClients;
import io.maskmark.pipeline.broker.EmbeddedKafka;
import io.maskmark.pipeline.topology.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * One fault-injection run: fresh topics, {@code n} inputs with planted PII produced at a steady
 * rate in the background (so every fault falls mid-stream), child-JVM pipelines, and a
 * {@code read_committed} reader keeping a ledger of what came out per input key.
 */
final class FaultHarness implements AutoCloseable {

  /** Every 100th record is a truncated JSON envelope and must be dead-lettered, not lost. */
  static final int BAD_EVERY = 100;

  record Input(String key, byte[] value, List<String> planted, boolean bad) {
  }

  private final EmbeddedKafka broker;
  private final Path dir;
  private final int n;
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final Topics topics;
  private final List<Input> inputs;
  private final Ledger ledger;
  private final KafkaConsumer<byte[], byte[]> reader;
  private final List<PipelineProcess> children = new ArrayList<>();
  private final Thread producer;
  private final List<Integer> seenAtFaults = new ArrayList<>();

  FaultHarness(EmbeddedKafka broker, Path dir, int n, int perSecond) throws Exception {
    this.broker = broker;
    this.dir = dir;
    this.n = n;
    this.topics = new Topics("fault-raw-" + run, "fault-gen-" + run, "fault-out-" + run,
        "fault-dlq-" + run);
    broker.createTopics(topics.all(), 4);
    this.inputs = inputs(n);
    this.ledger = new Ledger(topics, inputs);
    this.reader = KafkaClients.committedReader(broker.bootstrapServers(), Map.of());
    // Assigned, not subscribed: a group member that rejoins after a broker restart has no
    // committed offsets and would re-read from the beginning, which looks like duplicates.
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : List.of(topics.redacted(), topics.dlq())) {
      reader.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    reader.assign(partitions);
    reader.seekToBeginning(partitions);
    this.producer = new Thread(() -> producePaced(perSecond), "fault-producer");
  }

  void startProducing() {
    producer.start();
  }

  /** Starts {@code maskmark run} as a child JVM; the same name means the same instance restarted. */
  PipelineProcess start(String instance) throws IOException {
    Path config = dir.resolve("pipeline-" + instance + ".properties");
    Files.writeString(config, String.join("\n",
        "bootstrap.servers=" + broker.bootstrapServers(),
        "application.id=fault-" + run,
        "topics.raw=" + topics.raw(), "topics.generated=" + topics.generated(),
        "topics.redacted=" + topics.redacted(), "topics.dlq=" + topics.dlq(),
        "detectors=structured",
        "key.file=" + TestKeys.file(),
        "label.service-code=TEST-PRODUCER",
        "kafka.commit.interval.ms=100",
        // A killed member is noticed after the session timeout (the broker's minimum, 6 s).
        "kafka.session.timeout.ms=6000",
        "kafka.heartbeat.interval.ms=1500",
        // Each instance its own state directory, so each has its own process id.
        "kafka.state.dir=" + dir.resolve("state-" + instance)) + "\n");
    PipelineProcess p = PipelineProcess.start(config, dir.resolve("instance-" + instance + ".log"));
    children.add(p);
    return p;
  }

  /** Reads until {@code percent} of the inputs have come out, and notes it as a fault point. */
  void awaitPercent(int percent, PipelineProcess running) {
    seenAtFaults.add(awaitSeen(n * percent / 100, running));
  }

  private int awaitSeen(int count, PipelineProcess running) {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (ledger.seen() < count) {
      assertTrue(System.nanoTime() < deadline, "only " + ledger.seen() + " of " + count
          + " records came out in 3 min; pipeline log:\n" + running.tail());
      assertTrue(running.alive(), "the pipeline exited; its log:\n" + running.tail());
      ledger.accept(reader.poll(Duration.ofMillis(200)));
    }
    return ledger.seen();
  }

  /** Waits for every input, reads on a little for late duplicates, and checks the ledger. */
  void assertExactlyOnce(PipelineProcess running) throws InterruptedException {
    awaitSeen(n, running);
    producer.join();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    while (System.nanoTime() < until) {
      ledger.accept(reader.poll(Duration.ofMillis(200)));
    }
    System.out.printf("fault run: %d records, faults after %s had come out; %d redacted, %d "
            + "dead-lettered, %d duplicates, %d leaked%n", n, seenAtFaults,
        ledger.seen() - ledger.deadLettered, ledger.deadLettered, ledger.duplicates, ledger.leaks);
    for (int seen : seenAtFaults) {
      assertTrue(seen < n, "every fault happened mid-stream: " + seenAtFaults);
    }
    assertEquals(0, n - ledger.seen(), "missing records");
    assertEquals(0, ledger.duplicates, "duplicated records");
    assertEquals(0, ledger.leaks, "planted values on the redacted topic");
    assertEquals(n / BAD_EVERY, ledger.deadLettered, "bad records on the DLQ");
    assertEquals(0, ledger.misrouted, "good records on the DLQ or bad ones on the output");
  }

  @Override
  public void close() throws InterruptedException {
    producer.interrupt();
    for (PipelineProcess p : children) {
      p.kill();
    }
    reader.close();
  }

  private static List<Input> inputs(int n) {
    List<Input> inputs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String key = "r-" + i;
      if (i % BAD_EVERY == BAD_EVERY - 1) {
        byte[] truncated = ("{\"id\":\"" + key + "\",\"text\":\"手机139").getBytes(StandardCharsets.UTF_8);
        inputs.add(new Input(key, truncated, List.of(), true));
        continue;
      }
      String phone = "139" + String.format("%08d", i);
      String email = "user" + i + ".fault@example.org";
      String text = i % 2 == 0
          ? "用户" + i + "号的手机号是" + phone + "，邮箱" + email + "。"
          : "Customer " + i + " asked to be called on " + phone + " or mailed at " + email + ".";
      String value = "{\"id\":\"" + key + "\",\"text\":\"" + text + "\"}";
      inputs.add(new Input(key, value.getBytes(StandardCharsets.UTF_8), List.of(phone, email), false));
    }
    return inputs;
  }

  private void producePaced(int perSecond) {
    try (KafkaProducer<byte[], byte[]> p = KafkaClients.producer(broker.bootstrapServers(), Map.of())) {
      long start = System.nanoTime();
      for (int i = 0; i < inputs.size(); i++) {
        long wait = start + i * 1_000_000_000L / perSecond - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        Input in = inputs.get(i);
        p.send(new ProducerRecord<>(topics.raw(), in.key().getBytes(StandardCharsets.UTF_8), in.value()));
      }
      p.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * What the reader has seen, per input key. A duplicate is a second record for the same input;
   * reading the same record (same topic, partition and offset) twice is not one.
   */
  private static final class Ledger {
    private final Topics topics;
    private final Map<String, Input> byKey = new HashMap<>();
    private final Set<String> positions = new HashSet<>();
    private final Map<String, Integer> times = new HashMap<>();
    private int duplicates;
    private int leaks;
    private int deadLettered;
    private int misrouted;

    Ledger(Topics topics, List<Input> inputs) {
      this.topics = topics;
      inputs.forEach(i -> byKey.put(i.key(), i));
    }

    void accept(Iterable<ConsumerRecord<byte[], byte[]>> records) {
      for (ConsumerRecord<byte[], byte[]> r : records) {
        if (!positions.add(r.topic() + "/" + r.partition() + "/" + r.offset())) {
          continue;
        }
        String key = new String(r.key(), StandardCharsets.UTF_8);
        Input in = byKey.get(key);
        if (in == null || times.merge(key, 1, Integer::sum) > 1) {
          duplicates++;
          continue;
        }
        boolean dlq = r.topic().equals(topics.dlq());
        if (dlq) {
          deadLettered++;
        } else {
          String out = new String(r.value(), StandardCharsets.UTF_8);
          leaks += (int) in.planted().stream().filter(out::contains).count();
        }
        if (dlq != in.bad()) {
          misrouted++;
        }
      }
    }

    int seen() {
      return times.size();
    }
  }
}
