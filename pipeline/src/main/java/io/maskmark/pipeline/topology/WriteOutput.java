package io.maskmark.pipeline.topology;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Emits the rendered output. Input headers are not copied (they may carry personal data); the
 * output carries only the pipeline's own headers.
 */
final class WriteOutput implements FixedKeyProcessor<byte[], Work, byte[]> {

  static final String AIGC_HEADER = "AIGC";

  private final PipelineMetrics metrics;
  private final String topic;
  private FixedKeyProcessorContext<byte[], byte[]> context;

  WriteOutput(PipelineMetrics metrics, String topic) {
    this.metrics = metrics;
    this.topic = topic;
  }

  @Override
  public void init(FixedKeyProcessorContext<byte[], byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<byte[], Work> record) {
    Work w = record.value();
    RecordHeaders headers = new RecordHeaders();
    headers.add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
    if (w.labels != null && w.labels.header() != null) {
      headers.add(AIGC_HEADER, w.labels.header());
    }
    boolean labelled = w.labels != null && w.labels.header() != null;
    metrics.produced(w.source, topic, w.output.length, labelled, System.nanoTime() - w.startNanos,
        context.currentSystemTimeMs() - record.timestamp());
    context.forward(record.withValue(w.output).withHeaders(headers));
  }
}
