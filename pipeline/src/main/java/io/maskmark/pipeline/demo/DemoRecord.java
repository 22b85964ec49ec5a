package io.maskmark.pipeline.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.pipeline.record.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the demo's built-in records, with the personal data planted in it so the demo can check
 * its own output for leaks.
 *
 * @param generated whether it goes to the generated-content topic
 * @param value     the Kafka record value (an envelope, or deliberately broken bytes)
 */
public record DemoRecord(String id, boolean generated, String kind, byte[] value,
                         List<String> planted) {

  public static List<DemoRecord> load() throws IOException {
    List<DemoRecord> out = new ArrayList<>();
    try (InputStream in = DemoRecord.class.getResourceAsStream("/demo/records.jsonl");
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = Json.MAPPER.readTree(line);
        byte[] value = n.has("raw")
            ? n.get("raw").asText().getBytes(StandardCharsets.UTF_8)
            : Json.MAPPER.writeValueAsBytes(n.get("value"));
        String id = n.has("value") ? n.get("value").get("id").asText() : "demo-" + (out.size() + 1);
        List<String> planted = new ArrayList<>();
        n.get("pii").forEach(p -> planted.add(p.asText()));
        out.add(new DemoRecord(id, "generated".equals(n.get("topic").asText()),
            n.get("kind").asText(), value, planted));
      }
    }
    return out;
  }

  /** The input text shown beside the output. */
  public String displayText() {
    try {
      JsonNode n = Json.MAPPER.readTree(value);
      if (n != null && n.has("text")) {
        return n.get("text").asText();
      }
    } catch (IOException e) {
      // a deliberately broken record: show it as is
    }
    return new String(value, StandardCharsets.UTF_8);
  }
}
