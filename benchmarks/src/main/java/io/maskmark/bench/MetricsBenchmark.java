package io.maskmark.bench;

import io.maskmark.deid.DeidResult;
import io.maskmark.deid.Deidentifier;
import io.maskmark.deid.Policies;
import io.maskmark.deid.Policy;
import io.maskmark.deid.keys.KeyRing;
import io.maskmark.detect.Analysis;
import io.maskmark.detect.Analyzer;
import io.maskmark.detect.Detectors;
import io.maskmark.pipeline.metrics.MicrometerPipelineMetrics;
import io.maskmark.pipeline.topology.LabelKind;
import io.maskmark.pipeline.topology.Source;
import io.maskmark.pipeline.topology.Stage;
import io.maskmark.pipeline.topology.Topics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the pipeline's metrics cost per record on one thread, on the Prometheus registry the
 * pipeline runs with: the calls the topology makes for one redacted record (read, stages,
 * entities, operators, output). Each operation is one record of the benchmark corpus.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar MetricsBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class MetricsBenchmark {

  private MicrometerPipelineMetrics metrics;
  private Policy policy;
  private List<Analysis> analyses;
  private List<DeidResult> results;
  private int next;

  @Setup
  public void setUp() {
    metrics = new MicrometerPipelineMetrics(
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), Topics.DEFAULT);
    policy = Policies.load("pipl-deidentify", KeyRing.generate());
    Analyzer analyzer = Detectors.analyzer(List.of("structured"));
    analyses = BenchCorpus.documents(500, 1024, 42).stream().map(analyzer::analyze).toList();
    Deidentifier deidentifier = new Deidentifier();
    results = analyses.stream().map(a -> deidentifier.deidentify(a, policy)).toList();
  }

  @Benchmark
  public int record() {
    int i = next;
    next = (i + 1) % analyses.size();
    Analysis analysis = analyses.get(i);
    metrics.received(Source.RAW, Topics.DEFAULT.raw(), 1100);
    metrics.stage(Stage.values()[i % Stage.values().length], 40_000);
    metrics.detected(analysis);
    metrics.deidentified(results.get(i), policy, analysis.language());
    metrics.labelApplied(Source.RAW, LabelKind.values()[0]);
    metrics.produced(Source.RAW, Topics.DEFAULT.redacted(), 1900, false, 60_000, 5);
    return i;
  }
}
