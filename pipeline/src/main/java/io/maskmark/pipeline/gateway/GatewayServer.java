package io.maskmark.pipeline.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.maskmark.deid.Policy;
import io.maskmark.deid.keys.KeyRing;
import io.maskmark.detect.Analyzer;
import io.maskmark.label.LabelingConfig;
import io.maskmark.pipeline.http.BearerAuth;
import io.maskmark.pipeline.http.HttpError;
import io.maskmark.pipeline.http.HttpMetrics;
import io.maskmark.pipeline.http.HttpServers;
import io.maskmark.pipeline.http.RequestBodies;
import io.maskmark.pipeline.http.Responses;
import io.maskmark.pipeline.http.Router;
import io.maskmark.pipeline.label.AigcLabeler;
import io.maskmark.pipeline.metrics.Readiness;
import io.maskmark.pipeline.metrics.Telemetry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * {@code maskmark serve}: the synchronous API next to the Kafka path.
 *
 * <pre>
 * POST /v1/process        JSON {"text",...} -> redacted + labelled {"text","entities","deid","aigc"}
 * POST /v1/redact         JSON              -> redacted {"text","entities","deid"}
 * POST /v1/label          JSON              -> labelled {"text","aigc"}
 * POST /v1/files/label    raw file body     -> the labelled file (same Content-Type), label in AIGC
 * POST /v1/files/inspect  raw file body     -> JSON report of the labels in the file
 * GET  /healthz, /readyz, /metrics          (no authentication)
 * </pre>
 */
public final class GatewayServer implements AutoCloseable {

  /** What the server needs; build it from the command line or in tests. */
  public record Settings(InetSocketAddress address, int threads, int maxTextBytes,
                         int maxFileBytes, BearerAuth auth, Analyzer analyzer, Policy policy,
                         KeyRing keys, LabelingConfig labeling) {
  }

  /** Media types a file upload may not use: they mean the client did not send the raw file. */
  private static final Set<String> NOT_A_FILE = Set.of("application/json",
      "application/x-www-form-urlencoded", "text/plain");
  private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private final HttpServers server;
  private final Publisher publisher;

  private GatewayServer(HttpServers server, Publisher publisher) {
    this.server = server;
    this.publisher = publisher;
  }

