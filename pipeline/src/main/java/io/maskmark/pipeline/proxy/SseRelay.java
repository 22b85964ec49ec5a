package io.maskmark.pipeline.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.pipeline.record.Json;
import io.maskmark.pipeline.topology.LabelKind;
import io.maskmark.pipeline.topology.PipelineMetrics;
import io.maskmark.pipeline.topology.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Relays a streamed chat completion (server-sent events) event by event, as each arrives: nothing
 * waits for the end of the answer. It adds the explicit label as a chunk of its own, before a
 * choice's first content (position start) and/or just before its finish chunk (position end),
 * and the {@code aigc} field to the first event and to each label chunk. Only the first few
 * thousand characters of each choice are kept, to choose the wording language of an end label.
 * If the upstream stream breaks, content already sent still gets its end label, followed by an
 * error event.
 */
final class SseRelay {

  /** Characters of each choice kept to choose the end label's language. */
  static final int LANGUAGE_SAMPLE = 2000;

  private final CompletionLabeler labeler;
  private final CompletionLabeler.Issued issued;
  private final boolean explicit;
  private final String startLanguage;
  private final OutputStream out;
  private final PipelineMetrics metrics;

  private final Map<Integer, StringBuilder> samples = new HashMap<>();
  private final Set<Integer> startLabelled = new HashSet<>();
  private final Set<Integer> endLabelled = new HashSet<>();
  private ObjectNode template;
  private boolean aigcSent;
  private boolean explicitCounted;
  private boolean done;

  /**
   * @param explicit      add explicit label chunks (false when the client asked for JSON output)
   * @param startLanguage the wording language of a start label, chosen from the prompt (the
   *                      answer is not known yet)
   */
  SseRelay(CompletionLabeler labeler, CompletionLabeler.Issued issued, boolean explicit,
           String startLanguage, OutputStream out, PipelineMetrics metrics) {
    this.labeler = labeler;
    this.issued = issued;
    this.explicit = explicit && labeler.explicitEnabled();
    this.startLanguage = startLanguage;
    this.out = out;
    this.metrics = metrics;
    // said up front, in the first event: the client cannot wait for the end to learn it
    issued.block().put("explicit_label", this.explicit);
  }

  /**
   * Relays until the upstream ends. Write failures (the client left) propagate as IOException;
   * a read failure of the upstream ends the stream with an error event.
   */
  void relay(InputStream upstream) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(upstream, StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    boolean broken = false;
    while (!done) {
      String line;
      try {
        line = in.readLine();
      } catch (IOException e) {
        broken = true;
        break;
      }
      if (line == null) {
        break;
      }
      if (!line.isEmpty()) {
        lines.add(line);
        continue;
      }
      if (!lines.isEmpty()) {
        event(lines);
        lines.clear();
        out.flush();
      }
    }
    if (!lines.isEmpty() && !broken) {
      event(lines);
    }
    if (!done) {
      finish();
      if (broken) {
        ObjectNode err = Json.MAPPER.createObjectNode();
        ObjectNode e = err.putObject("error");
        e.put("message", "the upstream stream was interrupted");
        e.put("type", "server_error");
        e.put("code", "upstream_interrupted");
        write(err);
      }
    }
    out.flush();
  }

  private void event(List<String> lines) throws IOException {
    StringBuilder data = null;
    for (String l : lines) {
      if (l.startsWith("data:")) {
        String v = l.substring(5);
        v = v.startsWith(" ") ? v.substring(1) : v;
        data = data == null ? new StringBuilder(v) : data.append('\n').append(v);
      }
    }
    if (data == null) {
      verbatim(lines); // comments, keep-alives
      return;
    }
    String d = data.toString();
    if (d.strip().equals("[DONE]")) {
      finish();
      verbatim(lines);
      done = true;
      return;
    }
    JsonNode chunk;
    try {
      chunk = Json.MAPPER.readTree(d);
    } catch (IOException e) {
      chunk = null;
    }
    if (chunk == null || !chunk.isObject() || !chunk.path("choices").isArray()) {
      verbatim(lines); // e.g. an error event: the client must see it as sent
      return;
    }
    chunk((ObjectNode) chunk);
  }

