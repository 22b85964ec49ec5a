package io.maskmark.pipeline.metrics;

import io.maskmark.pipeline.Versions;
import io.maskmark.pipeline.topology.PipelineMetrics;
import io.maskmark.pipeline.topology.Topics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.streams.KafkaStreams;

/**
 * One process's metrics: a Prometheus registry with JVM and process metrics bound, the pipeline's
 * own meters, and the Kafka Streams client's metrics (including consumer lag) once a stream is
 * bound. Close it after the stream.
 */
public final class Telemetry implements AutoCloseable {

  /**
   * How often Kafka client metrics that appeared since the last look (per-partition lag after an
   * assignment, new threads) are bound. Micrometer's default is a minute.
   */
  static final Duration KAFKA_METRICS_REFRESH = Duration.ofSeconds(5);

  private final PrometheusMeterRegistry registry;
  private final Topics topics;
  private final List<AutoCloseable> closeables = new ArrayList<>();

  private Telemetry(PrometheusMeterRegistry registry, Topics topics) {
    this.registry = registry;
    this.topics = topics;
  }

  /** A registry for a pipeline working on {@code topics}. */
  public static Telemetry create(Topics topics) {
    Telemetry t = new Telemetry(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), topics);
    t.registry.config().meterFilter(withoutLegacyTopicNames(topics));
    new ClassLoaderMetrics().bindTo(t.registry);
    new JvmMemoryMetrics().bindTo(t.registry);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(t.registry);
    t.closeables.add(gc);
    new JvmThreadMetrics().bindTo(t.registry);
    new ProcessorMetrics().bindTo(t.registry);
    new UptimeMetrics().bindTo(t.registry);
    new FileDescriptorMetrics().bindTo(t.registry);
    Gauge.builder("maskmark.build.info", () -> 1)
        .description("Always 1; the version label says which pipeline version runs")
        .tag("version", Versions.PIPELINE)
        .register(t.registry);
    return t;
  }

  /**
   * Kafka 4 clients report per-topic metrics twice for a topic with dots in its name: once as
   * named and once with dots replaced by underscores (the pre-KIP-1109 form, removed in Kafka 5).
   * Dropping the second form keeps sums over topics right.
   */
  static MeterFilter withoutLegacyTopicNames(Topics topics) {
    Set<String> legacy = new HashSet<>();
    for (String topic : topics.all()) {
      if (topic.indexOf('.') >= 0) {
        legacy.add(topic.replace('.', '_'));
      }
    }
    return MeterFilter.deny(id -> id.getName().startsWith("kafka.")
        && id.getTag("topic") != null && legacy.contains(id.getTag("topic")));
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** The meters the topology reports to. */
  public PipelineMetrics pipelineMetrics() {
    return new MicrometerPipelineMetrics(registry, topics);
  }

  /** Binds the client's Kafka metrics (consumer lag, thread metrics) and its state gauges. */
  public void bind(KafkaStreams streams) {
    ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread th = new Thread(r, "maskmark-kafka-metrics");
      th.setDaemon(true);
      return th;
    });
    KafkaStreamsMetrics kafka = new KafkaStreamsMetrics(streams, List.of(), refresher,
        KAFKA_METRICS_REFRESH);
    kafka.bindTo(registry);
    closeables.add(kafka);
    closeables.add(refresher::shutdownNow);
    new StreamsStateMetrics(streams).bindTo(registry);
  }

  /** The endpoints for this registry, ready when {@code readiness} says so. */
  public HealthHandlers handlers(Readiness readiness) {
    return new HealthHandlers(registry, readiness);
  }

  @Override
  public void close() {
    for (AutoCloseable c : closeables) {
      try {
        c.close();
      } catch (Exception e) {
        // closing is best effort; nothing depends on it succeeding
      }
    }
    registry.close();
  }
}
