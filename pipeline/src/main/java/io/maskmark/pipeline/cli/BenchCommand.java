package io.maskmark.pipeline.cli;

import io.maskmark.pipeline.app.Components;
import io.maskmark.pipeline.bench.Bench;
import io.maskmark.pipeline.bench.BenchCorpus;
import io.maskmark.pipeline.broker.EmbeddedKafka;
import io.maskmark.pipeline.config.PipelineConfig;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code maskmark bench}: end-to-end throughput and latency of the full topology against an
 * identity topology on the same broker, in one run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure the full pipeline against an identity topology (read, write) on the "
        + "same Kafka broker: records/s, MB/s, end-to-end latency p50/p99, scaling over stream "
        + "threads.",
        "Starts a real Kafka broker in-process unless --bootstrap-servers is given. The last line "
            + "is 'ratio full/identity: X.XX' at the highest thread count."})
final class BenchCommand implements Callable<Integer> {

  /** Exit code when a planted identifier reached the output. */
  static final int EXIT_LEAK = 3;
  /** Warm-up ends when the JIT compilers work less than this share of a round's wall time. */
  private static final double SETTLED_JIT_SHARE = 0.10;

  @Spec
  CommandSpec spec;

  @Option(names = "--records", paramLabel = "N", defaultValue = "20000",
      description = "Records per pass (default: ${DEFAULT-VALUE}).")
  int records;

  @Option(names = "--record-bytes", paramLabel = "BYTES", defaultValue = "1024",
      description = "Approximate UTF-8 size of each record's text (default: ${DEFAULT-VALUE}).")
  int recordBytes;

  @Option(names = "--lang", paramLabel = "MIX", defaultValue = "mixed",
      description = "mixed, zh or en (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--detectors", split = ",", paramLabel = "NAME",
      description = "Detector chain (default: the stream default, structured,zh-ner,en-ner).")
  List<String> detectors;

  @Option(names = "--policy", paramLabel = "NAME|FILE",
      description = "De-identification policy (default: the stream default).")
  String policy;

