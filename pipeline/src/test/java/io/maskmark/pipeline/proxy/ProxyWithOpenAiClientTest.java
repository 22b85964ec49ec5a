package io.maskmark.pipeline.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.HttpResponseFor;
import com.openai.core.http.StreamResponse;
import com.openai.errors.InternalServerException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.maskmark.deid.Policies;
import io.maskmark.deid.keys.KeyRing;
import io.maskmark.detect.Detectors;
import io.maskmark.label.LabelingConfig;
import io.maskmark.pipeline.engine.Engine;
import io.maskmark.pipeline.metrics.Telemetry;
import io.maskmark.pipeline.record.Json;
import io.maskmark.pipeline.topology.Topics;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The proxy with the official OpenAI Java SDK as its client and a local chat-completions server
 * behind it: labels on plain and streamed completions, prompts redacted before they leave, and
 * streaming relayed as it arrives.
 */
class ProxyWithOpenAiClientTest {

  private static final String SERVICE_CODE = "001191440300708461136T1XGW3";
  private static final String API_KEY = "sk-test-key-for-the-upstream";
  private static final String EMAIL = "wang.fang@example.com";
  private static final String PHONE = "13912345678";
  private static final String PROMPT = "Please email " + EMAIL + " or call " + PHONE + ".";

  private ChatUpstream upstream;
  private final List<AutoCloseable> closing = new ArrayList<>();

