package io.maskmark.bench;

import io.maskmark.deid.DeidResult;
import io.maskmark.deid.Deidentifier;
import io.maskmark.deid.Policies;
import io.maskmark.deid.Policy;
import io.maskmark.deid.keys.KeyRing;
import io.maskmark.detect.Analysis;
import io.maskmark.detect.Analyzer;
import io.maskmark.detect.Detectors;
import java.nio.charset.StandardCharsets;
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
 * De-identification throughput of a policy on one thread, detection excluded: the benchmark
 * corpus is analysed once with the structured detectors, then each operation de-identifies one
 * analysed document. {@code bytes} is UTF-8 bytes per second, {@code entities} entities per second.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar DeidentificationBenchmark -p policy=training-data</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DeidentificationBenchmark {

  @Param({"pipl-deidentify", "gdpr-pseudonymise", "anonymise", "training-data", "support-mask"})
  public String policy;

  private Policy loaded;
  private final Deidentifier deidentifier = new Deidentifier();
  private List<Analysis> analyses;
  private int[] sizes;
  private int next;

  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Counters {
    public long bytes;
    public long entities;

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
      entities = 0;
    }
  }

  @Setup
  public void setUp() {
    loaded = Policies.load(policy, KeyRing.generate());
    Analyzer analyzer = Detectors.analyzer(List.of("structured"));
    analyses = BenchCorpus.documents(2000, 1024, 42).stream().map(analyzer::analyze).toList();
    sizes = analyses.stream().mapToInt(a -> a.text().getBytes(StandardCharsets.UTF_8).length).toArray();
  }

  @Benchmark
  public DeidResult deidentify(Counters counters) {
    int i = next;
    next = (i + 1) % analyses.size();
    counters.bytes += sizes[i];
    counters.entities += analyses.get(i).spans().size();
    return deidentifier.deidentify(analyses.get(i), loaded);
  }
}
