package io.maskmark.pipeline.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends JSON lines to {@code shards/part-RUN-NNNNN.jsonl}, starting a new shard past a size.
 * Each run writes its own shards, so a resumed run never rewrites an earlier one's. Thread-safe.
 */
final class ShardWriter implements AutoCloseable {

  static final long MAX_SHARD_BYTES = 256L << 20;

  private final Path dir;
  private final String run;
  private int index;
  private long written;
  private BufferedWriter out;
  private String current;

  ShardWriter(Path dir, String run) throws IOException {
    this.dir = Files.createDirectories(dir);
    this.run = run;
  }

  /** Writes one line and returns the shard's file name. */
  synchronized String write(String jsonLine) throws IOException {
    byte[] bytes = jsonLine.getBytes(StandardCharsets.UTF_8);
    if (out == null || written + bytes.length > MAX_SHARD_BYTES && written > 0) {
      close();
      current = String.format("part-%s-%05d.jsonl", run, index++);
      out = Files.newBufferedWriter(dir.resolve(current), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      written = 0;
    }
    out.write(jsonLine);
    out.write('\n');
    written += bytes.length + 1;
    return current;
  }

  synchronized void flush() throws IOException {
    if (out != null) {
      out.flush();
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
  }
}
