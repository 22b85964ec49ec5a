package io.maskmark.pipeline.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The endpoints over real HTTP on a loopback port. */
class HealthHandlersTest {

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final AtomicBoolean ready = new AtomicBoolean(false);
  private final HttpClient http = HttpClient.newHttpClient();
  private MetricsServer server;

  @BeforeEach
  void start() throws Exception {
    Counter.builder("maskmark.test.events").register(registry).increment(3);
    server = MetricsServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        new HealthHandlers(registry, () -> new Readiness.Status(ready.get(),
            ready.get() ? "RUNNING" : "REBALANCING")));
  }

  @AfterEach
  void stop() {
    server.close();
    registry.close();
  }

  private HttpResponse<String> send(String method, String path, String accept) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    if (accept != null) {
      b.header("Accept", accept);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void metricsInPrometheusTextOrOpenMetricsAsAsked() throws Exception {
    HttpResponse<String> text = send("GET", "/metrics", null);
    assertEquals(200, text.statusCode());
    assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
    assertTrue(text.body().contains("maskmark_test_events_total 3.0"), text.body());

    HttpResponse<String> om = send("GET", "/metrics",
        "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5");
    assertTrue(om.headers().firstValue("Content-Type").orElse("").startsWith("application/openmetrics-text"));
    assertTrue(om.body().trim().endsWith("# EOF"), "OpenMetrics ends with # EOF");
  }

  @Test
  void readinessFollowsTheCheckAndHealthIsAlwaysOk() throws Exception {
    HttpResponse<String> notReady = send("GET", "/readyz", null);
    assertEquals(503, notReady.statusCode());
    assertEquals("REBALANCING\n", notReady.body());
    assertEquals(200, send("GET", "/healthz", null).statusCode());
    ready.set(true);
    HttpResponse<String> isReady = send("GET", "/readyz", null);
    assertEquals(200, isReady.statusCode());
    assertEquals("RUNNING\n", isReady.body());
  }

  @Test
  void onlyGetAndHeadOnTheExactPaths() throws Exception {
    HttpResponse<String> post = send("POST", "/metrics", null);
    assertEquals(405, post.statusCode());
    assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
    assertEquals(404, send("GET", "/metrics/extra", null).statusCode());
    assertEquals(404, send("GET", "/", null).statusCode());
    HttpResponse<String> head = send("HEAD", "/healthz", null);
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
  }
}