  private void chunk(ObjectNode chunk) throws IOException {
    ArrayNode choices = (ArrayNode) chunk.get("choices");
    if (template == null) {
      template = chunk.deepCopy();
    }
    if (choices.isEmpty()) {
      write(chunk); // a usage-only chunk
      return;
    }
    JsonNode usage = chunk.remove("usage");
    for (int k = 0; k < choices.size(); k++) {
      ObjectNode choice = (ObjectNode) choices.get(k);
      ObjectNode single = chunk.deepCopy();
      single.putArray("choices").add(choice);
      if (k == choices.size() - 1 && usage != null) {
        single.set("usage", usage);
      }
      choice(single, choice);
    }
  }

  private void choice(ObjectNode single, ObjectNode choice) throws IOException {
    int i = choice.path("index").asInt(0);
    JsonNode delta = choice.path("delta");
    String content = delta.path("content").isTextual() ? delta.path("content").textValue() : "";
    if (!content.isEmpty()) {
      if (explicit && labeler.position().atStart() && startLabelled.add(i)) {
        write(labelChunk(single, i, labeler.wording(startLanguage, issued.attribute()) + "\n\n"));
      }
      StringBuilder sample = samples.computeIfAbsent(i, x -> new StringBuilder());
      if (sample.length() < LANGUAGE_SAMPLE) {
        sample.append(content, 0, Math.min(content.length(), LANGUAGE_SAMPLE - sample.length()));
      }
    }
    boolean finishing = choice.hasNonNull("finish_reason");
    if (!(finishing && endLabelDue(i))) {
      write(single);
      return;
    }
    // content of the finish chunk first, then the label, then the bare finish
    String finish = choice.get("finish_reason").asText();
    if (delta.isObject() && !delta.isEmpty()) {
      choice.putNull("finish_reason");
      write(single);
    }
    write(endLabel(single, i));
    choice.set("delta", Json.MAPPER.createObjectNode());
    choice.put("finish_reason", finish);
    write(single);
  }

  private boolean endLabelDue(int i) {
    return explicit && labeler.position().atEnd() && samples.containsKey(i)
        && !endLabelled.contains(i);
  }

  private ObjectNode endLabel(ObjectNode single, int i) {
    endLabelled.add(i);
    String lang = labeler.language(samples.get(i).toString());
    return labelChunk(single, i, "\n\n" + labeler.wording(lang, issued.attribute()));
  }

  /** End labels for choices that had content but no finish chunk (the stream ended early). */
  private void finish() throws IOException {
    if (template == null) {
      return;
    }
    for (int i : samples.keySet()) {
      if (endLabelDue(i)) {
        write(endLabel(template, i));
      }
    }
  }

  private ObjectNode labelChunk(ObjectNode like, int index, String text) {
    ObjectNode c = like.deepCopy();
    c.remove("usage");
    ObjectNode choice = c.putArray("choices").addObject();
    choice.put("index", index);
    choice.putObject("delta").put("content", text);
    choice.putNull("logprobs");
    choice.putNull("finish_reason");
    c.set("aigc", issued.block());
    if (!explicitCounted) {
      explicitCounted = true;
      metrics.labelApplied(Source.GENERATED, LabelKind.EXPLICIT);
    }
    return c;
  }

  private void write(ObjectNode event) throws IOException {
    if (!aigcSent) {
      event.set("aigc", issued.block());
      aigcSent = true;
    }
    out.write(("data: " + Json.MAPPER.writeValueAsString(event) + "\n\n")
        .getBytes(StandardCharsets.UTF_8));
  }

  private void verbatim(List<String> lines) throws IOException {
    out.write((String.join("\n", lines) + "\n\n").getBytes(StandardCharsets.UTF_8));
  }
}
