package io.maskmark.pipeline.dataset;

import io.maskmark.pipeline.dataset.CorpusFiles.CorpusFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes a corpus to the pipeline's input topic, one envelope per document or JSONL/CSV
 * record ({@link CorpusUnit#toEnvelope()}), keyed by id, so that as many pipeline instances as
 * the topic has partitions share the work. Records that cannot be read or sent are reported.
 */
public final class CorpusIngest {

  /** What was published, and what was not (read or send failures). */
  public record Summary(long published, long failed) {
  }

  private final CorpusReader reader;

  public CorpusIngest(CorpusReader reader) {
    this.reader = reader;
  }

  public Summary publish(List<String> inputs, Producer<byte[], byte[]> producer, String topic,
                         PrintWriter err) throws IOException {
    AtomicLong published = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    for (CorpusFile f : CorpusFiles.resolve(inputs, null)) {
      reader.read(f, unit -> {
        if (unit.failed()) {
          failed.incrementAndGet();
          report(err, unit.id(), unit.failure());
          return;
        }
        producer.send(new ProducerRecord<>(topic, unit.id().getBytes(StandardCharsets.UTF_8),
            unit.toEnvelope()), (meta, e) -> {
              if (e == null) {
                published.incrementAndGet();
              } else {
                failed.incrementAndGet();
                report(err, unit.id(), "not published (" + e.getClass().getSimpleName() + ")");
              }
            });
      });
    }
    producer.flush();
    return new Summary(published.get(), failed.get());
  }

  private static void report(PrintWriter err, String id, String reason) {
    synchronized (err) {
      err.println("maskmark ingest: " + id + ": " + reason);
      err.flush();
    }
  }
}
