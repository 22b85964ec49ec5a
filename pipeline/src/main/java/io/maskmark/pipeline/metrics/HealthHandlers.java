package io.maskmark.pipeline.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operational endpoints: {@code GET /metrics} (Prometheus exposition, OpenMetrics when the
 * scraper asks for it), {@code GET /healthz} (the process answers) and {@code GET /readyz} (200
 * when {@link Readiness} says so, else 503; the body names the state). {@link #mount} adds them to
 * any {@link HttpServer}, so the HTTP gateway serves them next to its own API.
 */
public final class HealthHandlers {

  public static final String METRICS = "/metrics";
  public static final String HEALTH = "/healthz";
  public static final String READY = "/readyz";

  private static final Logger LOG = LoggerFactory.getLogger(HealthHandlers.class);
  private static final String TEXT = "text/plain; charset=utf-8";

  private final PrometheusMeterRegistry registry;
  private final Readiness readiness;

  public HealthHandlers(PrometheusMeterRegistry registry, Readiness readiness) {
    this.registry = registry;
    this.readiness = readiness;
  }

  /** Adds the three endpoints to {@code server}. */
  public void mount(HttpServer server) {
    server.createContext(METRICS, exactly(METRICS, this::metrics));
    server.createContext(HEALTH, exactly(HEALTH, ex -> send(ex, 200, TEXT, "ok\n")));
    server.createContext(READY, exactly(READY, this::ready));
  }

  private void metrics(HttpExchange ex) throws IOException {
    String accept = ex.getRequestHeaders().getFirst("Accept");
    String contentType = accept != null
        && accept.toLowerCase(Locale.ROOT).contains("application/openmetrics-text")
        ? "application/openmetrics-text; version=1.0.0; charset=utf-8"
        : "text/plain; version=0.0.4; charset=utf-8";
    ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
    registry.scrape(body, contentType);
    send(ex, 200, contentType, body.toByteArray());
  }

  private void ready(HttpExchange ex) throws IOException {
    Readiness.Status s = readiness.check();
    send(ex, s.ready() ? 200 : 503, TEXT, s.detail() + "\n");
  }

  /** Only GET and HEAD, only the exact path (not everything below it). */
  private static HttpHandler exactly(String path, HttpHandler handler) {
    return ex -> {
      try (ex) {
        String method = ex.getRequestMethod();
        if (!ex.getRequestURI().getPath().equals(path)) {
          send(ex, 404, TEXT, "not found\n");
        } else if (!method.equals("GET") && !method.equals("HEAD")) {
          ex.getResponseHeaders().set("Allow", "GET, HEAD");
          send(ex, 405, TEXT, "method not allowed\n");
        } else {
          handler.handle(ex);
        }
      } catch (IOException e) {
        LOG.debug("{} failed: {}", path, e.getClass().getSimpleName());
      } catch (RuntimeException e) {
        LOG.warn("{} failed: {}", path, e.getClass().getSimpleName());
      }
    };
  }

  private static void send(HttpExchange ex, int status, String contentType, String body)
      throws IOException {
    send(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", contentType);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