  @BeforeEach
  void startUpstream() throws Exception {
    upstream = new ChatUpstream();
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : closing) {
      c.close();
    }
    upstream.close();
  }

  private OpenAIClient client(String position, boolean redact) throws Exception {
    Properties p = new Properties();
    p.setProperty(LabelingConfig.PREFIX + "service-code", SERVICE_CODE);
    p.setProperty(LabelingConfig.PREFIX + "explicit.position", position);
    Telemetry telemetry = Telemetry.create(Topics.DEFAULT);
    Engine redactor = redact ? new Engine(Detectors.analyzer(Detectors.DEFAULT_CHAIN),
        Policies.load(Policies.DEFAULT, KeyRing.generate())) : null;
    ProxyServer proxy = ProxyServer.start(new ProxyServer.Settings(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8, upstream.baseUrl(),
        Duration.ofSeconds(5), Duration.ofSeconds(30), 1 << 20, 1 << 20,
        LabelingConfig.fromProperties(p), redactor, Set.of("system", "user")), telemetry);
    closing.add(proxy);
    closing.add(telemetry);
    return OpenAIOkHttpClient.builder()
        .baseUrl("http://127.0.0.1:" + proxy.port() + "/v1")
        .apiKey(API_KEY)
        .maxRetries(0)
        .build();
  }

  private static ChatCompletionCreateParams params(String prompt) {
    return ChatCompletionCreateParams.builder()
        .model("test-model")
        .addSystemMessage("You are a support assistant.")
        .addUserMessage(prompt)
        .build();
  }

  private static JsonNode tree(JsonValue v) {
    assertNotNull(v, "field missing");
    return Json.MAPPER.valueToTree(v.convert(Object.class));
  }

  private static void assertAnnexE(String header) throws Exception {
    JsonNode label = Json.MAPPER.readTree(header);
    assertEquals("1", label.get("Label").textValue());
    assertEquals(SERVICE_CODE, label.get("ContentProducer").textValue());
    assertFalse(label.get("ProduceID").textValue().isBlank());
  }

  @Test
  void aPlainCompletionIsLabelledAndItsPromptRedactedBeforeItLeaves() throws Exception {
    OpenAIClient client = client("start", true);
    HttpResponseFor<ChatCompletion> raw = client.chat().completions().withRawResponse()
        .create(params(PROMPT));
    assertEquals(200, raw.statusCode());
    ChatCompletion completion = raw.parse();

    // what the upstream received: de-identified prompt, the client's key
    String sent = upstream.lastUserText();
    assertFalse(sent.contains(EMAIL), sent);
    assertFalse(sent.contains(PHONE), sent);
    assertTrue(sent.startsWith("Please email "), sent);
    assertEquals("Bearer " + API_KEY, upstream.authorizations.get(0));

    // explicit label first, then the upstream's answer
    String content = completion.choices().get(0).message().content().orElseThrow();
    assertEquals("AI-generated content\n\nYou wrote: " + sent, content);

    // the Annex E label in the AIGC header, the same one in the aigc field
    String header = raw.headers().values("AIGC").get(0);
    assertAnnexE(header);
    JsonNode aigc = tree(completion._additionalProperties().get("aigc"));
    assertEquals(Json.MAPPER.readTree(header), aigc.get("label"));
    assertTrue(aigc.get("explicit_label").asBoolean());
    assertTrue(aigc.has("eu_marking"));
    assertEquals("upstream-req-1", raw.headers().values("x-request-id").get(0));
  }

  @Test
  void withoutRedactionThePromptGoesAsWritten() throws Exception {
    OpenAIClient client = client("end", false);
    ChatCompletion completion = client.chat().completions().create(params(PROMPT));
    assertEquals(PROMPT, upstream.lastUserText());
    assertEquals("You wrote: " + PROMPT + "\n\nAI-generated content",
        completion.choices().get(0).message().content().orElseThrow());
  }

  @Test
  void aStreamedCompletionIsRelayedAsItArrivesWithTheLabelAsTheFirstChunk() throws Exception {
    OpenAIClient client = client("start", true);
    HttpResponseFor<StreamResponse<ChatCompletionChunk>> raw = client.chat().completions()
        .withRawResponse().createStreaming(params(PROMPT));
    assertEquals(200, raw.statusCode());
    assertAnnexE(raw.headers().values("AIGC").get(0));
    assertFalse(upstream.lastUserText().contains(EMAIL), "redacted before streaming too");

    List<String> contents = new ArrayList<>();
    List<ChatCompletionChunk> chunks = new ArrayList<>();
    try (StreamResponse<ChatCompletionChunk> stream = raw.parse()) {
      Iterator<ChatCompletionChunk> it = stream.stream().iterator();
      while (it.hasNext()) {
        ChatCompletionChunk c = it.next();
        chunks.add(c);
        c.choices().forEach(ch -> ch.delta().content().filter(s -> !s.isEmpty())
            .ifPresent(contents::add));
        if (contents.contains(ChatUpstream.STREAM_PARTS.get(0))) {
          // the upstream has not sent its last chunk yet: we see the answer before it is whole
          upstream.releaseLastChunk();
        }
      }
    }
    assertFalse(upstream.heldBackTimedOut(),
        "the client saw no chunk until the upstream finished: the proxy buffered the stream");

    assertEquals("AI-generated content\n\n", contents.get(0), "label first: " + contents);
    assertEquals(ChatUpstream.STREAM_PARTS, contents.subList(1, contents.size()));
    JsonNode aigc = tree(chunks.get(0)._additionalProperties().get("aigc"));
    assertEquals(Json.MAPPER.readTree(raw.headers().values("AIGC").get(0)), aigc.get("label"));
    assertTrue(aigc.get("explicit_label").asBoolean());
    assertEquals("stop", chunks.get(chunks.size() - 1).choices().get(0).finishReason()
        .orElseThrow().asString());
  }

  @Test
  void withPositionEndTheLabelIsTheLastContentChunkBeforeTheFinish() throws Exception {
    OpenAIClient client = client("end", false);
    upstream.releaseLastChunk();
    List<String> contents = new ArrayList<>();
    ChatCompletionChunk last = null;
    try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions()
        .createStreaming(params("Say hello"))) {
      for (Iterator<ChatCompletionChunk> it = stream.stream().iterator(); it.hasNext(); ) {
        last = it.next();
        last.choices().forEach(ch -> ch.delta().content().filter(s -> !s.isEmpty())
            .ifPresent(contents::add));
      }
    }
    List<String> expected = new ArrayList<>(ChatUpstream.STREAM_PARTS);
    expected.add("\n\nAI-generated content");
    assertEquals(expected, contents);
    assertEquals("stop", last.choices().get(0).finishReason().orElseThrow().asString());
  }

  @Test
  void upstreamErrorsReachTheClientAndWhatCannotBeLabelledIsNotForwarded() throws Exception {
    OpenAIClient client = client("start", false);
    upstream.failStatus = 401;
    assertThrows(UnauthorizedException.class,
        () -> client.chat().completions().create(params("hi")));
    upstream.failStatus = 0;
    upstream.rawBody = "{\"not\":\"a completion\"}";
    InternalServerException e = assertThrows(InternalServerException.class,
        () -> client.chat().completions().create(params("hi")));
    assertEquals(502, e.statusCode());
    assertFalse(e.getMessage().contains("not\":\"a completion"), e.getMessage());
  }

  @Test
  void aJsonModeAnswerKeepsItsJsonAndStillCarriesTheLabel() throws Exception {
    OpenAIClient client = client("start", false);
    HttpResponseFor<ChatCompletion> raw = client.chat().completions().withRawResponse()
        .create(params("hi").toBuilder()
            .responseFormat(com.openai.models.ResponseFormatJsonObject.builder().build())
            .build());
    ChatCompletion completion = raw.parse();
    assertEquals("You wrote: hi", completion.choices().get(0).message().content().orElseThrow());
    assertAnnexE(raw.headers().values("AIGC").get(0));
    assertFalse(tree(completion._additionalProperties().get("aigc")).get("explicit_label")
        .asBoolean());
  }

  @Test
  void modelsPassThrough() throws Exception {
    OpenAIClient client = client("start", false);
    assertEquals("test-model", client.models().list().items().get(0).id());
  }
}
