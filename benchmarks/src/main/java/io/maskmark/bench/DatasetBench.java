package io.maskmark.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.maskmark.pipeline.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Throughput of {@code maskmark redact --input DIR --output DIR} on a generated corpus of mixed
 * documents (not JMH: one run over hundreds of megabytes is the measurement).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.maskmark.bench.DatasetBench [MB] [THREADS] [POLICY]</pre>
 *
 * Defaults: 200 MB, all cores, policy tags. The corpus is written to a temporary directory and
 * removed afterwards; generation is not timed.
 */
public final class DatasetBench {

  private DatasetBench() {
  }

  public static void main(String[] args) throws Exception {
    long mb = args.length > 0 ? Long.parseLong(args[0]) : 200;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    String policy = args.length > 2 ? args[2] : "tags";
    Path work = Files.createTempDirectory("maskmark-dataset-bench");
    try {
      Path corpus = work.resolve("corpus");
      long t0 = System.nanoTime();
      long bytes = MixedCorpus.write(corpus, mb * 1_000_000L);
      System.out.printf("corpus: %.1f MB generated in %.0f s%n", bytes / 1e6, (System.nanoTime() - t0) / 1e9);
      long t1 = System.nanoTime();
      int code = Main.commandLine().execute("redact", "--input", corpus.toString(),
          "--output", work.resolve("out").toString(), "--policy", policy,
          "--threads", Integer.toString(threads), "--progress", "log");
      double seconds = (System.nanoTime() - t1) / 1e9;
      JsonNode m = new ObjectMapper().readTree(work.resolve("out/manifest.json").toFile());
      long chars = m.at("/characters/extracted").asLong();
      System.out.printf("exit %d; %d documents in, %d out, %d failed%n", code,
          m.at("/documents/in").asLong(), m.at("/documents/out").asLong(), m.at("/documents/failed").asLong());
      System.out.printf("%.1f MB of files, %.1f M characters extracted, in %.1f s with %d threads%n",
          bytes / 1e6, chars / 1e6, seconds, threads);
      System.out.printf("input: %.2f MB/s (%.2f MB/s per thread); extracted text: %.2f M chars/s "
          + "(%.2f per thread)%n", bytes / 1e6 / seconds, bytes / 1e6 / seconds / threads,
          chars / 1e6 / seconds, chars / 1e6 / seconds / threads);
    } finally {
      try (Stream<Path> s = Files.walk(work)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
