package io.maskmark.pipeline.proxy;

import io.maskmark.pipeline.http.HttpError;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenAI-compatible server behind the proxy, addressed by its base URL as OpenAI clients
 * take it ({@code http://host:8000/v1}): the proxy's {@code /v1/X} goes to {@code BASE/X}.
 * Responses are streamed ({@link HttpResponse.BodyHandlers#ofInputStream()}), so a streamed
 * completion can be relayed as it arrives.
 */
final class Upstream {

  private static final Logger LOG = LoggerFactory.getLogger(Upstream.class);

  private final String base;
  private final HttpClient client;
  private final Duration timeout;

  Upstream(URI base, Duration connectTimeout, Duration timeout) {
    String s = base.toString();
    this.base = s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || base.getHost() == null) {
      throw new IllegalArgumentException("--upstream must be an http(s) URL such as "
          + "http://localhost:8000/v1");
    }
    this.client = HttpClient.newBuilder()
        .connectTimeout(connectTimeout)
        // h2c upgrade attempts on plain http confuse some servers; TLS negotiates HTTP/2 itself
        .version(scheme.equals("http") ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.timeout = timeout;
  }

  /**
   * @param path    the proxy path below {@code /v1} (e.g. {@code /chat/completions}), with query
   * @param headers request headers to send (already filtered)
   * @param body    the request body, or null for GET
   * @throws HttpError 502 when the upstream cannot be reached, 504 when it does not answer in time
   */
  HttpResponse<InputStream> send(String method, String path, Map<String, String> headers,
                                 byte[] body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
    headers.forEach(b::header);
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new HttpError(504, "upstream_timeout", "the upstream server did not answer in time");
    } catch (IOException e) {
      LOG.warn("upstream request failed: {}", e.getClass().getSimpleName());
      throw new HttpError(502, "upstream_unreachable", "the upstream server cannot be reached");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpError(503, "shutting_down", "the proxy is shutting down");
    }
  }
}
