package io.maskmark.pipeline.metrics;

import org.apache.kafka.streams.KafkaStreams;

/** Whether this process can do its work; {@code /readyz} answers 200 only when it can. */
@FunctionalInterface
public interface Readiness {

  /** Always ready: for a process without a stream (e.g. an HTTP-only service). */
  Readiness ALWAYS = () -> new Status(true, "READY");

  Status check();

  /** Ready when the Kafka Streams client is {@code RUNNING}; the detail names its state. */
  static Readiness of(KafkaStreams streams) {
    return () -> {
      KafkaStreams.State state = streams.state();
      return new Status(state == KafkaStreams.State.RUNNING, state.name());
    };
  }

  /** @param detail a short state name for the response body; never data from records */
  record Status(boolean ready, String detail) {
  }
}
