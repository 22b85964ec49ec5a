package io.maskmark.pipeline.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;

/** Factory for the gateway's audit publishers (the publisher types stay package-private). */
public final class Publishers {

  private Publishers() {
  }

  public static Publisher none() {
    return Publisher.NONE;
  }

  /**
   * @param mode {@code fire-and-forget} or {@code acknowledged}
   */
  public static Publisher kafka(String bootstrap, String topic, String mode,
                                Map<String, String> properties, Duration timeout,
                                MeterRegistry registry) {
    return new KafkaPublisher(bootstrap, topic, KafkaPublisher.Mode.parse(mode), properties,
        timeout, registry);
  }
}
