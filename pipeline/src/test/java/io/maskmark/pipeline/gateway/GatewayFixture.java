package io.maskmark.pipeline.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.deid.Policies;
import io.maskmark.deid.keys.KeyRing;
import io.maskmark.detect.Detectors;
import io.maskmark.label.LabelingConfig;
import io.maskmark.pipeline.http.BearerAuth;
import io.maskmark.pipeline.metrics.Telemetry;
import io.maskmark.pipeline.record.Json;
import io.maskmark.pipeline.topology.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Function;

/** A real gateway on a loopback port with the default policy and a fresh key ring. */
final class GatewayFixture implements AutoCloseable {

  static final String TOKEN = "test-token-0123456789abcdef";
  static final String SERVICE_CODE = "001191440300708461136T1XGW3";

  final Telemetry telemetry;
  final GatewayServer server;
  final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  GatewayFixture(BearerAuth auth, int maxTextBytes, int maxFileBytes, Publisher publisher)
      throws IOException {
    this(auth, maxTextBytes, maxFileBytes, registry -> publisher);
  }

  /** With a publisher whose meters go to the gateway's own registry, as {@code serve} does. */
  GatewayFixture(BearerAuth auth, int maxTextBytes, int maxFileBytes,
                 Function<MeterRegistry, Publisher> publisher) throws IOException {
    telemetry = Telemetry.create(Topics.DEFAULT);
    KeyRing keys = KeyRing.generate();
    var settings = new GatewayServer.Settings(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4, maxTextBytes,
        maxFileBytes, auth, Detectors.analyzer(Detectors.DEFAULT_CHAIN),
        Policies.load(Policies.DEFAULT, keys), keys, labeling());
    server = GatewayServer.start(settings, telemetry, publisher.apply(telemetry.registry()));
  }

  static LabelingConfig labeling() {
    Properties p = new Properties();
    p.setProperty(LabelingConfig.PREFIX + "service-code", SERVICE_CODE);
    return LabelingConfig.fromProperties(p);
  }

  int port() {
    return server.port();
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  HttpRequest.Builder post(String path, String contentType, byte[] body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return b;
  }

  HttpResponse<byte[]> send(HttpRequest.Builder b) throws IOException, InterruptedException {
    return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** An authenticated JSON POST. */
  HttpResponse<byte[]> postJson(String path, String json) throws Exception {
    return send(post(path, "application/json", json.getBytes(StandardCharsets.UTF_8))
        .header("Authorization", "Bearer " + TOKEN));
  }

  HttpResponse<byte[]> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET());
  }

  static JsonNode json(HttpResponse<byte[]> r) throws IOException {
    return Json.MAPPER.readTree(r.body());
  }

  static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.close();
    telemetry.close();
  }
}
