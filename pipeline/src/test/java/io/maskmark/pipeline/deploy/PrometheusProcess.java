package io.maskmark.pipeline.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.pipeline.record.Json;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus server as a child process on loopback, scraping one target every second and
 * evaluating the given rule file every second; queried through its HTTP API.
 */
public final class PrometheusProcess implements AutoCloseable {

  private final Process process;
  private final Path log;
  private final String base;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  private PrometheusProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.base = "http://127.0.0.1:" + port;
  }

  /** Starts Prometheus; {@link #awaitReady} waits until it answers. */
  public static PrometheusProcess launch(Path binary, Path dir, String target, Path rules)
      throws IOException {
    Path config = dir.resolve("prometheus.yml");
    Files.writeString(config, String.join("\n",
        "global:",
        "  scrape_interval: 1s",
        "  scrape_timeout: 1s",
        "  evaluation_interval: 1s",
        "rule_files:",
        "  - " + rules.toAbsolutePath(),
        "scrape_configs:",
        "  - job_name: maskmark",
        "    static_configs:",
        "      - targets: [\"" + target + "\"]",
        ""));
    int port = freePort();
    Path log = dir.resolve("prometheus.log");
    Process p = new ProcessBuilder(binary.toString(),
        "--config.file=" + config,
        "--storage.tsdb.path=" + dir.resolve("data"),
        "--web.listen-address=127.0.0.1:" + port,
        "--log.level=warn")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    return new PrometheusProcess(p, log, port);
  }

  public void awaitReady() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("prometheus exited: " + Files.readString(log));
      }
      try {
        if (get("/-/ready").statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("prometheus not ready after 30 s: " + Files.readString(log));
  }

  /** The API response of an instant query; {@code status} is "success" when it parsed. */
  public JsonNode query(String promql) throws IOException, InterruptedException {
    HttpResponse<String> r = get("/api/v1/query?query="
        + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    return Json.MAPPER.readTree(r.body());
  }

  /** The result vector of an instant query, failing when it did not parse. */
  public JsonNode series(String promql) throws IOException, InterruptedException {
    JsonNode r = query(promql);
    if (!"success".equals(r.path("status").asText())) {
      throw new IllegalArgumentException("query failed: " + promql + ": " + r.path("error").asText());
    }
    return r.path("data").path("result");
  }

  /** The value of a query returning one sample, or NaN when it returns none. */
  public double value(String promql) throws IOException, InterruptedException {
    JsonNode result = series(promql);
    return result.isEmpty() ? Double.NaN : Double.parseDouble(result.get(0).path("value").get(1).asText());
  }

  public JsonNode alerts() throws IOException, InterruptedException {
    return Json.MAPPER.readTree(get("/api/v1/alerts").body()).path("data").path("alerts");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
  }
}
