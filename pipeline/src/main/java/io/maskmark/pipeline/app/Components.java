package io.maskmark.pipeline.app;

import io.maskmark.label.LabelingConfig;
import io.maskmark.pipeline.config.PipelineConfig;
import io.maskmark.pipeline.document.DocumentLimits;
import io.maskmark.pipeline.document.TikaExtractor;
import io.maskmark.pipeline.engine.Engine;
import io.maskmark.pipeline.label.AigcLabeler;
import io.maskmark.pipeline.dlq.DlqKey;
import io.maskmark.pipeline.topology.DeadLetterPayload;
import io.maskmark.pipeline.topology.RecordStages;
import java.nio.file.Path;

/** Builds the stages a configuration describes; the one place that wires the libraries. */
public final class Components {

  private Components() {
  }

  public static RecordStages stages(PipelineConfig config) {
    Engine engine = Engine.of(config.detectors(), config.get("policy"), config.get("key.file"))
        .withDetectionBudget(java.time.Duration.ofMillis(config.getInt("detect.timeout.ms")));
    return new RecordStages(engine, new AigcLabeler(labeling(config)),
        new TikaExtractor(documentLimits(config)));
  }

  /** How dead letters keep the raw input: sealed with {@code dlq.key.file} when it is set. */
  public static DeadLetterPayload deadLetterPayload(PipelineConfig config) {
    return config.has("dlq.key.file") ? DlqKey.load(Path.of(config.get("dlq.key.file"))).payload()
        : DeadLetterPayload.PLAIN;
  }

  /** Bounds on one document: size, extracted characters, parse time. */
  public static DocumentLimits documentLimits(PipelineConfig config) {
    return new DocumentLimits(config.getInt("max.input.bytes"), config.getInt("document.max.chars"),
        java.time.Duration.ofMillis(config.getInt("document.parse.timeout.ms")));
  }

  /** The label settings; generated content cannot be labelled without our producer code. */
  public static LabelingConfig labeling(PipelineConfig config) {
    if (!config.has("label.service-code")) {
      throw new IllegalArgumentException("label.service-code is required: the code written as "
          + "ContentProducer/ContentPropagator in AIGC labels (GB 45438-2025 Annex E; printable "
          + "ASCII without spaces, e.g. your USCC-based provider code)");
    }
    return LabelingConfig.fromProperties(config.labeling());
  }
}
