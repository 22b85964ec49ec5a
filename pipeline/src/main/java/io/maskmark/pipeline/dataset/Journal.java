package io.maskmark.pipeline.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.pipeline.record.Json;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The run's record of what was done, one JSON line per record and per finished file, appended
 * as work completes. A rerun skips files finished with the same content hash, and the manifest
 * is computed from it, so it covers every run over the output directory. Record lines carry
 * counts and fixed-phrase reasons only, never text. Thread-safe.
 */
final class Journal implements AutoCloseable {

  static final String FILE = "journal.jsonl";

  /**
   * A file finished in some run, with the hash of the content that run read and how many of
   * its records failed (a file with failures is retried: limits or versions may have changed).
   */
  record Done(String run, String sha256, long bytes, int failed) {
  }

  private final Path path;
  private final BufferedWriter out;

  Journal(Path dir) throws IOException {
    this.path = dir.resolve(FILE);
    this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  synchronized void record(ObjectNode entry) throws IOException {
    out.write(entry.toString());
    out.write('\n');
  }

  /** Marks a file finished; written after its records, so a crash before it redoes the file. */
  synchronized void done(String file, String run, String sha256, long bytes, int failed)
      throws IOException {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("done", file);
    n.put("run", run);
    n.put("sha256", sha256);
    n.put("bytes", bytes);
    n.put("failed", failed);
    out.write(n.toString());
    out.write('\n');
    out.flush();
  }

  synchronized void flush() throws IOException {
    out.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }

  /** The last finish of each file in the journal of {@code dir} (empty when there is none). */
  static Map<String, Done> finished(Path dir) throws IOException {
    Map<String, Done> done = new HashMap<>();
    read(dir, n -> {
      if (n.has("done")) {
        done.put(n.get("done").asText(), new Done(n.path("run").asText(), n.path("sha256").asText(),
            n.path("bytes").asLong(), n.path("failed").asInt()));
      }
    });
    return done;
  }

  /** Every record line of a run that finished its file (the lines of stale runs are left out). */
  static void records(Path dir, Map<String, Done> finished, Consumer<JsonNode> sink) throws IOException {
    read(dir, n -> {
      if (n.has("file")) {
        Done d = finished.get(n.get("file").asText());
        if (d != null && d.run().equals(n.path("run").asText())) {
          sink.accept(n);
        }
      }
    });
  }

  /** Every line of the journal, of every run. */
  static void all(Path dir, Consumer<JsonNode> sink) throws IOException {
    read(dir, sink);
  }

  private static void read(Path dir, Consumer<JsonNode> sink) throws IOException {
    Path p = dir.resolve(FILE);
    if (!Files.exists(p)) {
      return;
    }
    try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      for (String l; (l = r.readLine()) != null; ) {
        if (l.isBlank()) {
          continue;
        }
        try {
          sink.accept(Json.MAPPER.readTree(l));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          // a line cut short by a crash: its file has no "done" line after it and is redone
        }
      }
    }
  }
}
