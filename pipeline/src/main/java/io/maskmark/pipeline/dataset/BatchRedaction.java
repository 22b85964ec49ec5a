package io.maskmark.pipeline.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.pipeline.dataset.CorpusFiles.CorpusFile;
import io.maskmark.pipeline.record.Json;
import io.maskmark.pipeline.topology.RecordStages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Dataset preparation: every document and record of a corpus through the pipeline's stages
 * ({@link RecordStages#process}, as the stream runs them) into JSONL shards, with a journal that
 * lets a rerun skip what is done and a manifest of the whole output directory. Bad inputs are
 * listed and never stop the run; only failing to write the output does.
 */
public final class BatchRedaction {

  /**
   * @param textField JSONL field / CSV column with the text; {@code idField} likewise for ids
   * @param maxBytes  documents larger than this are refused unread
   */
  public record Settings(List<String> inputs, Path output, int threads, String textField,
                         String idField, int maxBytes) {
  }

  /** What this run did, and the manifest it wrote. */
  public record Summary(long documentsIn, long documentsOut, long documentsFailed, int filesSkipped,
                        Path manifest) {
  }

  private static final DateTimeFormatter RUN_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  private final RecordStages stages;

  public BatchRedaction(RecordStages stages) {
    this.stages = stages;
  }

  /**
   * @param describe what the manifest says about the configuration (policy, detectors, limits)
   * @param terminal whether to draw a progress bar (else log lines)
   */
  public Summary run(Settings s, ObjectNode describe, PrintWriter err, boolean terminal)
      throws IOException, InterruptedException {
    Instant started = Instant.now();
    List<CorpusFile> files = CorpusFiles.resolve(s.inputs(), s.output());
    Files.createDirectories(s.output());
    Map<String, Journal.Done> before = Journal.finished(s.output());
    String run = RUN_ID.format(started);
    CorpusReader reader = new CorpusReader(s.textField(), s.idField(), s.maxBytes());
    long total = files.stream().mapToLong(CorpusFile::bytes).sum();
    AtomicReference<IOException> fatal = new AtomicReference<>();
    long[] counts = new long[3];
    int skipped = 0;
    Set<String> redone = new HashSet<>();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(s.threads(), s.threads(), 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(s.threads()), new ThreadPoolExecutor.CallerRunsPolicy());
    try (Journal journal = new Journal(s.output());
         ShardWriter shards = new ShardWriter(s.output().resolve("shards"), run);
         Progress progress = new Progress(err, terminal, files.size(), total)) {
      Work work = new Work(journal, shards, progress, run, fatal, counts);
      for (CorpusFile f : files) {
        if (fatal.get() != null) {
          break;
        }
        String sha;
        try {
          sha = CorpusReader.sha256(f.path());
        } catch (IOException e) {
          work.failure(new AtomicInteger(), f.id(), f.id(), "read", "cannot read the file");
          progress.fileDone(f.bytes());
          continue;
        }
        Journal.Done done = before.get(f.id());
        if (done != null && done.sha256().equals(sha) && done.failed() == 0) {
          skipped++;
          progress.fileSkipped(f.bytes());
          continue;
        }
        redone.add(f.id());
        AtomicInteger pending = new AtomicInteger(1); // the reader's own hold
        AtomicInteger failures = new AtomicInteger();
        Runnable finish = () -> work.fileDone(f, sha, failures.get());
        try {
          reader.read(f, unit -> {
            pending.incrementAndGet();
            pool.execute(() -> {
              work.unit(f, unit, failures);
              if (pending.decrementAndGet() == 0) {
                finish.run();
              }
            });
          });
        } catch (IOException | UncheckedIOException e) {
          work.failure(failures, f.id(), f.id(), "read", "cannot read the file");
        }
        if (pending.decrementAndGet() == 0) {
          finish.run();
        }
      }
      pool.shutdown();
      pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    } finally {
      pool.shutdownNow();
    }
    if (fatal.get() != null) {
      throw fatal.get();
    }
    StaleShards.drop(s.output(), run, redone);
    Path manifest = writeManifest(s, describe, started, run, counts, skipped, files.size());
    return new Summary(counts[0], counts[1], counts[2], skipped, manifest);
  }

  private Path writeManifest(Settings s, ObjectNode describe, Instant started, String run,
                             long[] counts, int skipped, int files) throws IOException {
    Map<String, Journal.Done> finished = Journal.finished(s.output());
    Manifest m = new Manifest();
    finished.values().forEach(d -> m.file(d.bytes()));
    Journal.records(s.output(), finished, m::add);
    ObjectNode info = describe.deepCopy();
    info.put("started_at", started.toString());
    info.put("finished_at", Instant.now().toString());
    ObjectNode last = info.putObject("last_run");
    last.put("run", run);
    last.put("threads", s.threads());
    last.put("files", files);
    last.put("files_skipped_unchanged", skipped);
    last.put("documents_in", counts[0]);
    last.put("documents_out", counts[1]);
    last.put("documents_failed", counts[2]);
    Path target = s.output().resolve("manifest.json");
    Path tmp = s.output().resolve("manifest.json.tmp");
    Files.write(tmp, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(m.toJson(info)));
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }

  /** The per-record work shared by the pool's threads. */
  private final class Work {
    private final Journal journal;
    private final ShardWriter shards;
    private final Progress progress;
    private final String run;
    private final AtomicReference<IOException> fatal;
    private final long[] counts;

    Work(Journal journal, ShardWriter shards, Progress progress, String run,
         AtomicReference<IOException> fatal, long[] counts) {
      this.journal = journal;
      this.shards = shards;
      this.progress = progress;
      this.run = run;
      this.fatal = fatal;
      this.counts = counts;
    }

    void unit(CorpusFile f, CorpusUnit unit, AtomicInteger failures) {
      if (fatal.get() != null) {
        return;
      }
      if (unit.failed()) {
        failure(failures, f.id(), unit.id(), "read", unit.failure());
        return;
      }
      RecordStages.Outcome o = stages.process(unit.toInput());
      if (o.failed()) {
        failure(failures, f.id(), unit.id(), o.failedStage().label(), o.reason());
        return;
      }
      try {
        JsonNode output = Json.MAPPER.readTree(o.output());
        ObjectNode line = ShardRecord.of(output);
        String text = line.path("text").asText();
        String shard = shards.write(line.toString());
        ObjectNode e = entry(f.id(), unit.id(), true);
        e.put("shard", shard);
        e.put("chars_in", o.textChars());
        e.put("chars_out", text.codePointCount(0, text.length()));
        e.put("lang", line.path("lang").asText());
        e.set("entities", line.path("entities"));
        e.put("ai", ShardRecord.aiGenerated(line));
        e.put("signal", line.path("aigc_source").path("signal").asText());
        journal.record(e);
        count(true);
      } catch (IOException ex) {
        fatal.compareAndSet(null, ex);
      }
    }

    void failure(AtomicInteger failures, String file, String id, String stage, String reason) {
      failures.incrementAndGet();
      ObjectNode e = entry(file, id, false);
      e.put("stage", stage);
      e.put("reason", reason);
      try {
        journal.record(e);
      } catch (IOException ex) {
        fatal.compareAndSet(null, ex);
      }
      count(false);
    }

    void fileDone(CorpusFile f, String sha, int failures) {
      try {
        shards.flush();
        journal.flush();
        journal.done(f.id(), run, sha, f.bytes(), failures);
      } catch (IOException ex) {
        fatal.compareAndSet(null, ex);
      }
      progress.fileDone(f.bytes());
    }

    private ObjectNode entry(String file, String id, boolean ok) {
      ObjectNode e = Json.MAPPER.createObjectNode();
      e.put("file", file);
      e.put("run", run);
      e.put("id", id);
      e.put("ok", ok);
      return e;
    }

    private void count(boolean ok) {
      synchronized (counts) {
        counts[0]++;
        counts[ok ? 1 : 2]++;
      }
      progress.document(ok);
    }
  }
}
