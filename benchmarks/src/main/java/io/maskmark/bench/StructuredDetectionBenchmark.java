package io.maskmark.bench;

import io.maskmark.detect.Analysis;
import io.maskmark.detect.Analyzer;
import io.maskmark.detect.Detectors;
import io.maskmark.detect.NormalizedText;
import io.maskmark.detect.Span;
import io.maskmark.detect.pattern.PatternDetector;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the structured detector alone (every rule of the catalogue) on mixed EN/ZH text,
 * one thread: {@code detector} is the rule engine over already normalised text; {@code analyzer}
 * adds normalisation, thresholds and overlap resolution (an Analyzer with only {@code structured}).
 * The {@code bytes} counter is UTF-8 bytes per second: divide by 1e6 for MB/s.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar StructuredDetectionBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class StructuredDetectionBenchmark {

  private PatternDetector detector;
  private Analyzer analyzer;
  private List<String> docs;
  private List<String> normalised;
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
    detector = (PatternDetector) Detectors.create("structured", Map.of());
    analyzer = Detectors.analyzer(List.of("structured"));
    docs = StructuredCorpus.documents(2000, 1024, 7);
    normalised = docs.stream().map(d -> NormalizedText.of(d).text()).toList();
    sizes = docs.stream().mapToInt(d -> d.getBytes(StandardCharsets.UTF_8).length).toArray();
  }

  @Benchmark
  public List<Span> detector(Bytes counter) {
    int i = next;
    next = (i + 1) % docs.size();
    counter.bytes += sizes[i];
    return detector.detect(normalised.get(i));
  }

  @Benchmark
  public Analysis analyzer(Bytes counter) {
    int i = next;
    next = (i + 1) % docs.size();
    counter.bytes += sizes[i];
    return analyzer.analyze(docs.get(i));
  }
}
