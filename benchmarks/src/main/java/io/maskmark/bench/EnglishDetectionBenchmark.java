package io.maskmark.bench;

import io.maskmark.detect.Analysis;
import io.maskmark.detect.Analyzer;
import io.maskmark.detect.Detectors;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full English detection (structured detectors + en-ner, or any chain) on one thread over the
 * generated {@link EnglishCorpus}. {@code bytes} is UTF-8 bytes analysed per second.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar EnglishDetectionBenchmark</pre>
 * With the CoreNLP module built, add its jars to the class path and pass
 * {@code -p chain=structured,corenlp}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class EnglishDetectionBenchmark {

  @Param({"structured,en-ner"})
  public String chain;

  /** Characters per document (a chat line, a support ticket, a page). */
  @Param({"1024"})
  public int docChars;

  private Analyzer analyzer;
  private List<String> docs;
  private int[] sizes;
  private int next;

  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Bytes {
    public long bytes;

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  @Setup
  public void setUp() {
    analyzer = Detectors.analyzer(Arrays.asList(chain.split(",")));
    docs = EnglishCorpus.documents(2000, docChars, 7);
    sizes = docs.stream().mapToInt(d -> d.getBytes(StandardCharsets.UTF_8).length).toArray();
  }

  @Benchmark
  public Analysis analyze(Bytes counter) {
    int i = next;
    next = (i + 1) % docs.size();
    counter.bytes += sizes[i];
    return analyzer.analyze(docs.get(i));
  }
}
