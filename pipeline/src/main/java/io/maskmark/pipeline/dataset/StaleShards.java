package io.maskmark.pipeline.dataset;

import io.maskmark.pipeline.record.Json;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Removes what earlier runs wrote for files this run processed again (changed, failed before,
 * or cut short), so that every record is in the shards once, in its latest form.
 */
final class StaleShards {

  private StaleShards() {
  }

  static void drop(Path output, String run, Set<String> redone) throws IOException {
    Map<String, Set<String>> idsByShard = new HashMap<>();
    Journal.all(output, n -> {
      if (n.path("ok").asBoolean() && redone.contains(n.path("file").asText())
          && !run.equals(n.path("run").asText())) {
        idsByShard.computeIfAbsent(n.path("shard").asText(), k -> new HashSet<>()).add(n.path("id").asText());
      }
    });
    for (Map.Entry<String, Set<String>> e : idsByShard.entrySet()) {
      Path shard = output.resolve("shards").resolve(e.getKey());
      if (Files.exists(shard)) {
        rewrite(shard, e.getValue());
      }
    }
  }

  private static void rewrite(Path shard, Set<String> stale) throws IOException {
    Path tmp = shard.resolveSibling(shard.getFileName() + ".tmp");
    try (BufferedReader r = Files.newBufferedReader(shard, StandardCharsets.UTF_8);
         BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (String l; (l = r.readLine()) != null; ) {
        if (!stale.contains(Json.MAPPER.readTree(l).path("id").asText())) {
          w.write(l);
          w.write('\n');
        }
      }
    }
    Files.move(tmp, shard, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
