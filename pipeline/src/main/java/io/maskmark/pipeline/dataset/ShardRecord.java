package io.maskmark.pipeline.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.pipeline.record.Json;
import java.util.Set;
import java.util.TreeMap;

/**
 * A line of a dataset shard, made from the pipeline's output record (the stream's and the batch
 * command's are the same): {@code {"id","text","lang","entities" (counts per type),"deid",
 * "aigc_source","metadata"?}}. Only fields of the de-identified output are read.
 */
public final class ShardRecord {

  /** How a record shows itself as AI-generated; the others are NONE and INVALID_LABEL. */
  private static final Set<String> AI_SIGNALS = Set.of("METADATA_LABEL", "EU_MARKING", "EXPLICIT_LABEL");

  private ShardRecord() {
  }

  public static ObjectNode of(JsonNode output) {
    ObjectNode line = Json.MAPPER.createObjectNode();
    line.put("id", output.path("id").asText());
    line.put("text", output.path("text").asText());
    line.put("lang", output.path("lang").asText());
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (JsonNode e : output.path("entities")) {
      counts.merge(e.path("type").asText(), 1, Integer::sum);
    }
    ObjectNode entities = line.putObject("entities");
    counts.forEach(entities::put);
    line.set("deid", output.path("deid"));
    line.set("aigc_source", output.hasNonNull("aigc_source") ? output.get("aigc_source")
        : Json.MAPPER.nullNode());
    if (output.hasNonNull("metadata")) {
      line.set("metadata", output.get("metadata"));
    }
    return line;
  }

  /** Whether the source carried an AIGC label or marking (for the manifest's AI share). */
  public static boolean aiGenerated(JsonNode shardLine) {
    return AI_SIGNALS.contains(shardLine.path("aigc_source").path("signal").asText());
  }
}
