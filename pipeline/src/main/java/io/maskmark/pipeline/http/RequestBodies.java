package io.maskmark.pipeline.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.maskmark.pipeline.record.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Reading request bodies within a size limit, and checking their media type. */
public final class RequestBodies {

  private RequestBodies() {
  }

  /**
   * The whole body, refused with 413 as soon as it is known to exceed {@code max} bytes: from
   * {@code Content-Length} before reading, or while reading a chunked body.
   */
  public static byte[] read(HttpExchange ex, int max) throws IOException {
    String declared = ex.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      long n;
      try {
        n = Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        throw HttpError.badRequest("invalid_content_length", "Content-Length is not a number");
      }
      if (n > max) {
        throw tooLarge(max);
      }
    }
    InputStream in = ex.getRequestBody();
    ByteArrayOutputStream out = new ByteArrayOutputStream(declared == null ? 8192
        : (int) Math.min(max, Math.max(0, Long.parseLong(declared.trim()))));
    byte[] buf = new byte[16384];
    int total = 0;
    for (int r; (r = in.read(buf)) >= 0; ) {
      total += r;
      if (total > max) {
        throw tooLarge(max);
      }
      out.write(buf, 0, r);
    }
    return out.toByteArray();
  }

  private static HttpError tooLarge(int max) {
    return new HttpError(413, "request_too_large", "request body exceeds the limit of " + max
        + " bytes");
  }

  /** The media type without parameters, lower case, or "" when absent. */
  public static String mediaType(HttpExchange ex) {
    String ct = ex.getRequestHeaders().getFirst("Content-Type");
    if (ct == null) {
      return "";
    }
    int semi = ct.indexOf(';');
    return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  /** 415 unless the body is declared JSON ({@code application/json}, optionally UTF-8). */
  public static void requireJson(HttpExchange ex) {
    String type = mediaType(ex);
    if (!type.equals("application/json")) {
      throw new HttpError(415, "unsupported_media_type", "send the request as application/json"
          + (type.isEmpty() ? " (no Content-Type was given)" : ", not " + safe(type)));
    }
    String ct = ex.getRequestHeaders().getFirst("Content-Type").toLowerCase(Locale.ROOT);
    int cs = ct.indexOf("charset=");
    if (cs >= 0) {
      String charset = ct.substring(cs + 8).replace("\"", "").split(";")[0].trim();
      if (!charset.equals("utf-8") && !charset.equals("utf8")) {
        throw new HttpError(415, "unsupported_media_type", "JSON must be UTF-8");
      }
    }
  }

  /** A JSON object, or 400 naming where the JSON broke (never quoting it). */
  public static JsonNode jsonObject(byte[] body) {
    JsonNode n;
    try {
      n = Json.MAPPER.readTree(body);
    } catch (StreamConstraintsException e) {
      throw HttpError.badRequest("invalid_json", "JSON nested deeper than " + Json.MAX_DEPTH
          + " levels");
    } catch (JsonProcessingException e) {
      // Jackson's own message quotes the input: report only the position.
      JsonLocation at = e.getLocation();
      throw HttpError.badRequest("invalid_json", "request body is not valid JSON"
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    } catch (IOException e) {
      throw HttpError.badRequest("invalid_json", "request body is not valid JSON");
    }
    if (n == null || n.isMissingNode()) {
      throw HttpError.badRequest("invalid_json", "request body is empty");
    }
    if (!n.isObject()) {
      throw HttpError.badRequest("invalid_json", "request body must be a JSON object");
    }
    return n;
  }

  /** A media type as typed by the client, reduced to token characters so it is safe to echo. */
  static String safe(String type) {
    String s = type.replaceAll("[^a-z0-9.+/_-]", "");
    return s.length() > 80 ? s.substring(0, 80) : s;
  }
}
