package io.maskmark.pipeline.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import io.maskmark.label.LabelingConfig;
import io.maskmark.pipeline.engine.Engine;
import io.maskmark.pipeline.http.BearerAuth;
import io.maskmark.pipeline.http.HttpError;
import io.maskmark.pipeline.http.HttpMetrics;
import io.maskmark.pipeline.http.HttpServers;
import io.maskmark.pipeline.http.RequestBodies;
import io.maskmark.pipeline.http.Responses;
import io.maskmark.pipeline.http.Router;
import io.maskmark.pipeline.metrics.Readiness;
import io.maskmark.pipeline.metrics.Telemetry;
import io.maskmark.pipeline.record.Json;
import io.maskmark.pipeline.topology.PipelineMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code maskmark proxy}: an OpenAI-compatible endpoint in front of any chat-completions server.
 * {@code POST /v1/chat/completions} is forwarded (prompts optionally de-identified) and every
 * completion comes back labelled: explicit label in the text, Annex E JSON in the {@code AIGC}
 * header and the {@code aigc} field; streamed completions are relayed chunk by chunk.
 * {@code GET /v1/models[/{id}]} passes through. Other endpoints answer 404, so nothing reaches a
 * client unlabelled. The client's {@code Authorization} goes to the upstream, which checks it;
 * it is never logged.
 */
public final class ProxyServer implements AutoCloseable {

  /**
   * @param redactor prompt de-identification, or null to forward prompts unchanged
   */
  public record Settings(InetSocketAddress address, int threads, URI upstream,
                         Duration connectTimeout, Duration upstreamTimeout, int maxRequestBytes,
                         int maxResponseBytes, LabelingConfig labeling, Engine redactor,
                         Set<String> redactRoles) {
  }

  /** Request headers the upstream needs; everything else stays here. */
  static final List<String> FORWARD_REQUEST = List.of("Authorization", "OpenAI-Organization",
      "OpenAI-Project", "OpenAI-Beta", "Idempotency-Key", "api-key");
  /** Response headers worth passing back (request ids, rate limits). */
  static final List<String> FORWARD_RESPONSE_PREFIXES = List.of("x-request-id", "openai-",
      "x-ratelimit-", "retry-after");

  private final HttpServers server;

  private ProxyServer(HttpServers server) {
    this.server = server;
  }

