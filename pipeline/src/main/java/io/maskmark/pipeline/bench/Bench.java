package io.maskmark.pipeline.bench;

import io.maskmark.pipeline.app.KafkaClients;
import io.maskmark.pipeline.app.PipelineApp;
import io.maskmark.pipeline.config.PipelineConfig;
import io.maskmark.pipeline.metrics.Telemetry;
import io.maskmark.pipeline.topology.DeadLetterPayload;
import io.maskmark.pipeline.topology.RecordStages;
import io.maskmark.pipeline.topology.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Runs the same records through the full topology and through an identity topology (read, write)
 * on one broker, so that the full pipeline's throughput is read against what Kafka itself manages
 * on the same machine with the same settings (exactly-once, the same partitions and threads).
 *
 * <p>Throughput is taken from the broker's own clock: the output topics use {@code LogAppendTime},
 * so the first and last append times bound the processing window, without start-up or the
 * reader's polling in it. Latency is measured separately, at an offered rate below capacity,
 * from the producer's timestamp to the moment a {@code read_committed} reader sees the output.
 */
public final class Bench {

  /** What runs between the input topics and the output topic. */
  public enum Kind { IDENTITY, FULL }

  /** One throughput pass. */
  public record Pass(Kind kind, int threads, int records, long inputBytes, long millis,
                     int deadLettered, int leaked) {
    public double recordsPerSecond() {
      return records * 1000.0 / Math.max(1, millis);
    }

    public double megabytesPerSecond() {
      return inputBytes * 1000.0 / Math.max(1, millis) / 1e6;
    }
  }

  /** End-to-end latency at an offered rate. */
  public record Latency(int offeredPerSecond, int records, long p50Millis, long p99Millis) {
  }

  private static final Duration WAIT = Duration.ofMinutes(10);

  private final String bootstrap;
  private final PipelineConfig base;
  private final RecordStages stages;
  private final int partitions;
  private final List<BenchCorpus.Item> items;
  private final Map<String, BenchCorpus.Item> byId = new HashMap<>();
  private final Topics input;
  private int runs;

  /**
   * @param base   pipeline settings (broker, detectors, policy, keys); topics and threads are
   *               set per pass
   * @param stages the full topology's stages, built once so models load once
   */
  public Bench(PipelineConfig base, RecordStages stages, int partitions, List<BenchCorpus.Item> items) {
    this.bootstrap = base.get("bootstrap.servers");
    this.base = base;
    this.stages = stages;
    this.partitions = partitions;
    this.items = items;
    items.forEach(i -> byId.put(i.id(), i));
    this.input = new Topics("bench.raw", "bench.generated", "", "");
  }

  /** Total input size in bytes. */
  public long inputBytes() {
    return items.stream().mapToLong(i -> i.value().length).sum();
  }

  /** Creates the input topics and writes every record once; every pass reads them from the start. */
  public void load() throws Exception {
    createTopics(List.of(input.raw(), input.generated()), false);
    produce(input, items);
  }

  /** Runs {@code kind} with {@code threads} over every record. */
  public Pass throughput(Kind kind, int threads) throws Exception {
    return throughput(kind, threads, items.size());
  }

