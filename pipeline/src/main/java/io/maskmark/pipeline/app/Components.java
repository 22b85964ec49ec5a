package io.maskmark.pipeline.app;

import io.maskmark.pipeline.config.PipelineConfig;
import io.maskmark.pipeline.engine.Engine;
import io.maskmark.pipeline.topology.PassThroughLabeler;
import io.maskmark.pipeline.topology.RecordStages;

/** Builds the stages a configuration describes; the one place that wires the libraries. */
public final class Components {

  private Components() {
  }

  public static RecordStages stages(PipelineConfig config) {
    Engine engine = Engine.of(config.detectors(), config.get("policy"));
    return new RecordStages(engine, new PassThroughLabeler(), RecordStages.DocumentExtractor.NONE);
  }
}
