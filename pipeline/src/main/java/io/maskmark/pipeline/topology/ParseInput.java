package io.maskmark.pipeline.topology;

import io.maskmark.pipeline.record.EnvelopeParser;
import io.maskmark.pipeline.record.RejectedInput;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Wraps a raw Kafka value in a {@link Work} and parses its envelope. */
final class ParseInput implements FixedKeyProcessor<byte[], byte[], Work> {

  private final Source source;
  private final EnvelopeParser parser;
  private final PipelineMetrics metrics;
  private FixedKeyProcessorContext<byte[], Work> context;

  ParseInput(Source source, EnvelopeParser parser, PipelineMetrics metrics) {
    this.source = source;
    this.parser = parser;
    this.metrics = metrics;
  }

  @Override
  public void init(FixedKeyProcessorContext<byte[], Work> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<byte[], byte[]> record) {
    RecordMetadata meta = context.recordMetadata().orElse(null);
    String topic = meta == null ? "unknown" : meta.topic();
    int partition = meta == null ? -1 : meta.partition();
    long offset = meta == null ? -1 : meta.offset();
    Work w = new Work(source, topic, partition, offset, record.value());
    metrics.received(source, topic, record.value() == null ? 0 : record.value().length);
    long t0 = System.nanoTime();
    try {
      w.input = parser.parse(record.value(), contentType(record.headers()),
          topic + "-" + partition + "-" + offset);
    } catch (RejectedInput e) {
      w.failure = new Work.Failure(Stage.PARSE, "RejectedInput", e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      w.failure = new Work.Failure(Stage.PARSE, e.getClass().getSimpleName(),
          "unexpected error while parsing");
    }
    metrics.stage(Stage.PARSE, System.nanoTime() - t0);
    if (w.input != null && w.input.isDocument()) {
      metrics.document(source, w.input.mime());
    }
    context.forward(record.withValue(w));
  }

  static String contentType(Headers headers) {
    for (Header h : headers) {
      if (h.key().equalsIgnoreCase("content-type") && h.value() != null) {
        return new String(h.value(), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
