package io.maskmark.pipeline.it;

import io.maskmark.pipeline.broker.EmbeddedKafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The pipeline contract on a real KRaft broker in this JVM: always runs, no Docker needed. */
class EmbeddedBrokerPipelineIT extends PipelineContract {

  private static EmbeddedKafka broker;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = EmbeddedKafka.start();
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (broker != null) {
      broker.close();
    }
  }

  @Override
  String bootstrapServers() {
    return broker.bootstrapServers();
  }
}
