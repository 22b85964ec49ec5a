package io.maskmark.pipeline.app;

import io.maskmark.pipeline.config.PipelineConfig;
import io.maskmark.pipeline.record.EnvelopeParser;
import io.maskmark.pipeline.topology.DeadLetterPayload;
import io.maskmark.pipeline.topology.MaskmarkTopology;
import io.maskmark.pipeline.topology.PipelineMetrics;
import io.maskmark.pipeline.topology.RecordStages;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running Kafka Streams application: topology, configuration and lifecycle. */
public final class PipelineApp implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PipelineApp.class);

  private final KafkaStreams streams;
  private final AtomicReference<String> failure = new AtomicReference<>();

  private PipelineApp(KafkaStreams streams) {
    this.streams = streams;
  }

  public static Topology topology(PipelineConfig config, RecordStages stages,
                                  PipelineMetrics metrics, DeadLetterPayload dlq) {
    return MaskmarkTopology.build(config.topics(), stages,
        new EnvelopeParser(config.getInt("max.input.bytes")), metrics, dlq);
  }

  public static PipelineApp create(PipelineConfig config, RecordStages stages,
                                   PipelineMetrics metrics, DeadLetterPayload dlq) {
    Topology topology = topology(config, stages, metrics, dlq);
    KafkaStreams streams = new KafkaStreams(topology, streamsProperties(config));
    PipelineApp app = new PipelineApp(streams);
    // A thread that dies on something other than a record (a broker fault, say) is replaced;
    // record-level failures never reach here, they go to the DLQ. A refused login or a missing
    // permission is not transient: replacing the thread would retry it forever, so the client
    // stops (state ERROR) and says which settings to check.
    streams.setUncaughtExceptionHandler(e -> {
      Optional<String> fatal = securityFailure(e);
      if (fatal.isPresent()) {
        app.failure.compareAndSet(null, fatal.get());
        LOG.error("{}; stopping the pipeline", fatal.get());
        return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
      }
      LOG.error("stream thread failed ({}); replacing it", e.getClass().getSimpleName());
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    return app;
  }

  /**
   * Why the cluster refused this client, if it did: Kafka's message names the mechanism and the
   * refusal, never the credentials (they are not sent back).
   */
  static Optional<String> securityFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AuthenticationException) {
        return Optional.of("Kafka authentication failed (" + t.getClass().getSimpleName() + ": "
            + t.getMessage() + "); check kafka.security.protocol, kafka.sasl.* and kafka.ssl.*");
      }
      if (t instanceof AuthorizationException) {
        return Optional.of("Kafka refused an operation (" + t.getClass().getSimpleName() + ": "
            + t.getMessage() + "); grant the pipeline's principal access to its topics, group "
            + "and transactional ids");
      }
    }
    return Optional.empty();
  }

  public static Properties streamsProperties(PipelineConfig config) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.get("application.id"));
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.get("bootstrap.servers"));
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.get("processing.guarantee"));
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.get("num.stream.threads"));
    // No global tables here; opting in now takes the 5.0 default. Kafka Streams 4.3.1 still logs
    // the warning once per client: KafkaStreams builds an internal StreamsConfig without it.
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
    // Outputs can be as large as inputs (documents up to max.input.bytes, plus the envelope).
    p.put(StreamsConfig.producerPrefix("max.request.size"),
        Integer.toString(config.getInt("max.input.bytes") * 2 + 65536));
    p.putAll(config.kafka());
    return p;
  }

  public KafkaStreams streams() {
    return streams;
  }

  /** Why the pipeline stopped itself (a refused login, a missing permission), if it did. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure.get());
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  public void start() {
    streams.start();
  }

  @Override
  public void close() {
    streams.close(Duration.ofSeconds(30));
  }
}
