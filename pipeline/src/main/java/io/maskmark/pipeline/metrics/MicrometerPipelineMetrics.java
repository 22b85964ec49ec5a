package io.maskmark.pipeline.metrics;

import io.maskmark.deid.DeidResult;
import io.maskmark.deid.Operator;
import io.maskmark.deid.Policy;
import io.maskmark.detect.Analysis;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Language;
import io.maskmark.detect.Span;
import io.maskmark.pipeline.topology.IngestLabel;
import io.maskmark.pipeline.topology.LabelKind;
import io.maskmark.pipeline.topology.PipelineMetrics;
import io.maskmark.pipeline.topology.Source;
import io.maskmark.pipeline.topology.Stage;
import io.maskmark.pipeline.topology.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@link PipelineMetrics} on Micrometer. Meter names follow the Prometheus conventions once
 * exported ({@code maskmark_} prefix, {@code _total} counters, seconds and bytes); labels take
 * values from fixed sets (sources, stages, entity types, languages, label kinds) or from
 * configuration (topics, detector, policy and operator names), guarded by {@link LabelValues}.
 * The meters for the fixed sets exist from the start at zero, so that rates and ratios have data
 * before the first record of a kind arrives.
 */
public final class MicrometerPipelineMetrics implements PipelineMetrics {

