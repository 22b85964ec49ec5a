package io.maskmark.pipeline.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.pipeline.record.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Collects the demo's output by record key and prints input beside output, then a summary. */
public final class DemoReport {

  private final List<DemoRecord> records;
  private final Map<String, JsonNode> outputs = new HashMap<>();
  private final Map<String, String> deadLetters = new HashMap<>();
  private final Map<String, Integer> aigcHeaders = new HashMap<>();
  private int duplicates;

  public DemoReport(List<DemoRecord> records) {
    this.records = records;
  }

  public void accept(ConsumerRecord<byte[], byte[]> r, boolean deadLetter) throws IOException {
    String key = r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8);
    if (outputs.containsKey(key) || deadLetters.containsKey(key)) {
      duplicates++;
    }
    if (deadLetter) {
      deadLetters.put(key, header(r, "maskmark.dlq.stage") + ": " + header(r, "maskmark.dlq.error.message"));
    } else {
      outputs.put(key, Json.MAPPER.readTree(r.value()));
      if (r.headers().lastHeader("AIGC") != null) {
        aigcHeaders.merge(key, 1, Integer::sum);
      }
    }
  }

  private static String header(ConsumerRecord<byte[], byte[]> r, String key) {
    Header h = r.headers().lastHeader(key);
    return h == null ? "?" : new String(h.value(), StandardCharsets.UTF_8);
  }

  public boolean complete() {
    return missing() == 0;
  }

  public int missing() {
    return (int) records.stream()
        .filter(r -> !outputs.containsKey(r.id()) && !deadLetters.containsKey(r.id())).count();
  }

  /** Planted values found in redacted output. */
  public int leaks() {
    int leaks = 0;
    for (DemoRecord r : records) {
      JsonNode o = outputs.get(r.id());
      if (o == null) {
        continue;
      }
      for (String v : r.planted()) {
        if (o.toString().contains(v) || o.path("text").asText().contains(v)) {
          leaks++;
        }
      }
    }
    return leaks;
  }

  public void print(PrintWriter out) {
    Map<String, Integer> entities = new TreeMap<>();
    int planted = 0;
    for (DemoRecord r : records) {
      out.println();
      out.printf("[%s] %s · %s%n", r.id(), r.generated() ? "generated" : "raw", r.kind());
      out.println("  in : " + oneLine(r.displayText()));
      JsonNode o = outputs.get(r.id());
      if (o != null) {
        out.println("  out: " + oneLine(o.path("text").asText()));
        StringBuilder found = new StringBuilder();
        for (JsonNode e : o.path("entities")) {
          entities.merge(e.path("type").asText(), 1, Integer::sum);
          found.append(found.length() == 0 ? "" : ", ").append(e.path("type").asText());
        }
        out.println("       " + o.path("lang").asText() + " · " + (found.length() == 0 ? "no entities" : found)
            + (o.has("aigc") ? " · AIGC " + o.get("aigc") : ""));
        for (String v : r.planted()) {
          planted++;
          if (o.toString().contains(v)) {
            out.println("       LEAK: a planted " + (v.length()) + "-character value is still in the output");
          }
        }
      } else if (deadLetters.containsKey(r.id())) {
        out.println("  dlq: " + deadLetters.get(r.id()));
      } else {
        out.println("  (no output)");
      }
    }
    out.println();
    out.printf("records: %d in, %d redacted, %d dead-lettered, %d missing, %d duplicated%n",
        records.size(), outputs.size(), deadLetters.size(), missing(), duplicates);
    out.println("entities: " + (entities.isEmpty() ? "none" : entities.toString()
        .replaceAll("[{}]", "").replace("=", " ")));
    long generated = records.stream().filter(DemoRecord::generated).count();
    out.printf("labels: %d of %d generated records carry an AIGC header%n",
        aigcHeaders.size(), generated);
    out.printf("leak check: %d of %d planted values found in the redacted output%n", leaks(), planted);
  }

  private static String oneLine(String s) {
    return s.replace("\n", "⏎ ");
  }
}
