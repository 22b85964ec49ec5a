package io.maskmark.pipeline.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Request meters for the HTTP services: {@code maskmark_http_requests_total} and the latency
 * histogram {@code maskmark_http_request_duration_seconds}, by route (a fixed template, never the
 * raw path), method and status; and {@code maskmark_http_errors_total} by route, status and error
 * code (the fixed codes of {@link HttpError}, so the label set stays small).
 */
public final class HttpMetrics {

  /** 250 µs to 60 s: a text request takes milliseconds, a streamed completion up to minutes. */
  static final Duration[] BUCKETS = seconds(0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.0075,
      0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60);

  private final MeterRegistry registry;

  public HttpMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public MeterRegistry registry() {
    return registry;
  }

  public void record(String route, String method, int status, long nanos) {
    String s = Integer.toString(status);
    Counter.builder("maskmark.http.requests")
        .description("HTTP requests answered, by route template, method and status")
        .tag("route", route).tag("method", method).tag("status", s)
        .register(registry).increment();
    Timer.builder("maskmark.http.request.duration")
        .description("Time from reading a request to its last response byte (a streamed "
            + "completion counts until the stream ends)")
        .tag("route", route).tag("method", method).tag("status", s)
        .serviceLevelObjectives(BUCKETS)
        .register(registry).record(nanos, TimeUnit.NANOSECONDS);
  }

  /** An error answer (or a broken connection, status 499) and its stable code. */
  public void error(String route, int status, String code) {
    Counter.builder("maskmark.http.errors")
        .description("HTTP requests answered with an error, by route template, status and code")
        .tag("route", route).tag("status", Integer.toString(status)).tag("code", code)
        .register(registry).increment();
  }

  private static Duration[] seconds(double... values) {
    Duration[] d = new Duration[values.length];
    for (int i = 0; i < values.length; i++) {
      d[i] = Duration.ofNanos(Math.round(values[i] * 1e9));
    }
    return d;
  }
}