  public static ProxyServer start(Settings s, Telemetry telemetry) throws IOException {
    PipelineMetrics metrics = telemetry.pipelineMetrics();
    Upstream upstream = new Upstream(s.upstream(), s.connectTimeout(), s.upstreamTimeout());
    CompletionLabeler labeler = new CompletionLabeler(s.labeling(), metrics);
    PromptRedactor redactor = s.redactor() == null ? null
        : new PromptRedactor(s.redactor(), s.redactRoles(), metrics);
    Handlers h = new Handlers(upstream, labeler, redactor, metrics, s.maxRequestBytes(),
        s.maxResponseBytes());
    // No auth of our own: the upstream checks the client's key, which we forward.
    Router router = new Router(BearerAuth.DISABLED, new HttpMetrics(telemetry.registry()))
        .open("POST", "/v1/chat/completions", h::chat)
        .open("GET", "/v1/models", h::passThrough)
        .openPrefix("GET", "/v1/models/", h::passThrough);
    return new ProxyServer(HttpServers.start(s.address(), s.threads(), "maskmark-proxy", router,
        telemetry.handlers(Readiness.ALWAYS)));
  }

  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.stop(1);
  }

  private record Handlers(Upstream upstream, CompletionLabeler labeler, PromptRedactor redactor,
                          PipelineMetrics metrics, int maxRequest, int maxResponse) {

    void chat(HttpExchange ex) throws IOException {
      RequestBodies.requireJson(ex);
      ObjectNode request = (ObjectNode) RequestBodies.jsonObject(
          RequestBodies.read(ex, maxRequest));
      if (redactor != null) {
        redactor.redact(request);
      }
      boolean stream = request.path("stream").asBoolean(false);
      boolean jsonOutput = request.path("response_format").path("type").asText("")
          .startsWith("json");
      Map<String, String> headers = forwarded(ex.getRequestHeaders());
      headers.put("Content-Type", "application/json");
      headers.put("Accept", stream ? "text/event-stream" : "application/json");
      HttpResponse<InputStream> up = upstream.send("POST", "/chat/completions", headers,
          Json.MAPPER.writeValueAsBytes(request));
      try (InputStream body = up.body()) {
        copyResponseHeaders(up, ex.getResponseHeaders());
        if (up.statusCode() / 100 != 2) {
          relayError(ex, up, body);
          return;
        }
        String type = up.headers().firstValue("Content-Type").orElse("")
            .toLowerCase(Locale.ROOT);
        if (type.startsWith("text/event-stream")) {
          stream(ex, body, !jsonOutput, promptSample(request));
        } else {
          complete(ex, body, !jsonOutput);
        }
      }
    }

    private void complete(HttpExchange ex, InputStream body, boolean explicitAllowed)
        throws IOException {
      byte[] payload = readUpTo(body, maxResponse);
      JsonNode completion;
      try {
        completion = Json.MAPPER.readTree(payload);
      } catch (IOException e) {
        completion = null;
      }
      if (completion == null || !completion.isObject() || !completion.path("choices").isArray()) {
        // what we cannot label does not go out
        throw new HttpError(502, "upstream_invalid_response", "the upstream answered with "
            + "something that is not a chat completion; it was not forwarded unlabelled");
      }
      CompletionLabeler.Issued issued = labeler.labelCompletion((ObjectNode) completion,
          explicitAllowed);
      ex.getResponseHeaders().set("AIGC", issued.header());
      Responses.json(ex, 200, completion);
    }

    private void stream(HttpExchange ex, InputStream body, boolean explicitAllowed,
                        String promptSample) throws IOException {
      CompletionLabeler.Issued issued = labeler.issue();
      Headers h = ex.getResponseHeaders();
      h.set("Content-Type", "text/event-stream; charset=utf-8");
      h.set("Cache-Control", "no-cache");
      h.set("X-Accel-Buffering", "no");
      h.set("AIGC", issued.header());
      ex.sendResponseHeaders(200, 0);
      OutputStream out = ex.getResponseBody();
      new SseRelay(labeler, issued, explicitAllowed, labeler.language(promptSample), out, metrics)
          .relay(body);
      out.close();
    }

    /** Upstream errors keep their status and body: they carry no completion to label. */
    private void relayError(HttpExchange ex, HttpResponse<InputStream> up, InputStream body)
        throws IOException {
      byte[] payload = readUpTo(body, maxResponse);
      Responses.send(ex, up.statusCode(), up.headers().firstValue("Content-Type")
          .orElse(Responses.JSON), payload);
    }

    void passThrough(HttpExchange ex) throws IOException {
      URI uri = ex.getRequestURI();
      String path = uri.getRawPath().substring("/v1".length())
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      Map<String, String> headers = forwarded(ex.getRequestHeaders());
      headers.put("Accept", "application/json");
      HttpResponse<InputStream> up = upstream.send("GET", path, headers, null);
      try (InputStream body = up.body()) {
        copyResponseHeaders(up, ex.getResponseHeaders());
        Responses.send(ex, up.statusCode(), up.headers().firstValue("Content-Type")
            .orElse(Responses.JSON), readUpTo(body, maxResponse));
      }
    }

    private static Map<String, String> forwarded(Headers in) {
      Map<String, String> out = new LinkedHashMap<>();
      for (String name : FORWARD_REQUEST) {
        String v = in.getFirst(name);
        if (v != null) {
          out.put(name, v);
        }
      }
      return out;
    }

    private static void copyResponseHeaders(HttpResponse<?> up, Headers out) {
      up.headers().map().forEach((name, values) -> {
        String n = name.toLowerCase(Locale.ROOT);
        if (FORWARD_RESPONSE_PREFIXES.stream().anyMatch(n::startsWith) && !values.isEmpty()) {
          out.set(name, values.get(0));
        }
      });
    }

    /** The last user message's text: the best guess of the answer's language before it exists. */
    private static String promptSample(ObjectNode request) {
      String sample = "";
      for (JsonNode m : request.path("messages")) {
        if (!"user".equals(m.path("role").asText())) {
          continue;
        }
        JsonNode c = m.path("content");
        if (c.isTextual()) {
          sample = c.textValue();
        } else if (c.isArray()) {
          StringBuilder b = new StringBuilder();
          c.forEach(p -> b.append(p.path("text").asText("")).append(' '));
          sample = b.toString();
        }
      }
      return sample.length() > 2000 ? sample.substring(0, 2000) : sample;
    }

    private static byte[] readUpTo(InputStream in, int max) throws IOException {
      byte[] b = in.readNBytes(max + 1);
      if (b.length > max) {
        throw new HttpError(502, "upstream_response_too_large", "the upstream response exceeds "
            + max + " bytes");
      }
      return b;
    }
  }
}
