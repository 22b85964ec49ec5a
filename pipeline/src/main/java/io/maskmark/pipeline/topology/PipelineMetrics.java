package io.maskmark.pipeline.topology;

import io.maskmark.deid.DeidResult;
import io.maskmark.detect.Analysis;

/**
 * What the topology reports as it works. Implementations must be thread-safe and must only use
 * low-cardinality labels (types, stages, topics; never values or ids).
 */
public interface PipelineMetrics {

  PipelineMetrics NONE = new PipelineMetrics() {
  };

  default void received(Source source, int bytes) {
  }

  default void stage(Stage stage, long nanos) {
  }

  default void detected(Analysis analysis) {
  }

  default void deidentified(DeidResult result) {
  }

  default void labelled(Labels labels, Source source) {
  }

  default void produced(Source source, int bytes, long endToEndNanos) {
  }

  default void deadLettered(Source source, Stage stage, String errorClass) {
  }
}