  @Option(names = "--threads", split = ",", paramLabel = "N", defaultValue = "1,2",
      description = "Stream thread counts to measure (default: ${DEFAULT-VALUE}).")
  List<Integer> threads;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "4",
      description = "Partitions of every topic (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--latency-seconds", paramLabel = "S", defaultValue = "10",
      description = "Length of the latency pass, offered at half the measured full throughput "
          + "(default: ${DEFAULT-VALUE}; 0 skips it).")
  int latencySeconds;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "20261206",
      description = "Seed of the generated records (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "10000",
      description = "Records through each topology per warm-up round, unreported (default: "
          + "${DEFAULT-VALUE}, at most --records). Rounds repeat, up to --warmup-rounds, until the JIT compilers work "
          + "less than a tenth of a round's time.")
  int warmup;

  @Option(names = "--warmup-rounds", paramLabel = "N", defaultValue = "6",
      description = "Most warm-up rounds (default: ${DEFAULT-VALUE}).")
  int warmupRounds;

  @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
      description = "Measured passes of each topology per thread count, alternating identity and "
          + "full; figures are the median (default: ${DEFAULT-VALUE}). On a shared machine one pass "
          + "can be off by a quarter.")
  int repeat;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
      description = "Use an existing Kafka cluster (it must allow topic creation).")
  String bootstrapServers;

  @Override
  public Integer call() throws Exception {
    if (records <= 0 || recordBytes <= 0 || partitions <= 0 || repeat <= 0 || warmupRounds <= 0
        || latencySeconds < 0
        || warmup < 0 || threads.isEmpty() || threads.stream().anyMatch(t -> t <= 0)) {
      throw new IllegalArgumentException("--records, --record-bytes, --partitions, --repeat, "
          + "--warmup-rounds and --threads must be positive, --latency-seconds and --warmup not negative");
    }
    BenchCorpus.Mix mix = mix(lang);
    PrintWriter out = spec.commandLine().getOut();
    EmbeddedKafka broker = null;
    try {
      String bootstrap = bootstrapServers;
      if (bootstrap == null) {
        broker = EmbeddedKafka.start();
        bootstrap = broker.bootstrapServers();
      }
      PipelineConfig config = config(bootstrap);
      List<BenchCorpus.Item> items = new BenchCorpus(mix, recordBytes, seed).generate(records);
      Bench bench = new Bench(config, Components.stages(config), partitions, items);
      out.printf(Locale.ROOT, "maskmark bench: %,d records, %s text, %,.0f bytes each on average "
              + "(%.1f MB); detectors %s; policy %s; %s; %d partitions; %d cores; broker %s%n",
          records, lang, bench.inputBytes() / (double) records, bench.inputBytes() / 1e6,
          String.join(",", config.detectors()), config.get("policy"),
          config.get("processing.guarantee"), partitions,
          Runtime.getRuntime().availableProcessors(),
          broker != null ? "in-process" : bootstrap);
      out.flush();
      bench.load();
      if (warmup > 0) {
        out.println(warmUp(bench, Math.min(warmup, records)));
        out.flush();
      }
      out.printf("%-9s %7s %11s %8s %6s %7s%n", "topology", "threads", "records/s", "MB/s", "dlq",
          "leaked");
      List<Bench.Pass> passes = new ArrayList<>();
      for (int t : threads) {
        for (int run = 0; run < repeat; run++) {
          for (Bench.Kind kind : Bench.Kind.values()) {
            Bench.Pass p = bench.throughput(kind, t);
            passes.add(p);
            out.printf(Locale.ROOT, "%-9s %7d %,11.0f %8.2f %6d %7s%n", kind.name().toLowerCase(), t,
                p.recordsPerSecond(), p.megabytesPerSecond(), p.deadLettered(),
                kind == Bench.Kind.FULL ? Integer.toString(p.leaked()) : "-");
            out.flush();
          }
        }
      }
      if (repeat > 1) {
        for (int t : threads) {
          for (Bench.Kind kind : Bench.Kind.values()) {
            out.printf(Locale.ROOT, "median %-9s %d threads: %,.0f records/s (passes %s)%n",
                kind.name().toLowerCase(), t, rate(passes, kind, t), rates(passes, kind, t));
          }
        }
      }
      int top = threads.stream().mapToInt(Integer::intValue).max().orElseThrow();
      int low = threads.stream().mapToInt(Integer::intValue).min().orElseThrow();
      if (top != low) {
        out.printf(Locale.ROOT, "scaling %d -> %d threads: identity x%.2f, full x%.2f%n", low, top,
            rate(passes, Bench.Kind.IDENTITY, top) / rate(passes, Bench.Kind.IDENTITY, low),
            rate(passes, Bench.Kind.FULL, top) / rate(passes, Bench.Kind.FULL, low));
      }
      if (latencySeconds > 0) {
        int offered = (int) Math.max(1, rate(passes, Bench.Kind.FULL, top) / 2);
        Bench.Latency l = bench.latency(top, offered, latencySeconds);
        out.printf(Locale.ROOT, "end-to-end latency (full, %d threads, %,d records/s offered, "
                + "%,d records, read_committed): p50 %d ms, p99 %d ms%n", top,
            l.offeredPerSecond(), l.records(), l.p50Millis(), l.p99Millis());
      }
      out.printf(Locale.ROOT, "ratio full/identity: %.2f%n",
          rate(passes, Bench.Kind.FULL, top) / rate(passes, Bench.Kind.IDENTITY, top));
      out.flush();
      return passes.stream().anyMatch(p -> p.leaked() > 0) ? EXIT_LEAK : 0;
    } finally {
      if (broker != null) {
        broker.close();
      }
    }
  }

  /**
   * Warm-up rounds (each topology once) until the JIT settles. In one JVM with the broker, the
   * clients and the pipeline, compiling all their hot code keeps a C2 thread busy for a minute or
   * more on two cores; a pass measured meanwhile shares the CPU with the compiler.
   */
  private String warmUp(Bench bench, int count) throws Exception {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
    double share = Double.NaN;
    int rounds = 0;
    do {
      long wallStart = System.nanoTime();
      long jitStart = timed ? jit.getTotalCompilationTime() : 0;
      for (Bench.Kind kind : Bench.Kind.values()) {
        bench.throughput(kind, threads.get(0), count);
      }
      rounds++;
      if (timed) {
        share = (jit.getTotalCompilationTime() - jitStart) / ((System.nanoTime() - wallStart) / 1e6);
      }
    } while (timed && share >= SETTLED_JIT_SHARE && rounds < warmupRounds);
    return String.format(Locale.ROOT, "warm-up: %d round%s of %,d records per topology; JIT "
        + "compiling %s of the last round's time", rounds, rounds == 1 ? "" : "s", count,
        timed ? String.format(Locale.ROOT, "%.0f%%", share * 100) : "(not measured)");
  }

  /** The median records/s of the passes of {@code kind} at {@code threads}. */
  private static double rate(List<Bench.Pass> passes, Bench.Kind kind, int threads) {
    double[] r = passes.stream().filter(p -> p.kind() == kind && p.threads() == threads)
        .mapToDouble(Bench.Pass::recordsPerSecond).sorted().toArray();
    int m = r.length / 2;
    return r.length % 2 == 1 ? r[m] : (r[m - 1] + r[m]) / 2;
  }

  private static String rates(List<Bench.Pass> passes, Bench.Kind kind, int threads) {
    return passes.stream().filter(p -> p.kind() == kind && p.threads() == threads)
        .map(p -> String.format(Locale.ROOT, "%,.0f", p.recordsPerSecond()))
        .collect(java.util.stream.Collectors.joining(" "));
  }

  private static BenchCorpus.Mix mix(String lang) {
    try {
      return BenchCorpus.Mix.valueOf(lang.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--lang must be mixed, zh or en, not '" + lang + "'");
    }
  }

  private PipelineConfig config(String bootstrap) throws java.io.IOException {
    PipelineConfig c = PipelineConfig.defaults()
        .with("bootstrap.servers", bootstrap)
        .with("key.file", EphemeralKeys.file().toString())
        .with("label.service-code", "MASKMARK-BENCH");
    if (detectors != null) {
      c = c.with("detectors", String.join(",", detectors));
    }
    if (policy != null) {
      c = c.with("policy", policy);
    }
    return c;
  }
}