  /**
   * Runs {@code kind} with {@code threads} until {@code count} records have come out: a pass over
   * part of the input warms up the JIT, which otherwise dominates a short first pass.
   */
  public Pass throughput(Kind kind, int threads, int count) throws Exception {
    Topics t = passTopics(input, kind.name().toLowerCase() + "-" + threads);
    createTopics(List.of(t.redacted(), t.dlq()), true);
    PipelineConfig config = passConfig(t, threads);
    Map<String, byte[]> outputs = new HashMap<>();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    int dlq = 0;
    try (Telemetry telemetry = Telemetry.create(t);
         Running running = start(kind, config, telemetry);
         KafkaConsumer<byte[], byte[]> reader = KafkaClients.committedReader(bootstrap, Map.of())) {
      reader.subscribe(List.of(t.redacted(), t.dlq()));
      Set<String> seen = new HashSet<>();
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (seen.size() < count) {
        if (System.nanoTime() > deadline) {
          throw new TimeoutException(kind + " pass saw " + seen.size() + " of " + count
              + " records in " + WAIT.toMinutes() + " min");
        }
        for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(200))) {
          String id = new String(r.key(), StandardCharsets.UTF_8);
          if (!seen.add(id)) {
            continue;
          }
          first = Math.min(first, r.timestamp());
          last = Math.max(last, r.timestamp());
          if (r.topic().equals(t.dlq())) {
            dlq++;
          } else if (kind == Kind.FULL) {
            outputs.put(id, r.value()); // checked after the pass, not to take CPU from it
          }
        }
      }
    }
    int leaked = 0;
    for (Map.Entry<String, byte[]> e : outputs.entrySet()) {
      leaked += leaks(byId.get(e.getKey()), e.getValue());
    }
    long bytes = items.stream().limit(count).mapToLong(i -> i.value().length).sum();
    return new Pass(kind, threads, count, bytes, last - first, dlq, leaked);
  }

  /**
   * Offers records at {@code perSecond} for {@code seconds} to the full topology and measures how
   * long each takes to become visible to a {@code read_committed} reader (the first second is
   * warm-up and not counted).
   */
  public Latency latency(int threads, int perSecond, int seconds) throws Exception {
    Topics in = new Topics("latency.raw", "latency.generated", "", "");
    createTopics(List.of(in.raw(), in.generated()), false);
    Topics t = passTopics(in, "latency");
    createTopics(List.of(t.redacted(), t.dlq()), false);
    int total = perSecond * seconds;
    List<BenchCorpus.Item> offered = new ArrayList<>(total);
    for (int i = 0; i < total; i++) {
      offered.add(items.get(i % items.size()));
    }
    List<Long> millis = new ArrayList<>();
    try (Telemetry telemetry = Telemetry.create(t);
         Running running = start(Kind.FULL, passConfig(t, threads), telemetry);
         KafkaConsumer<byte[], byte[]> reader = KafkaClients.committedReader(bootstrap, Map.of())) {
      reader.subscribe(List.of(t.redacted(), t.dlq()));
      running.awaitRunning();
      Thread producer = new Thread(() -> producePaced(in, offered, perSecond), "bench-producer");
      long warmUpEnd = System.currentTimeMillis() + 1000;
      producer.start();
      int seen = 0;
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (seen < total && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(50))) {
          long now = System.currentTimeMillis();
          seen++;
          if (r.timestamp() >= warmUpEnd) {
            millis.add(now - r.timestamp());
          }
        }
      }
      producer.join();
    }
    millis.sort(null);
    if (millis.isEmpty()) {
      throw new TimeoutException("no output seen in the latency pass");
    }
    return new Latency(perSecond, millis.size(), percentile(millis, 0.50), percentile(millis, 0.99));
  }

  private static long percentile(List<Long> sorted, double q) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
  }

  /** How many of the record's planted identifiers appear in its output. */
  private static int leaks(BenchCorpus.Item item, byte[] output) {
    String out = new String(output, StandardCharsets.UTF_8);
    int n = 0;
    for (String value : item.planted()) {
      if (out.contains(value)) {
        n++;
      }
    }
    return n;
  }

  private Topics passTopics(Topics in, String name) {
    runs++;
    return new Topics(in.raw(), in.generated(), "bench.out." + name + "." + runs,
        "bench.dlq." + name + "." + runs);
  }

  private PipelineConfig passConfig(Topics t, int threads) {
    return base.with("application.id", "maskmark-bench-" + t.redacted())
        .with("num.stream.threads", Integer.toString(threads))
        .with("topics.raw", t.raw()).with("topics.generated", t.generated())
        .with("topics.redacted", t.redacted()).with("topics.dlq", t.dlq());
  }

  private Running start(Kind kind, PipelineConfig config, Telemetry telemetry) {
    KafkaStreams streams;
    if (kind == Kind.FULL) {
      PipelineApp app = PipelineApp.create(config, stages, telemetry.pipelineMetrics(),
          DeadLetterPayload.PLAIN);
      streams = app.streams();
    } else {
      streams = new KafkaStreams(identity(config.topics()), PipelineApp.streamsProperties(config));
    }
    telemetry.bind(streams);
    return new Running(streams);
  }

  /** Read both input topics, write the values unchanged: Kafka's cost and nothing else. */
  static Topology identity(Topics t) {
    StreamsBuilder b = new StreamsBuilder();
    b.stream(List.of(t.raw(), t.generated()), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
        .to(t.redacted(), Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
    return b.build();
  }

  /** A started stream that closes with the pass. */
  private static final class Running implements AutoCloseable {
    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);

    Running(KafkaStreams streams) {
      this.streams = streams;
      streams.setStateListener((now, before) -> {
        if (now == KafkaStreams.State.RUNNING) {
          running.countDown();
        }
      });
      streams.start();
    }

    void awaitRunning() throws InterruptedException, TimeoutException {
      if (!running.await(2, TimeUnit.MINUTES)) {
        throw new TimeoutException("the stream did not reach RUNNING in 2 min");
      }
    }

    @Override
    public void close() {
      streams.close(Duration.ofSeconds(30));
    }
  }

  /** Every tenth record goes to the generated topic, to be labelled. */
  private static String topicFor(Topics t, int i) {
    return i % 10 == 9 ? t.generated() : t.raw();
  }

  private void produce(Topics t, List<BenchCorpus.Item> records) {
    try (KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(bootstrap, Map.of())) {
      for (int i = 0; i < records.size(); i++) {
        BenchCorpus.Item item = records.get(i);
        producer.send(new ProducerRecord<>(topicFor(t, i), item.id().getBytes(StandardCharsets.UTF_8),
            item.value()));
      }
      producer.flush();
    }
  }

  private void producePaced(Topics t, List<BenchCorpus.Item> records, int perSecond) {
    try (KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(bootstrap, Map.of())) {
      long start = System.nanoTime();
      for (int i = 0; i < records.size(); i++) {
        long due = start + (long) (i * 1e9 / perSecond);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          TimeUnit.NANOSECONDS.sleep(wait);
        }
        BenchCorpus.Item item = records.get(i);
        producer.send(new ProducerRecord<>(topicFor(t, i),
            (item.id() + "#" + i).getBytes(StandardCharsets.UTF_8), item.value()));
      }
      producer.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void createTopics(List<String> names, boolean logAppendTime)
      throws InterruptedException, ExecutionException {
    Map<String, String> configs = logAppendTime
        ? Map.of("message.timestamp.type", "LogAppendTime") : Map.of();
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      admin.createTopics(names.stream()
          .map(n -> new NewTopic(n, partitions, (short) 1).configs(configs)).toList()).all().get();
    }
  }
}
