package io.maskmark.pipeline.gateway;

import static io.maskmark.pipeline.gateway.GatewayFixture.SERVICE_CODE;
import static io.maskmark.pipeline.gateway.GatewayFixture.TOKEN;
import static io.maskmark.pipeline.gateway.GatewayFixture.json;
import static io.maskmark.pipeline.gateway.GatewayFixture.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.pipeline.http.BearerAuth;
import io.maskmark.pipeline.http.HttpServers;
import io.maskmark.pipeline.record.Json;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every endpoint of {@code maskmark serve}, over a real loopback socket, with its errors. */
class GatewayServerTest {

  private static final String EMAIL = "zhang.wei@example.com";
  private static final String PHONE = "13812345678";
  /** An emoji (two UTF-16 units) and CJK before the PII, so code points and chars differ. */
  private static final String TEXT = "😀 联系邮箱 " + EMAIL + "，手机" + PHONE + "。";
  private static final int MAX_TEXT = 4096;
  private static final int MAX_FILE = 200_000;

  private static GatewayFixture gw;

  @BeforeAll
  static void start() throws Exception {
    gw = new GatewayFixture(BearerAuth.ofToken(TOKEN), MAX_TEXT, MAX_FILE, Publisher.NONE);
  }

  @AfterAll
  static void stop() {
    gw.close();
  }

  private static String body(String text, String extra) throws Exception {
    return "{\"text\":" + Json.MAPPER.writeValueAsString(text) + extra + "}";
  }

  /** A client that sends part of a request and stalls is cut off instead of holding a worker. */
  @Test
  void aClientThatStallsMidRequestIsDisconnected() throws Exception {
    int timeoutSeconds = Integer.parseInt(System.getProperty(HttpServers.REQUEST_TIMEOUT_PROPERTY));
    String head = "POST /v1/process HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
        + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"text\":";
    for (String partial : List.of(head.substring(0, head.indexOf("Content-Type")), head)) {
      try (Socket client = new Socket(InetAddress.getLoopbackAddress(), gw.port())) {
        client.setSoTimeout((timeoutSeconds + 10) * 1000);
        client.getOutputStream().write(partial.getBytes(StandardCharsets.US_ASCII));
        client.getOutputStream().flush();
        assertEquals(-1, client.getInputStream().read(), "the server closes the connection");
      }
    }
    HttpResponse<byte[]> r = gw.postJson("/v1/process", body(TEXT, ""));
    assertEquals(200, r.statusCode(), "the workers are free again: " + text(r));
  }

  @Test
  void processRedactsThenLabelsWithCodePointOffsetsAndTheAnnexEHeader() throws Exception {
    HttpResponse<byte[]> r = gw.postJson("/v1/process", body(TEXT, ",\"id\":\"req-1\""));
    assertEquals(200, r.statusCode(), text(r));
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode out = json(r);
    String redacted = out.get("text").textValue();
    assertFalse(redacted.contains(EMAIL), redacted);
    assertFalse(redacted.contains(PHONE), redacted);
    assertTrue(redacted.startsWith("本内容由人工智能生成"), "explicit label at the start: " + redacted);
    assertEquals("req-1", out.get("id").textValue());
    assertEquals("req-1", r.headers().firstValue("X-Request-Id").orElseThrow());
    assertEquals("pipl-deidentify", out.at("/deid/policy").textValue());
    assertEquals(1, out.at("/deid/counts/EMAIL").asInt());
    assertEquals(1, out.at("/deid/counts/PHONE").asInt());

    // offsets are code points into the returned text, end exclusive: they cover the replacements
    int[] cps = redacted.codePoints().toArray();
    List<String> types = out.get("entities").findValuesAsText("type");
    assertEquals(List.of("EMAIL", "PHONE"), types);
    for (JsonNode e : out.get("entities")) {
      String covered = new String(cps, e.get("start").asInt(),
          e.get("end").asInt() - e.get("start").asInt());
      if (e.get("type").textValue().equals("PHONE")) {
        assertTrue(covered.matches("138\\*{4}5678"), covered);
      } else {
        assertTrue(covered.startsWith("[") && covered.endsWith("]"), covered);
      }
    }

    // the AIGC header is the bare Annex E label, the same one as in the body's aigc block
    JsonNode header = Json.MAPPER.readTree(r.headers().firstValue("AIGC").orElseThrow());
    assertEquals(SERVICE_CODE, header.get("ContentProducer").textValue());
    assertEquals("1", header.get("Label").textValue());
    assertEquals(header, out.at("/aigc/label"));
    assertTrue(out.at("/aigc/explicit_label").asBoolean());
    assertTrue(out.at("/aigc/eu_marking/digital_source_type").textValue().contains("trainedAlgorithmic"));
  }

