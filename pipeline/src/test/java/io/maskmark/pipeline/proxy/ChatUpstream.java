package io.maskmark.pipeline.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.maskmark.pipeline.record.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A local chat-completions server for the proxy tests: it records what it receives and answers
 * like OpenAI's API, plain or streamed. A streamed answer holds back its last chunk until
 * {@link #releaseLastChunk()} (or a timeout, which {@link #heldBackTimedOut()} reports), so a test
 * can show the proxy relays the first chunks before the answer is complete.
 */
final class ChatUpstream implements AutoCloseable {

  static final List<String> STREAM_PARTS = List.of("Hello", ", this is", " a streamed answer.");

  final List<JsonNode> requests = new CopyOnWriteArrayList<>();
  final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicBoolean timedOut = new AtomicBoolean();
  /** Status and body to answer instead of a completion, when set. */
  volatile int failStatus;
  volatile String rawBody;

  ChatUpstream() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/v1/chat/completions", this::chat);
    server.createContext("/v1/models", ex -> send(ex, 200, "application/json",
        "{\"object\":\"list\",\"data\":[{\"id\":\"test-model\",\"object\":\"model\","
            + "\"created\":1,\"owned_by\":\"test\"}]}"));
    server.start();
  }

  /** The base URL as an OpenAI client (and the proxy's --upstream) takes it. */
  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
  }

  void releaseLastChunk() {
    release.countDown();
  }

  boolean heldBackTimedOut() {
    return timedOut.get();
  }

  /** The text of the last user message the upstream received. */
  String lastUserText() {
    JsonNode messages = requests.get(requests.size() - 1).get("messages");
    String text = null;
    for (JsonNode m : messages) {
      if (m.path("role").asText().equals("user")) {
        text = m.path("content").asText();
      }
    }
    return text;
  }

  private void chat(HttpExchange ex) throws IOException {
    JsonNode request = Json.MAPPER.readTree(ex.getRequestBody().readAllBytes());
    requests.add(request);
    authorizations.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
    if (failStatus != 0) {
      send(ex, failStatus, "application/json", "{\"error\":{\"message\":\"nope\",\"type\":"
          + "\"invalid_request_error\",\"code\":\"invalid_api_key\"}}");
      return;
    }
    if (rawBody != null) {
      send(ex, 200, "application/json", rawBody);
      return;
    }
    String model = request.path("model").asText();
    if (request.path("stream").asBoolean(false)) {
      stream(ex, model);
    } else {
      ObjectNode c = completion(model, "chat.completion");
      ObjectNode choice = c.putArray("choices").addObject();
      choice.put("index", 0);
      ObjectNode message = choice.putObject("message");
      message.put("role", "assistant");
      message.put("content", "You wrote: " + lastUserText());
      message.putNull("refusal");
      choice.putNull("logprobs");
      choice.put("finish_reason", "stop");
      ObjectNode usage = c.putObject("usage");
      usage.put("prompt_tokens", 5).put("completion_tokens", 7).put("total_tokens", 12);
      ex.getResponseHeaders().set("x-request-id", "upstream-req-1");
      send(ex, 200, "application/json", Json.MAPPER.writeValueAsString(c));
    }
  }

  private void stream(HttpExchange ex, String model) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "text/event-stream");
    ex.sendResponseHeaders(200, 0);
    try (OutputStream out = ex.getResponseBody()) {
      event(out, chunk(model, 0, "{\"role\":\"assistant\",\"content\":\"\"}", null));
      for (int i = 0; i < STREAM_PARTS.size() - 1; i++) {
        event(out, chunk(model, 0, "{\"content\":" + Json.MAPPER.writeValueAsString(
            STREAM_PARTS.get(i)) + "}", null));
      }
      out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
      out.flush();
      try {
        timedOut.set(!release.await(20, TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      event(out, chunk(model, 0, "{\"content\":" + Json.MAPPER.writeValueAsString(
          STREAM_PARTS.get(STREAM_PARTS.size() - 1)) + "}", null));
      event(out, chunk(model, 0, "{}", "stop"));
      out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  private static ObjectNode completion(String model, String object) {
    ObjectNode c = Json.MAPPER.createObjectNode();
    c.put("id", "chatcmpl-test");
    c.put("object", object);
    c.put("created", 1_700_000_000L);
    c.put("model", model);
    return c;
  }

  private static String chunk(String model, int index, String delta, String finish)
      throws IOException {
    ObjectNode c = completion(model, "chat.completion.chunk");
    ObjectNode choice = c.putArray("choices").addObject();
    choice.put("index", index);
    choice.set("delta", Json.MAPPER.readTree(delta));
    choice.putNull("logprobs");
    if (finish == null) {
      choice.putNull("finish_reason");
    } else {
      choice.put("finish_reason", finish);
    }
    return Json.MAPPER.writeValueAsString(c);
  }

  private static void event(OutputStream out, String json) throws IOException {
    out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void send(HttpExchange ex, int status, String type, String body)
      throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, b.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(b);
    }
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
