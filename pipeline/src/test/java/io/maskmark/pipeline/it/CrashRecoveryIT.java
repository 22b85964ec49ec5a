package io.maskmark.pipeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once under real faults. A broker runs in this JVM; the pipeline runs as child JVMs
 * ({@code java -jar maskmark.jar run}) that the test kills with SIGKILL and restarts, while a
 * second instance joins and leaves, all while input keeps arriving. A {@code read_committed}
 * reader must then see every input exactly once, on the redacted topic or the DLQ, and no planted
 * value anywhere on the redacted topic.
 */
class CrashRecoveryIT {

  /** Input records, produced at {@link #PER_SECOND} so that every fault falls mid-stream. */
  private static final int N = 20_000;
  private static final int PER_SECOND = 1_000;
  /** Every 100th record is a truncated JSON envelope and must be dead-lettered, not lost. */
  private static final int BAD_EVERY = 100;

  private static EmbeddedKafka broker;

  @TempDir
  Path dir;

  private final List<PipelineProcess> children = new ArrayList<>();

  @BeforeAll
  static void startBroker() throws Exception {
    assumeTrue(Files.isRegularFile(PipelineProcess.jar()), "maskmark.jar is built in the package phase");
    broker = EmbeddedKafka.start();
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (broker != null) {
      broker.close();
    }
  }

  record Input(String key, byte[] value, List<String> planted, boolean bad) {
  }

  @Test
  void killsRestartsJoinsAndLeavesLoseNothingDuplicateNothingLeakNothing() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Topics topics = new Topics("crash-raw-" + run, "crash-gen-" + run, "crash-out-" + run,
        "crash-dlq-" + run);
    broker.createTopics(topics.all(), 4);
    List<Input> inputs = inputs();
    Ledger ledger = new Ledger(topics, inputs);

    Thread producer = new Thread(() -> producePaced(topics, inputs), "crash-producer");
    try (KafkaConsumer<byte[], byte[]> reader = KafkaClients.committedReader(
        broker.bootstrapServers(), Map.of())) {
      reader.subscribe(List.of(topics.redacted(), topics.dlq()));
      PipelineProcess a = start(topics, run, "a");
      producer.start();

      List<Integer> seenAtFaults = new ArrayList<>();
      seenAtFaults.add(awaitSeen(reader, ledger, N * 15 / 100, a));
      a.kill();                                            // crash
      a = start(topics, run, "a");                         // and restart
      seenAtFaults.add(awaitSeen(reader, ledger, N * 35 / 100, a));
      PipelineProcess b = start(topics, run, "b");         // a second instance joins
      seenAtFaults.add(awaitSeen(reader, ledger, N * 55 / 100, a));
      a.kill();                                            // the first crashes: b takes over
      seenAtFaults.add(awaitSeen(reader, ledger, N * 70 / 100, b));
      a = start(topics, run, "a");                         // it comes back
      seenAtFaults.add(awaitSeen(reader, ledger, N * 85 / 100, a));
      b.close();                                           // b leaves gracefully

      awaitSeen(reader, ledger, N, a);
      producer.join();
      // Late duplicates would arrive after the last first sighting: keep reading a little.
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
      while (System.nanoTime() < until) {
        ledger.accept(reader.poll(Duration.ofMillis(200)));
      }
      System.out.printf("crash test: %d records, faults after %s had come out; %d redacted, %d "
          + "dead-lettered, %d duplicates%n", N, seenAtFaults, ledger.seen() - ledger.deadLettered(),
          ledger.deadLettered(), ledger.duplicates());
      for (int seen : seenAtFaults) {
        assertTrue(seen < N, "every fault happened mid-stream: " + seenAtFaults);
      }
      assertEquals(0, ledger.missing(), "missing records");
      assertEquals(0, ledger.duplicates(), "duplicated records");
      assertEquals(0, ledger.leaks(), "planted values on the redacted topic");
      assertEquals(N / BAD_EVERY, ledger.deadLettered(), "bad records on the DLQ");
      assertEquals(0, ledger.misrouted(), "good records on the DLQ or bad ones on the output");
    } finally {
      for (PipelineProcess p : children) {
        p.kill();
      }
    }
  }

  private PipelineProcess start(Topics topics, String run, String instance) throws IOException {
    Path config = dir.resolve("pipeline-" + instance + ".properties");
    Files.writeString(config, String.join("\n",
        "bootstrap.servers=" + broker.bootstrapServers(),
        "application.id=crash-" + run,
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

  /** Reads until {@code count} distinct inputs have come out; returns how many had. */
  private static int awaitSeen(KafkaConsumer<byte[], byte[]> reader, Ledger ledger, int count,
                               PipelineProcess running) {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (ledger.seen() < count) {
      assertTrue(System.nanoTime() < deadline, "only " + ledger.seen() + " of " + count
          + " records came out in 3 min; pipeline log:\n" + running.tail());
      assertTrue(running.alive(), "the pipeline exited; its log:\n" + running.tail());
      ledger.accept(reader.poll(Duration.ofMillis(200)));
    }
    return ledger.seen();
  }

  private static List<Input> inputs() {
    List<Input> inputs = new ArrayList<>(N);
    for (int i = 0; i < N; i++) {
      String key = "r-" + i;
      if (i % BAD_EVERY == BAD_EVERY - 1) {
        byte[] truncated = ("{\"id\":\"" + key + "\",\"text\":\"手机139").getBytes(StandardCharsets.UTF_8);
        inputs.add(new Input(key, truncated, List.of(), true));
        continue;
      }
      String phone = "139" + String.format("%08d", i);
      String email = "user" + i + ".crash@example.org";
      String text = i % 2 == 0
          ? "用户" + i + "号的手机号是" + phone + "，邮箱" + email + "。"
          : "Customer " + i + " asked to be called on " + phone + " or mailed at " + email + ".";
      String value = "{\"id\":\"" + key + "\",\"text\":\"" + text + "\"}";
      inputs.add(new Input(key, value.getBytes(StandardCharsets.UTF_8), List.of(phone, email), false));
    }
    return inputs;
  }

  private static void producePaced(Topics topics, List<Input> inputs) {
    try (KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(broker.bootstrapServers(),
        Map.of())) {
      long start = System.nanoTime();
      for (int i = 0; i < inputs.size(); i++) {
        long wait = start + i * 1_000_000_000L / PER_SECOND - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        Input in = inputs.get(i);
        producer.send(new ProducerRecord<>(topics.raw(), in.key().getBytes(StandardCharsets.UTF_8),
            in.value()));
      }
      producer.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What the reader has seen, per input key. */
  private static final class Ledger {
    private final Topics topics;
    private final Map<String, Input> byKey = new HashMap<>();
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

    int missing() {
      return byKey.size() - times.size();
    }

    int duplicates() {
      return duplicates;
    }

    int leaks() {
      return leaks;
    }

    int deadLettered() {
      return deadLettered;
    }

    int misrouted() {
      return misrouted;
    }
  }
}
