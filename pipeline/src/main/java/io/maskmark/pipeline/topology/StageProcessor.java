package io.maskmark.pipeline.topology;

import io.maskmark.pipeline.record.RejectedInput;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Runs one stage on records that have not failed yet. Any exception becomes a DLQ reason naming
 * the stage and the exception class; the exception's own message is not used, because library
 * messages may quote the input.
 */
final class StageProcessor implements FixedKeyProcessor<byte[], Work, Work> {

  /** The work of one stage; it fills in its part of {@link Work}. */
  @FunctionalInterface
  interface Step {
    void apply(Work work, Headers headers) throws Exception;
  }

  private final Stage stage;
  private final Step step;
  private final PipelineMetrics metrics;
  private FixedKeyProcessorContext<byte[], Work> context;

  StageProcessor(Stage stage, Step step, PipelineMetrics metrics) {
    this.stage = stage;
    this.step = step;
    this.metrics = metrics;
  }

  @Override
  public void init(FixedKeyProcessorContext<byte[], Work> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<byte[], Work> record) {
    Work w = record.value();
    if (!w.failed()) {
      long t0 = System.nanoTime();
      try {
        step.apply(w, record.headers());
      } catch (RejectedInput e) {
        w.failure = new Work.Failure(stage, "RejectedInput", e.getMessage());
      } catch (Exception | StackOverflowError | AssertionError e) {
        w.failure = new Work.Failure(stage, e.getClass().getSimpleName(),
            "unexpected error in stage " + stage.label());
      }
      metrics.stage(stage, System.nanoTime() - t0);
    }
    context.forward(record);
  }
}
