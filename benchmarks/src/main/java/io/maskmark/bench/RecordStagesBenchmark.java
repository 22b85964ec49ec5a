package io.maskmark.bench;

import io.maskmark.deid.keys.KeyRing;
import io.maskmark.pipeline.app.Components;
import io.maskmark.pipeline.bench.BenchCorpus;
import io.maskmark.pipeline.config.PipelineConfig;
import io.maskmark.pipeline.record.EnvelopeParser;
import io.maskmark.pipeline.record.InputRecord;
import io.maskmark.pipeline.topology.RecordStages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * The stream's work for one record without Kafka: parse the envelope, then detect, de-identify,
 * label and render, as {@code maskmark bench} runs them on a stream thread. Records are the bench
 * command's generated ~1 KB tickets. The score in records/s is the ceiling of one stream thread;
 * set against {@code maskmark bench}, it shows how much of a record's time the topology itself costs.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar RecordStagesBenchmark -p detectors=structured+zh-ner+en-ner -p lang=zh</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class RecordStagesBenchmark {

  /** The detector chain, joined by {@code +} (JMH splits {@code -p} values at commas). */
  @Param({"structured"})
  public String detectors;

  @Param({"mixed"})
  public String lang;

  /** Distinct records cycled through; {@code maskmark bench} sends 40,000. */
  @Param({"2000"})
  public int records;

  private RecordStages stages;
  private EnvelopeParser parser;
  private List<byte[]> values;
  private int next;

  @Setup
  public void setUp() throws Exception {
    Path keys = Files.createTempDirectory("maskmark-bench-keys").resolve("keys.json");
    KeyRing.generate().writeNew(keys);
    keys.toFile().deleteOnExit();
    keys.getParent().toFile().deleteOnExit();
    PipelineConfig config = PipelineConfig.defaults()
        .with("key.file", keys.toString())
        .with("label.service-code", "MASKMARK-BENCH")
        .with("detectors", detectors.replace('+', ','));
    stages = Components.stages(config);
    parser = new EnvelopeParser(config.getInt("max.input.bytes"));
    BenchCorpus.Mix mix = BenchCorpus.Mix.valueOf(lang.toUpperCase(java.util.Locale.ROOT));
    values = new BenchCorpus(mix, 1024, 20261206).generate(records).stream()
        .map(BenchCorpus.Item::value).toList();
  }

  @Benchmark
  public RecordStages.Outcome record() {
    byte[] value = values.get(next);
    next = (next + 1) % values.size();
    InputRecord input = parser.parse(value, null, "bench");
    RecordStages.Outcome out = stages.process(input);
    if (out.failed()) {
      throw new IllegalStateException("record failed: " + out.reason());
    }
    return out;
  }
}