  @Test
  void processWithLabelFalseRedactsOnlyAndDoesNotLabel() throws Exception {
    HttpResponse<byte[]> r = gw.postJson("/v1/process", body(TEXT, ",\"label\":false"));
    assertEquals(200, r.statusCode(), text(r));
    JsonNode out = json(r);
    assertFalse(out.get("text").textValue().contains("人工智能生成"));
    assertFalse(out.get("text").textValue().contains(EMAIL));
    assertTrue(r.headers().firstValue("AIGC").isEmpty());
  }

  @Test
  void redactReturnsDeidentifiedTextWithoutLabels() throws Exception {
    HttpResponse<byte[]> r = gw.postJson("/v1/redact", body("Mail " + EMAIL + " today",
        ",\"policy\":\"tags\""));
    assertEquals(200, r.statusCode(), text(r));
    JsonNode out = json(r);
    assertEquals("tags", out.at("/deid/policy").textValue());
    assertFalse(out.get("text").textValue().contains(EMAIL));
    assertTrue(out.get("aigc") == null, out.toString());
    assertTrue(r.headers().firstValue("AIGC").isEmpty());
  }

  @Test
  void labelReturnsTheTextAsGivenWithTheLabel() throws Exception {
    String answer = "The capital of France is Paris.";
    HttpResponse<byte[]> r = gw.postJson("/v1/label", body(answer, ""));
    assertEquals(200, r.statusCode(), text(r));
    JsonNode out = json(r);
    assertEquals("AI-generated content\n\n" + answer, out.get("text").textValue());
    assertNotNull(out.at("/aigc/label/ContentProducer").textValue());
    assertTrue(r.headers().firstValue("AIGC").orElseThrow().contains(SERVICE_CODE));
    assertTrue(out.get("entities") == null, "label does not detect");

    // labelling twice does not double the explicit label
    HttpResponse<byte[]> again = gw.postJson("/v1/label", body(out.get("text").textValue(), ""));
    assertEquals(out.get("text").textValue(), json(again).get("text").textValue());
  }

  @Test
  void filesLabelReturnsTheLabelledFileAndInspectFindsTheLabel() throws Exception {
    byte[] png = png();
    HttpResponse<byte[]> before = gw.send(gw.post("/v1/files/inspect", "image/png", png)
        .header("Authorization", "Bearer " + TOKEN));
    assertEquals(200, before.statusCode(), text(before));
    assertEquals("NOT_FOUND", json(before).get("verdict").textValue());
    assertEquals(png.length, json(before).get("bytes").asInt());

    HttpResponse<byte[]> labelled = gw.send(gw.post("/v1/files/label?generated=true", "image/png",
        png).header("Authorization", "Bearer " + TOKEN));
    assertEquals(200, labelled.statusCode(), text(labelled));
    assertEquals("image/png", labelled.headers().firstValue("Content-Type").orElseThrow());
    assertEquals("PNG", labelled.headers().firstValue("X-Maskmark-File-Type").orElseThrow());
    byte[] file = labelled.body();
    assertArrayEquals(Arrays.copyOf(png, 8), Arrays.copyOf(file, 8), "still a PNG");
    assertTrue(file.length > png.length);
    JsonNode header = Json.MAPPER.readTree(labelled.headers().firstValue("AIGC").orElseThrow());
    assertEquals(SERVICE_CODE, header.get("ContentProducer").textValue());
    assertNotNull(ImageIO.read(new java.io.ByteArrayInputStream(file)), "still decodes");

    HttpResponse<byte[]> after = gw.send(gw.post("/v1/files/inspect", "application/octet-stream",
        file).header("Authorization", "Bearer " + TOKEN));
    assertEquals(200, after.statusCode(), text(after));
    assertEquals("COMPLIANT", json(after).get("verdict").textValue(), text(after));
    assertTrue(text(after).contains(header.get("ProduceID").textValue()));
  }

