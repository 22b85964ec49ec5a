package io.maskmark.pipeline.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.maskmark.pipeline.record.Json;
import java.io.IOException;
import java.io.OutputStream;

/** Writing responses. Errors use the OpenAI error shape, so OpenAI clients read them too. */
public final class Responses {

  public static final String JSON = "application/json; charset=utf-8";

  private Responses() {
  }

  public static void json(HttpExchange ex, int status, JsonNode body) throws IOException {
    send(ex, status, JSON, Json.MAPPER.writeValueAsBytes(body));
  }

  public static void send(HttpExchange ex, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      ex.getResponseHeaders().set("Content-Type", contentType);
    }
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    boolean empty = body.length == 0 || ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, empty ? -1 : body.length);
    if (!empty) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /**
   * {@code {"error":{"message","type","code"}}}: type is {@code invalid_request_error} for 4xx
   * and {@code server_error} for 5xx, as OpenAI's API has it.
   */
  public static ObjectNode errorBody(int status, String code, String message) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ObjectNode e = root.putObject("error");
    e.put("message", message);
    e.put("type", status < 500 ? "invalid_request_error" : "server_error");
    e.put("code", code);
    e.put("status", status);
    return root;
  }

  public static void error(HttpExchange ex, HttpError e) throws IOException {
    json(ex, e.status(), errorBody(e.status(), e.code(), e.getMessage()));
  }
}
