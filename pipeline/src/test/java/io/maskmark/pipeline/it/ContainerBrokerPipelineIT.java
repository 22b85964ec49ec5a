package io.maskmark.pipeline.it;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same contract on the official {@code apache/kafka} image via Testcontainers, where a Docker
 * engine exists; skipped cleanly where none does (the build machines).
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerBrokerPipelineIT extends PipelineContract {

  @Container
  static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

  @Override
  String bootstrapServers() {
    return KAFKA.getBootstrapServers();
  }
}