  @Test
  void healthReadinessAndMetricsNeedNoTokenAndMetricsCountRequestsByStatus() throws Exception {
    assertEquals(200, gw.get("/healthz").statusCode());
    assertEquals(200, gw.get("/readyz").statusCode());
    gw.postJson("/v1/redact", body("x", ""));
    gw.send(gw.post("/v1/redact", "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
    gw.postJson("/v1/redact", "{not json");

    HttpResponse<byte[]> m = gw.get("/metrics");
    assertEquals(200, m.statusCode());
    String metrics = text(m);
    assertTrue(count(metrics, "maskmark_http_requests_total", "/v1/redact", "200") >= 1, metrics);
    assertTrue(count(metrics, "maskmark_http_requests_total", "/v1/redact", "401") >= 1);
    assertTrue(count(metrics, "maskmark_http_requests_total", "/v1/redact", "400") >= 1);
    assertTrue(count(metrics, "maskmark_http_request_duration_seconds_count", "/v1/redact", "200")
        >= 1);
    assertTrue(metrics.contains("maskmark_http_request_duration_seconds_bucket{"), "a histogram");
    assertTrue(metrics.matches("(?s).*maskmark_http_errors_total\\{[^}]*code=\"invalid_json\""
        + "[^}]*route=\"/v1/redact\",status=\"400\".*"), "errors by code and status");
    // the stage timers of the shared pipeline metrics see gateway work too
    assertTrue(metrics.contains("maskmark_stage_duration_seconds_count{"), "stage timers");
    assertFalse(metrics.contains(EMAIL));
  }

  /** The value of a counter sample with these route and status labels (0 when absent). */
  private static double count(String exposition, String name, String route, String status) {
    Matcher m = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(exposition);
    double total = 0;
    while (m.find()) {
      String labels = m.group(1);
      if (labels.contains("route=\"" + route + "\"") && labels.contains("status=\"" + status
          + "\"")) {
        total += Double.parseDouble(m.group(2));
      }
    }
    return total;
  }

  // ---- errors: each is a JSON error with a stable code, never a stack trace or input text ----

  private static JsonNode error(HttpResponse<byte[]> r, int status, String code) throws Exception {
    assertEquals(status, r.statusCode(), text(r));
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    String raw = text(r);
    assertFalse(raw.contains("Exception") || raw.contains("\tat ") || raw.contains("io.maskmark"),
        raw);
    assertFalse(raw.contains(EMAIL), "no input echoed: " + raw);
    JsonNode e = json(r).get("error");
    assertEquals(code, e.get("code").textValue(), raw);
    assertEquals(status, e.get("status").asInt());
    assertFalse(e.get("message").textValue().isBlank());
    return e;
  }

  @Test
  void aMissingOrWrongTokenIs401() throws Exception {
    byte[] b = body(TEXT, "").getBytes(StandardCharsets.UTF_8);
    HttpResponse<byte[]> none = gw.send(gw.post("/v1/process", "application/json", b));
    error(none, 401, "unauthorized");
    assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    error(gw.send(gw.post("/v1/process", "application/json", b)
        .header("Authorization", "Bearer " + TOKEN + "x")), 401, "unauthorized");
    error(gw.send(gw.post("/v1/process", "application/json", b)
        .header("Authorization", "Basic " + TOKEN)), 401, "unauthorized");
    error(gw.send(gw.post("/v1/files/label", "image/png", png())), 401, "unauthorized");
  }

  @Test
  void invalidJsonIs400AndDoesNotQuoteTheBody() throws Exception {
    JsonNode e = error(gw.postJson("/v1/process", "{\"text\": \"" + EMAIL + "\" oops}"), 400,
        "invalid_json");
    assertTrue(e.get("message").textValue().contains("line 1"), e.toString());
    error(gw.postJson("/v1/process", ""), 400, "invalid_json");
    error(gw.postJson("/v1/process", "[\"" + EMAIL + "\"]"), 400, "invalid_json");
    error(gw.postJson("/v1/process", "{\"text\":42}"), 400, "invalid_request");
    error(gw.postJson("/v1/process", body(EMAIL, ",\"label\":\"yes\"")), 400, "invalid_request");
    error(gw.postJson("/v1/process", body(EMAIL, ",\"lang\":\"fr\"")), 400, "invalid_lang");
    error(gw.postJson("/v1/process", "[".repeat(1500) + "]".repeat(1500)), 400, "invalid_json");
  }

  @Test
  void unknownFieldsAndPoliciesAre400() throws Exception {
    error(gw.postJson("/v1/process", body(EMAIL, ",\"polcy\":\"tags\"")), 400, "unknown_field");
    error(gw.postJson("/v1/redact", body(EMAIL, ",\"generated\":true")), 400, "unknown_field");
    JsonNode e = error(gw.postJson("/v1/process", body(EMAIL, ",\"policy\":\"/etc/passwd\"")),
        400, "unknown_policy");
    assertTrue(e.get("message").textValue().contains("pipl-deidentify"), "names the choices");
    assertFalse(e.get("message").textValue().contains("passwd"));
  }

  @Test
  void tooLargeIs413BeforeTheBodyIsRead() throws Exception {
    String big = body("a".repeat(MAX_TEXT), "");
    error(gw.postJson("/v1/process", big), 413, "request_too_large");
    // chunked (no Content-Length): refused while reading
    HttpRequest.Builder chunked = gw.post("/v1/process", "application/json", new byte[0])
        .header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))));
    error(gw.send(chunked), 413, "request_too_large");
    error(gw.send(gw.post("/v1/files/label", "image/png", new byte[MAX_FILE + 1])
        .header("Authorization", "Bearer " + TOKEN)), 413, "request_too_large");
    // the server still answers afterwards
    assertEquals(200, gw.postJson("/v1/redact", body("ok", "")).statusCode());
  }

  @Test
  void wrongContentTypesAre415() throws Exception {
    byte[] b = body(EMAIL, "").getBytes(StandardCharsets.UTF_8);
    error(gw.send(gw.post("/v1/process", "text/plain", b)
        .header("Authorization", "Bearer " + TOKEN)), 415, "unsupported_media_type");
    error(gw.send(gw.post("/v1/process", null, b)
        .header("Authorization", "Bearer " + TOKEN)), 415, "unsupported_media_type");
    error(gw.send(gw.post("/v1/process", "application/json; charset=iso-8859-1", b)
        .header("Authorization", "Bearer " + TOKEN)), 415, "unsupported_media_type");
    error(gw.send(gw.post("/v1/files/label", "application/json", b)
        .header("Authorization", "Bearer " + TOKEN)), 415, "unsupported_media_type");
    error(gw.send(gw.post("/v1/files/label", "multipart/form-data; boundary=x", b)
        .header("Authorization", "Bearer " + TOKEN)), 415, "unsupported_media_type");
    error(gw.send(gw.post("/v1/files/label", "application/octet-stream", new byte[] {1, 2, 3, 4})
        .header("Authorization", "Bearer " + TOKEN)), 415, "unsupported_file_type");
  }

  @Test
  void badQueriesUnknownPathsAndMethodsAreClientErrors() throws Exception {
    error(gw.send(gw.post("/v1/files/inspect?name=x.png", "image/png", png())
        .header("Authorization", "Bearer " + TOKEN)), 400, "unknown_parameter");
    error(gw.send(gw.post("/v1/files/label?filename=../x.md", "text/markdown",
        "# hi".getBytes(StandardCharsets.UTF_8)).header("Authorization", "Bearer " + TOKEN)),
        400, "invalid_parameter");
    error(gw.send(gw.post("/v1/files/label?generated=maybe", "image/png", png())
        .header("Authorization", "Bearer " + TOKEN)), 400, "invalid_parameter");
    error(gw.postJson("/v1/nothing", "{}"), 404, "not_found");
    HttpResponse<byte[]> get = gw.send(gw.post("/v1/process", null, new byte[0]).GET()
        .header("Authorization", "Bearer " + TOKEN));
    error(get, 405, "method_not_allowed");
    assertEquals("POST", get.headers().firstValue("Allow").orElseThrow());
  }

  @Test
  void withAuthenticationDisabledNoTokenIsNeeded() throws Exception {
    try (GatewayFixture open = new GatewayFixture(BearerAuth.DISABLED, MAX_TEXT, MAX_FILE,
        Publisher.NONE)) {
      HttpResponse<byte[]> r = open.send(open.post("/v1/redact", "application/json",
          body(EMAIL, "").getBytes(StandardCharsets.UTF_8)));
      assertEquals(200, r.statusCode(), text(r));
    }
  }

  static byte[] png() throws Exception {
    BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    img.setRGB(3, 3, 0xff0000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }
}