  /**
   * Starts serving. The publisher is closed with the server.
   *
   * @throws IOException when the address cannot be bound
   */
  public static GatewayServer start(Settings s, Telemetry telemetry, Publisher publisher)
      throws IOException {
    var metrics = telemetry.pipelineMetrics();
    TextService text = new TextService(new PolicyEngines(s.analyzer(), s.policy(), s.keys()),
        new AigcLabeler(s.labeling()), metrics);
    FileService files = new FileService(s.labeling(), metrics);
    Router router = new Router(s.auth(), new HttpMetrics(telemetry.registry()));
    Handlers h = new Handlers(text, files, publisher, s.maxTextBytes(), s.maxFileBytes());
    router.route("POST", "/v1/process", ex -> h.text(ex, TextRequest.PROCESS_FIELDS, "process",
            (r, aigc) -> text.process(r, aigc)))
        .route("POST", "/v1/redact", ex -> h.text(ex, TextRequest.REDACT_FIELDS, "redact",
            (r, aigc) -> text.redact(r)))
        .route("POST", "/v1/label", ex -> h.text(ex, TextRequest.LABEL_FIELDS, "label",
            (r, aigc) -> text.label(r, aigc)))
        .route("POST", "/v1/files/label", h::labelFile)
        .route("POST", "/v1/files/inspect", h::inspectFile);
    HttpServers http = HttpServers.start(s.address(), s.threads(), "maskmark-gateway", router,
        telemetry.handlers(Readiness.ALWAYS));
    return new GatewayServer(http, publisher);
  }

  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.stop(1);
    publisher.close();
  }

  private record Handlers(TextService text, FileService files, Publisher publisher,
                          int maxText, int maxFile) {

    void text(HttpExchange ex, Set<String> fields, String route,
              BiFunction<TextRequest, byte[], TextService.Result> work) throws IOException {
      RequestBodies.requireJson(ex);
      JsonNode json = RequestBodies.jsonObject(RequestBodies.read(ex, maxText));
      TextRequest r = TextRequest.parse(json, fields);
      String aigcHeader = ex.getRequestHeaders().getFirst("AIGC");
      TextService.Result result = work.apply(r,
          aigcHeader == null ? null : aigcHeader.getBytes(StandardCharsets.UTF_8));
      String id = requestId(ex, r.id());
      var published = result.publish().deepCopy();
      published.put("request_id", id);
      published.put("route", route);
      publisher.publish(id, published, result.aigc());
      ex.getResponseHeaders().set("X-Request-Id", id);
      if (result.aigc() != null) {
        ex.getResponseHeaders().set("AIGC", new String(result.aigc(), StandardCharsets.UTF_8));
      }
      Responses.json(ex, 200, result.body());
    }

    void labelFile(HttpExchange ex) throws IOException {
      String type = fileMediaType(ex);
      Query q = Query.of(ex);
      byte[] content = RequestBodies.read(ex, maxFile);
      FileService.Labelled result = files.label(content, q.filename(), q.flag("generated"));
      String id = requestId(ex, null);
      var published = result.publish();
      published.put("request_id", id);
      published.put("route", "files/label");
      byte[] aigc = result.file().label()
          .map(l -> l.toJson().getBytes(StandardCharsets.UTF_8)).orElse(null);
      publisher.publish(id, published, aigc);
      var headers = ex.getResponseHeaders();
      headers.set("X-Request-Id", id);
      headers.set("X-Maskmark-File-Type", result.file().type().name());
      headers.set("X-Maskmark-Label-Action", result.file().action().name());
      if (aigc != null) {
        headers.set("AIGC", new String(aigc, StandardCharsets.UTF_8));
      }
      Responses.send(ex, 200, type, result.file().content());
    }

    void inspectFile(HttpExchange ex) throws IOException {
      fileMediaType(ex);
      Query q = Query.of(ex);
      byte[] content = RequestBodies.read(ex, maxFile);
      var report = files.inspect(content, q.filename());
      String id = requestId(ex, null);
      var published = report.deepCopy();
      published.put("request_id", id);
      published.put("route", "files/inspect");
      publisher.publish(id, published, null);
      ex.getResponseHeaders().set("X-Request-Id", id);
      Responses.json(ex, 200, report);
    }

    /** The upload's declared type, echoed on the labelled file; 415 for non-file types. */
    private static String fileMediaType(HttpExchange ex) {
      String type = RequestBodies.mediaType(ex);
      if (type.isEmpty() || NOT_A_FILE.contains(type) || type.startsWith("multipart/")
          || !type.matches("[a-z0-9.+-]+/[a-z0-9.+-]+")) {
        throw new HttpError(415, "unsupported_media_type", "send the file itself as the request "
            + "body with its media type (e.g. image/png) or application/octet-stream; "
            + "multipart and form encodings are not accepted");
      }
      return type;
    }

    private static String requestId(HttpExchange ex, String fromBody) {
      String h = ex.getRequestHeaders().getFirst("X-Request-Id");
      if (h != null && REQUEST_ID.matcher(h).matches()) {
        return h;
      }
      if (fromBody != null && REQUEST_ID.matcher(fromBody).matches()) {
        return fromBody;
      }
      return UUID.randomUUID().toString();
    }
  }

  /** The file endpoints' query: {@code filename} (for the extension) and {@code generated}. */
  private record Query(String filename, String generated) {

    static Query of(HttpExchange ex) {
      String raw = ex.getRequestURI().getRawQuery();
      String filename = null;
      String generated = null;
      if (raw != null) {
        for (String pair : raw.split("&")) {
          int eq = pair.indexOf('=');
          String k = decode(eq < 0 ? pair : pair.substring(0, eq));
          String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
          switch (k) {
            case "filename" -> filename = v;
            case "generated" -> generated = v;
            default -> throw HttpError.badRequest("unknown_parameter",
                "unknown query parameter (allowed: filename, generated)");
          }
        }
      }
      if (filename != null && (filename.length() > 255 || filename.contains("/")
          || filename.contains("\\"))) {
        throw HttpError.badRequest("invalid_parameter", "filename must be a plain file name");
      }
      return new Query(filename, generated);
    }

    boolean flag(String name) {
      if (generated == null) {
        return false;
      }
      return switch (generated.toLowerCase(Locale.ROOT)) {
        case "true", "1", "" -> true;
        case "false", "0" -> false;
        default -> throw HttpError.badRequest("invalid_parameter", name + " must be true or false");
      };
    }

    private static String decode(String s) {
      try {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw HttpError.badRequest("invalid_parameter", "malformed query string");
      }
    }
  }
}
