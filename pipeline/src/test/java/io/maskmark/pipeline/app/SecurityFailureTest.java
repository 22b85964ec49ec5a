package io.maskmark.pipeline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;

/** Which stream-thread failures stop the pipeline instead of replacing the thread forever. */
class SecurityFailureTest {

  @Test
  void aRefusedLoginOrPermissionStopsThePipelineWithTheSettingsToCheck() {
    String login = PipelineApp.securityFailure(new StreamsException(new SaslAuthenticationException(
        "Authentication failed during authentication due to invalid credentials with SASL "
            + "mechanism SCRAM-SHA-256"))).orElseThrow();
    assertTrue(login.startsWith("Kafka authentication failed (SaslAuthenticationException"), login);
    assertTrue(login.contains("kafka.sasl.*"), login);
    String denied = PipelineApp.securityFailure(new StreamsException(
        new TopicAuthorizationException("Not authorized to access topics: [raw]"))).orElseThrow();
    assertTrue(denied.contains("TopicAuthorizationException"), denied);
  }

  @Test
  void otherFailuresDoNot() {
    assertEquals(Optional.empty(), PipelineApp.securityFailure(
        new StreamsException(new TimeoutException("broker away"))));
  }
}
