package io.maskmark.pipeline.topology;

import io.maskmark.deid.DeidResult;
import io.maskmark.deid.Policy;
import io.maskmark.detect.Analysis;
import io.maskmark.detect.Language;

/**
 * What the topology reports as it works. Implementations must be thread-safe, must not throw, and
 * must only use low-cardinality labels (types, stages, topics; never values, ids or free text).
 * Arguments that come from input ({@code mime}) are free text: implementations bound them.
 */
public interface PipelineMetrics {

  PipelineMetrics NONE = new PipelineMetrics() {
  };

  /** A record arrived on an input topic. */
  default void received(Source source, String topic, int bytes) {
  }

  /** A record carries binary content with this declared content type (may be null). */
  default void document(Source source, String mime) {
  }

  default void stage(Stage stage, long nanos) {
  }

  default void detected(Analysis analysis) {
  }

  /** A text was de-identified with {@code policy}; {@code language} is the detected one. */
  default void deidentified(DeidResult result, Policy policy, Language language) {
  }

  /** The label stage added a label of this kind to a record. */
  default void labelApplied(Source source, LabelKind kind) {
  }

  /** What a record carried when it arrived: a label, none, or an unreadable one. */
  default void labelFound(Source source, IngestLabel found) {
  }

  /**
   * A record left on the output topic.
   *
   * @param labelled        whether it carries a machine-readable (implicit) AIGC label
   * @param processingNanos from parsing to output, inside this process
   * @param endToEndMillis  from the input record's timestamp to output (includes time in Kafka)
   */
  default void produced(Source source, String topic, int bytes, boolean labelled,
                        long processingNanos, long endToEndMillis) {
  }

  default void deadLettered(Source source, String topic, Stage stage, String errorClass) {
  }
}