  /** Stage latency buckets, 50 µs to 10 s: a stage is sub-millisecond to seconds (documents). */
  static final Duration[] STAGE_BUCKETS = seconds(0.00005, 0.0001, 0.00025, 0.0005, 0.001,
      0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10);
  /** End-to-end buckets, 5 ms to 2 min: includes time waiting in Kafka and commit intervals. */
  static final Duration[] END_TO_END_BUCKETS = seconds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
      0.5, 1, 2.5, 5, 10, 30, 60, 120);
  /** Record size buckets, 128 B to 64 MiB. */
  static final double[] SIZE_BUCKETS = {128, 512, 1024, 4096, 16384, 65536, 262144, 1048576,
      4194304, 16777216, 67108864};

  private final MeterRegistry registry;
  private final LabelValues values = new LabelValues(64);
  private final Map<Stage, Timer> stageTimers = new EnumMap<>(Stage.class);
  private final Map<Source, Timer> processing = new EnumMap<>(Source.class);
  private final Map<Source, Timer> endToEnd = new EnumMap<>(Source.class);
  /**
   * Counters by meter and label values. Registering looks the meter up by a freshly built id,
   * which costs more than the increment; the label values are bounded, so this map is too.
   */
  private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();
  private final Map<List<String>, DistributionSummary> sizes = new ConcurrentHashMap<>();

  public MicrometerPipelineMetrics(MeterRegistry registry, Topics topics) {
    this.registry = registry;
    for (Source s : Source.values()) {
      recordsIn(s, s == Source.RAW ? topics.raw() : topics.generated());
      for (boolean labelled : new boolean[] {true, false}) {
        recordsOut(s, topics.redacted(), labelled);
      }
      size("in", s);
      size("out", s);
      processing.put(s, latency("maskmark.processing.duration", "Time from parsing a record to "
          + "writing its output, inside the pipeline", s, STAGE_BUCKETS));
      endToEnd.put(s, latency("maskmark.end.to.end.latency", "Time from the input record's "
          + "timestamp to writing its output, including time spent in Kafka", s, END_TO_END_BUCKETS));
      for (LabelKind k : LabelKind.values()) {
        labelsApplied(s, k);
      }
      for (IngestLabel f : IngestLabel.values()) {
        labelsFound(s, f);
      }
    }
    for (Stage st : Stage.values()) {
      for (Source s : Source.values()) {
        deadLetters(s, topics.dlq(), st);
      }
      stageTimers.put(st, Timer.builder("maskmark.stage.duration")
          .description("Time spent in each stage of the topology, per record")
          .tag("stage", st.label())
          .serviceLevelObjectives(STAGE_BUCKETS)
          .register(registry));
    }
  }

  @Override
  public void received(Source source, String topic, int bytes) {
    recordsIn(source, topic).increment();
    size("in", source).record(bytes);
  }

  @Override
  public void document(Source source, String mime) {
    String mimeLabel = MimeTypes.label(mime);
    counter(List.of("documents", source.label(), mimeLabel),
        () -> Counter.builder("maskmark.documents")
          .description("Records with binary document content, by declared MIME type")
          .tag("source", source.label())
          .tag("mime", mimeLabel)
          .register(registry)).increment();
  }

  @Override
  public void stage(Stage stage, long nanos) {
    stageTimers.get(stage).record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void detected(Analysis analysis) {
    String lang = analysis.language().code();
    for (Span s : analysis.spans()) {
      String type = s.type().name();
      String detector = values.of("detector", s.detector());
      counter(List.of("entities", type, lang, detector),
        () -> Counter.builder("maskmark.entities.detected")
          .description("Entities found, by type, language of the record and detector")
          .tag("type", type)
          .tag("lang", lang)
          .tag("detector", detector)
          .register(registry)).increment();
    }
  }

  @Override
  public void deidentified(DeidResult result, Policy policy, Language language) {
    for (Map.Entry<EntityType, Integer> e : result.counts().entrySet()) {
      Operator op = policy.operatorFor(e.getKey(), language);
      String policyName = values.of("policy", result.policyName());
      String operator = op == null ? LabelValues.NONE : values.of("operator", op.name());
      String mode = result.mode().code();
      counter(List.of("operator", policyName, operator, mode),
        () -> Counter.builder("maskmark.operator.applications")
          .description("Entities transformed, by de-identification policy and operator")
          .tag("policy", policyName)
          .tag("operator", operator)
          .tag("mode", mode)
          .register(registry)).increment(e.getValue());
    }
  }

  @Override
  public void labelApplied(Source source, LabelKind kind) {
    labelsApplied(source, kind).increment();
  }

  @Override
  public void labelFound(Source source, IngestLabel found) {
    labelsFound(source, found).increment();
  }

  @Override
  public void produced(Source source, String topic, int bytes, boolean labelled,
                       long processingNanos, long endToEndMillis) {
    recordsOut(source, topic, labelled).increment();
    size("out", source).record(bytes);
    processing.get(source).record(processingNanos, TimeUnit.NANOSECONDS);
    // A producer clock ahead of ours would give a negative latency: count it as zero.
    endToEnd.get(source).record(Math.max(0, endToEndMillis), TimeUnit.MILLISECONDS);
  }

  @Override
  public void deadLettered(Source source, String topic, Stage stage, String errorClass) {
    deadLetters(source, topic, stage).increment();
    String error = values.of("error_class", errorClass);
    counter(List.of("errors", source.label(), stage.label(), error),
        () -> Counter.builder("maskmark.dead.letter.errors")
          .description("Records sent to the dead-letter topic, by failing stage and error class")
          .tag("source", source.label())
          .tag("stage", stage.label())
          .tag("error_class", error)
          .register(registry)).increment();
  }

  /** Exists from the start for every source and stage, so the first dead letter shows in rates. */
  private Counter deadLetters(Source source, String topic, Stage stage) {
    String t = values.of("topic", topic);
    return counter(List.of("dead", source.label(), t, stage.label()),
        () -> Counter.builder("maskmark.records.dead.lettered")
          .description("Records sent to the dead-letter topic, by failing stage")
          .tag("source", source.label())
          .tag("topic", t)
          .tag("stage", stage.label())
          .register(registry));
  }

  private Counter recordsIn(Source source, String topic) {
    String t = values.of("topic", topic);
    return counter(List.of("in", source.label(), t),
        () -> Counter.builder("maskmark.records.in")
          .description("Records read from the input topics")
          .tag("source", source.label())
          .tag("topic", t)
          .register(registry));
  }

  private Counter recordsOut(Source source, String topic, boolean labelled) {
    String t = values.of("topic", topic);
    String l = Boolean.toString(labelled);
    return counter(List.of("out", source.label(), t, l),
        () -> Counter.builder("maskmark.records.out")
          .description("De-identified records written to the output topic; labelled: whether the "
              + "record carries an implicit AIGC label")
          .tag("source", source.label())
          .tag("topic", t)
          .tag("labelled", l)
          .register(registry));
  }

  private Counter labelsApplied(Source source, LabelKind kind) {
    return counter(List.of("applied", source.label(), kind.label()),
        () -> Counter.builder("maskmark.labels.applied")
          .description("AIGC labels added by the pipeline, by kind")
          .tag("source", source.label())
          .tag("kind", kind.label())
          .register(registry));
  }

  private Counter labelsFound(Source source, IngestLabel found) {
    return counter(List.of("found", source.label(), found.label()),
        () -> Counter.builder("maskmark.labels.found")
          .description("Records by the AIGC label they carried on arrival: present, absent, invalid")
          .tag("source", source.label())
          .tag("status", found.label())
          .register(registry));
  }

  private DistributionSummary size(String direction, Source source) {
    return sizes.computeIfAbsent(List.of(direction, source.label()),
        k -> DistributionSummary.builder("maskmark.record.size")
          .description("Record value sizes, read (in) and written (out)")
          .baseUnit("bytes")
          .tag("direction", direction)
          .tag("source", source.label())
          .serviceLevelObjectives(SIZE_BUCKETS)
          .register(registry));
  }

  private Counter counter(List<String> key, Supplier<Counter> register) {
    Counter cached = counters.get(key);
    return cached != null ? cached : counters.computeIfAbsent(key, k -> register.get());
  }

  private Timer latency(String name, String description, Source source, Duration[] buckets) {
    return Timer.builder(name)
        .description(description)
        .tag("source", source.label())
        .serviceLevelObjectives(buckets)
        .register(registry);
  }

  private static Duration[] seconds(double... values) {
    Duration[] d = new Duration[values.length];
    for (int i = 0; i < values.length; i++) {
      d[i] = Duration.ofNanos(Math.round(values[i] * 1e9));
    }
    return d;
  }
}
