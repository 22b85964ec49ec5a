package io.maskmark.pipeline.topology;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Sends a failed record to the dead-letter topic: original key, value and headers, plus headers
 * saying where it came from, which stage failed, the error class and a fixed-phrase reason.
 */
final class WriteDeadLetter implements FixedKeyProcessor<byte[], Work, byte[]> {

  static final String PREFIX = "maskmark.dlq.";

  private final PipelineMetrics metrics;
  private final DeadLetterPayload payload;
  private final String topic;
  private FixedKeyProcessorContext<byte[], byte[]> context;

  WriteDeadLetter(PipelineMetrics metrics, DeadLetterPayload payload, String topic) {
    this.metrics = metrics;
    this.payload = payload;
    this.topic = topic;
  }

  @Override
  public void init(FixedKeyProcessorContext<byte[], byte[]> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<byte[], Work> record) {
    Work w = record.value();
    Headers headers = new RecordHeaders(record.headers().toArray());
    put(headers, "stage", w.failure.stage().label());
    put(headers, "error.class", w.failure.errorClass());
    put(headers, "error.message", w.failure.message());
    put(headers, "timestamp", Instant.now().toString());
    put(headers, "source.topic", w.topic);
    put(headers, "source.partition", Integer.toString(w.partition));
    put(headers, "source.offset", Long.toString(w.offset));
    byte[] value = payload.seal(w.originalValue, record.key(), headers);
    metrics.deadLettered(w.source, topic, w.failure.stage(), w.failure.errorClass());
    context.forward(record.withValue(value).withHeaders(headers));
  }

  private static void put(Headers headers, String key, String value) {
    headers.remove(PREFIX + key);
    headers.add(PREFIX + key, value.getBytes(StandardCharsets.UTF_8));
  }
}
