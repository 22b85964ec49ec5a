package io.maskmark.pipeline.app;

import io.maskmark.pipeline.config.PipelineConfig;
import io.maskmark.pipeline.record.EnvelopeParser;
import io.maskmark.pipeline.topology.DeadLetterPayload;
import io.maskmark.pipeline.topology.MaskmarkTopology;
import io.maskmark.pipeline.topology.PipelineMetrics;
import io.maskmark.pipeline.topology.RecordStages;
import java.time.Duration;
import java.util.Properties;
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
    // A thread that dies on something other than a record (a broker fault, say) is replaced;
    // record-level failures never reach here, they go to the DLQ.
    streams.setUncaughtExceptionHandler(e -> {
      LOG.error("stream thread failed ({}); replacing it", e.getClass().getSimpleName());
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    return new PipelineApp(streams);
  }

  public static Properties streamsProperties(PipelineConfig config) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.get("application.id"));
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.get("bootstrap.servers"));
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.get("processing.guarantee"));
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.get("num.stream.threads"));
    // No global tables here; opting in now (the 5.0 default) stops a warning per client.
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
