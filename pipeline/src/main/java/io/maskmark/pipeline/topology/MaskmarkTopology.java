package io.maskmark.pipeline.topology;

import io.maskmark.pipeline.record.EnvelopeParser;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The maskmark topology, top to bottom:
 *
 * <pre>
 * maskmark.raw ───────► parse-raw ───────┐
 *                                        ├─► extract ─► detect ─► deidentify ─► label ─► render
 * maskmark.generated ─► parse-generated ─┘                                                  │
 *                          ┌────────────────────────────────────────────────────────────────┤
 *                          ▼ ok                                                      failed ▼
 *                   maskmark.redacted                                              maskmark.dlq
 * </pre>
 *
 * A stage that fails marks the record and the later stages skip it, so every input record leaves
 * exactly once: de-identified on the output topic, or original on the dead-letter topic.
 */
public final class MaskmarkTopology {

  private static final Serde<byte[]> BYTES = Serdes.ByteArray();

  private MaskmarkTopology() {
  }

  public static Topology build(Topics topics, RecordStages stages, EnvelopeParser parser,
                               PipelineMetrics metrics, DeadLetterPayload dlqPayload) {
    StreamsBuilder builder = new StreamsBuilder();

    KStream<byte[], Work> raw = builder
        .stream(topics.raw(), Consumed.with(BYTES, BYTES).withName("read-raw"))
        .processValues(() -> new ParseInput(Source.RAW, parser, metrics), Named.as("parse-raw"));
    KStream<byte[], Work> generated = builder
        .stream(topics.generated(), Consumed.with(BYTES, BYTES).withName("read-generated"))
        .processValues(() -> new ParseInput(Source.GENERATED, parser, metrics),
            Named.as("parse-generated"));

    raw.merge(generated, Named.as("merge-inputs"))
        .processValues(() -> new StageProcessor(Stage.EXTRACT, stages::extract, metrics),
            Named.as("extract"))
        .processValues(() -> new StageProcessor(Stage.DETECT, (w, h) -> {
          stages.detect(w, h);
          metrics.detected(w.analysis);
        }, metrics), Named.as("detect"))
        .processValues(() -> new StageProcessor(Stage.DEIDENTIFY, (w, h) -> {
          stages.deidentify(w, h);
          metrics.deidentified(w.deid, stages.policy(), w.analysis.language());
        }, metrics), Named.as("deidentify"))
        .processValues(() -> new StageProcessor(Stage.LABEL, (w, h) -> {
          stages.label(w, h);
          reportLabels(w, metrics);
        }, metrics), Named.as("label"))
        .processValues(() -> new StageProcessor(Stage.OUTPUT, stages::render, metrics),
            Named.as("render"))
        .split(Named.as("route-"))
        .branch((key, work) -> work.failed(), Branched.withConsumer(failed -> failed
            .processValues(() -> new WriteDeadLetter(metrics, dlqPayload, topics.dlq()), Named.as("dead-letter"))
            .to(topics.dlq(), Produced.with(BYTES, BYTES).withName("write-dlq")), "failed"))
        .defaultBranch(Branched.withConsumer(ok -> ok
            .processValues(() -> new WriteOutput(metrics, topics.redacted()), Named.as("output"))
            .to(topics.redacted(), Produced.with(BYTES, BYTES).withName("write-redacted")), "ok"));

    return builder.build();
  }

  private static void reportLabels(Work w, PipelineMetrics metrics) {
    metrics.labelFound(w.source, IngestLabel.of(w.labels));
    for (LabelKind kind : LabelKind.applied(w)) {
      metrics.labelApplied(w.source, kind);
    }
  }
}
