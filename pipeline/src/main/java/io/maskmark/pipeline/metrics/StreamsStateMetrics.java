package io.maskmark.pipeline.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;

/**
 * The state of the Kafka Streams client and of its stream threads as state-set gauges: one series
 * per state, 1 for the client's current state ({@code maskmark_streams_state}) and the number of
 * threads in each thread state ({@code maskmark_stream_threads}). Kafka reports both states as
 * strings, which a numeric metrics system cannot carry.
 */
final class StreamsStateMetrics implements MeterBinder {

  /** The thread states of {@code StreamThread.State}, an internal enum. */
  static final List<String> THREAD_STATES = List.of("CREATED", "STARTING", "PARTITIONS_REVOKED",
      "PARTITIONS_ASSIGNED", "RUNNING", "PENDING_SHUTDOWN", "DEAD");

  private final KafkaStreams streams;

  StreamsStateMetrics(KafkaStreams streams) {
    this.streams = streams;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (KafkaStreams.State state : KafkaStreams.State.values()) {
      Gauge.builder("maskmark.streams.state", streams, s -> s.state() == state ? 1 : 0)
          .description("1 for the current state of the Kafka Streams client, 0 for the others")
          .tag("state", state.name())
          .register(registry);
    }
    for (String state : THREAD_STATES) {
      Gauge.builder("maskmark.stream.threads", streams, s -> threadsIn(s, state))
          .description("Stream threads of this instance in each state")
          .tag("state", state)
          .register(registry);
    }
  }

  private static double threadsIn(KafkaStreams streams, String state) {
    int n = 0;
    for (ThreadMetadata t : streams.metadataForLocalThreads()) {
      if (state.equals(t.threadState())) {
        n++;
      }
    }
    return n;
  }
}
