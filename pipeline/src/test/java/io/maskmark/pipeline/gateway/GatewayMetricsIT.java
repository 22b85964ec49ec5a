package io.maskmark.pipeline.gateway;

import static io.maskmark.pipeline.gateway.GatewayFixture.TOKEN;
import static io.maskmark.pipeline.gateway.GatewayFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.maskmark.pipeline.broker.EmbeddedKafka;
import io.maskmark.pipeline.deploy.AlertRules;
import io.maskmark.pipeline.deploy.DashboardQueries;
import io.maskmark.pipeline.deploy.PrometheusProcess;
import io.maskmark.pipeline.deploy.RepoFiles;
import io.maskmark.pipeline.http.BearerAuth;
import io.maskmark.pipeline.record.Json;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway under a real Prometheus, publishing to a real broker: answered, refused, too large
 * and unknown requests reach Prometheus by route, status and error code, and every query of the
 * dashboard's gateway row returns data.
 */
class GatewayMetricsIT {

  private static final int MAX_TEXT = 4096;
  private static final int ANSWERED = 3;

  @TempDir
  static Path tmp;
  static EmbeddedKafka broker;
  static GatewayFixture gw;
  static PrometheusProcess prometheus;

  @BeforeAll
  static void serveUnderPrometheus() throws Exception {
    Path binary = RepoFiles.executable("prometheus").orElse(null);
    assumeTrue(binary != null, "prometheus is not installed (Debian package prometheus)");
    broker = EmbeddedKafka.start();
    String topic = "gateway-audit";
    broker.createTopics(List.of(topic), 1);
    gw = new GatewayFixture(BearerAuth.ofToken(TOKEN), MAX_TEXT, 1 << 20,
        registry -> Publishers.kafka(broker.bootstrapServers(), topic, "acknowledged", Map.of(),
            Duration.ofSeconds(10), registry));
    prometheus = PrometheusProcess.launch(binary, tmp, "127.0.0.1:" + gw.port(),
        RepoFiles.deploy("prometheus/alerts.yml"));
    prometheus.awaitReady();

    for (int i = 0; i < ANSWERED; i++) {
      expect(200, gw.postJson("/v1/process", textBody("联系邮箱 li.na" + i + "@example.com")));
    }
    expect(401, gw.send(gw.post("/v1/process", "application/json",
        textBody("no token").getBytes(StandardCharsets.UTF_8))));
    expect(413, gw.postJson("/v1/redact", textBody("x".repeat(MAX_TEXT + 1))));
    expect(404, gw.postJson("/v1/nothing-here", textBody("?")));

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!(prometheus.value("sum(maskmark_http_requests_total)") >= ANSWERED + 3)
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    Thread.sleep(3000); // a few more scrapes, so that rates have two samples
  }

  @AfterAll
  static void stop() throws Exception {
    if (prometheus != null) {
      prometheus.close();
    }
    if (gw != null) {
      gw.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  private static String textBody(String text) throws Exception {
    return "{\"text\":" + Json.MAPPER.writeValueAsString(text) + "}";
  }

  private static void expect(int status, HttpResponse<byte[]> r) {
    assertEquals(status, r.statusCode(), text(r));
  }

  @Test
  void everyQueryOfTheGatewayRowReturnsData() throws Exception {
    List<DashboardQueries.Query> queries = DashboardQueries.gateway();
    assertTrue(queries.size() >= 5, "gateway queries found: " + queries.size());
    assertEquals(List.of(), DashboardQueries.withoutData(prometheus, queries));
  }

  @Test
  void everyGatewayAlertParsesAndWatchesSeriesThatExist() throws Exception {
    AlertRules.Check check = AlertRules.check(prometheus, group -> group.equals("maskmark-gateway"));
    assertEquals(3, check.alerts());
    assertEquals(List.of(), check.failures());
  }

  @Test
  void requestsAreCountedByRouteStatusAndErrorCode() throws Exception {
    assertEquals(ANSWERED, prometheus.value(
        "sum(maskmark_http_requests_total{route=\"/v1/process\",status=\"200\"})"));
    assertEquals(1, prometheus.value("sum(maskmark_http_errors_total{code=\"unauthorized\"})"));
    assertEquals(1, prometheus.value(
        "sum(maskmark_http_errors_total{route=\"/v1/redact\",code=\"request_too_large\"})"));
    assertEquals(1, prometheus.value("sum(maskmark_http_errors_total{code=\"not_found\"})"));
    assertEquals(ANSWERED, prometheus.value(
        "sum(maskmark_http_request_duration_seconds_count{route=\"/v1/process\",status=\"200\"})"));
  }

  @Test
  void everyAnsweredRequestWasPublished() throws Exception {
    assertEquals(ANSWERED, prometheus.value("sum(maskmark_http_published_total{result=\"ok\"})"));
    assertEquals(0, prometheus.value("sum(maskmark_http_published_total{result=\"failed\"})"));
  }
}
