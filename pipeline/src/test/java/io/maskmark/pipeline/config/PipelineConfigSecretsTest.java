package io.maskmark.pipeline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configuration dump ({@code maskmark run} logs it) shows no Kafka secret. */
class PipelineConfigSecretsTest {

  private static final String SECRET = "s3cr3t-Value-42";

  @Test
  void kafkaSecurityValuesAreHiddenAndTheRestIsShown() {
    Map<String, String> secrets = Map.of(
        "kafka.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule "
            + "required username=\"u\" password=\"" + SECRET + "\";",
        "kafka.ssl.keystore.password", SECRET,
        "kafka.ssl.key.password", SECRET,
        "kafka.ssl.truststore.password", SECRET,
        "kafka.ssl.keystore.key", "-----BEGIN PRIVATE KEY-----" + SECRET,
        "kafka.sasl.oauthbearer.client.credentials.client.secret", SECRET,
        "kafka.sasl.oauthbearer.assertion.private.key.passphrase", SECRET,
        "kafka.basic.auth.user.info", "u:" + SECRET);
    Map<String, String> view = PipelineConfig.of(secrets, Map.of(
        "MASKMARK_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
        "MASKMARK_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")).redactedView();
    assertFalse(view.toString().contains(SECRET), view.toString());
    secrets.keySet().forEach(k -> assertEquals("[hidden]", view.get(k), k));
    assertEquals("SASL_SSL", view.get("kafka.security.protocol"));
    assertEquals("SCRAM-SHA-512", view.get("kafka.sasl.mechanism"));
  }

  @Test
  void aJaasLineFromTheEnvironmentIsHiddenToo() {
    PipelineConfig c = PipelineConfig.of(Map.of(), Map.of("MASKMARK_KAFKA_SASL_JAAS_CONFIG",
        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" "
            + "password=\"" + SECRET + "\";"));
    assertEquals(SECRET, c.kafka().get("sasl.jaas.config").replaceAll(".*password=\"([^\"]*)\".*", "$1"));
    assertEquals("[hidden]", c.redactedView().get("kafka.sasl.jaas.config"));
  }
}
