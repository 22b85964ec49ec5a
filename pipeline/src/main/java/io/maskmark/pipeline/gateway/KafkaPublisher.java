package io.maskmark.pipeline.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.pipeline.http.HttpError;
import io.maskmark.pipeline.record.Json;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes to a Kafka topic, idempotent with {@code acks=all}. Two modes:
 * <ul>
 *   <li>{@link Mode#FIRE_AND_FORGET}: the request never waits. Records go through a bounded
 *       hand-off queue to one sender thread, so a slow or absent broker cannot stall requests;
 *       when the queue is full the record is dropped and counted.</li>
 *   <li>{@link Mode#ACKNOWLEDGED}: the response waits for the broker's acknowledgement; a failure
 *       answers 503, so a client that got 200 knows its record is in the audit topic.</li>
 * </ul>
 * Metric {@code maskmark_http_published_total{result=ok|failed|dropped}}.
 */
final class KafkaPublisher implements Publisher {

  private static final Logger LOG = LoggerFactory.getLogger(KafkaPublisher.class);
  private static final byte[] JSON_TYPE = "application/json".getBytes(StandardCharsets.UTF_8);

  enum Mode {
    FIRE_AND_FORGET, ACKNOWLEDGED;

    static Mode parse(String s) {
      return switch (s.toLowerCase(Locale.ROOT)) {
        case "fire-and-forget", "async" -> FIRE_AND_FORGET;
        case "acknowledged", "ack", "sync" -> ACKNOWLEDGED;
        default -> throw new IllegalArgumentException(
            "--publish-mode must be fire-and-forget or acknowledged");
      };
    }
  }

  static final int QUEUE = 10_000;

  private final KafkaProducer<byte[], byte[]> producer;
  private final String topic;
  private final Mode mode;
  private final Duration ackTimeout;
  private final ThreadPoolExecutor sender;
  private final Counter ok;
  private final Counter failed;
  private final Counter dropped;

  KafkaPublisher(String bootstrap, String topic, Mode mode, Map<String, String> properties,
                 Duration ackTimeout, MeterRegistry registry) {
    Map<String, Object> p = new HashMap<>();
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, mode == Mode.ACKNOWLEDGED ? "0" : "5");
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(ackTimeout.toMillis()));
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(Math.max(
        ackTimeout.toMillis(), 30_000)));
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(Math.min(
        ackTimeout.toMillis(), 30_000)));
    p.putAll(properties);
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "maskmark-gateway");
    this.producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    this.topic = topic;
    this.mode = mode;
    this.ackTimeout = ackTimeout;
    this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(QUEUE), r -> {
          Thread t = new Thread(r, "maskmark-publisher");
          t.setDaemon(true);
          return t;
        }, (r, pool) -> countDropped());
    this.ok = counter(registry, "ok");
    this.failed = counter(registry, "failed");
    this.dropped = counter(registry, "dropped");
  }

  private static Counter counter(MeterRegistry registry, String result) {
    return Counter.builder("maskmark.http.published")
        .description("Gateway requests published to Kafka, by result")
        .tag("result", result)
        .register(registry);
  }

  private void countDropped() {
    dropped.increment();
    LOG.warn("publish queue full: a record was dropped");
  }

  @Override
  public void publish(String key, ObjectNode value, byte[] aigc) {
    ProducerRecord<byte[], byte[]> record = record(key, value, aigc);
    if (mode == Mode.FIRE_AND_FORGET) {
      sender.execute(() -> send(record));
      return;
    }
    try {
      producer.send(record).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
      ok.increment();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failed.increment();
      throw unavailable();
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      failed.increment();
      LOG.warn("publishing to {} failed: {}", topic, cause(e));
      throw unavailable();
    }
  }

  private void send(ProducerRecord<byte[], byte[]> record) {
    try {
      producer.send(record, (meta, e) -> {
        if (e == null) {
          ok.increment();
        } else {
          failed.increment();
          LOG.warn("publishing to {} failed: {}", topic, e.getClass().getSimpleName());
        }
      });
    } catch (RuntimeException e) {
      failed.increment();
      LOG.warn("publishing to {} failed: {}", topic, e.getClass().getSimpleName());
    }
  }

  private ProducerRecord<byte[], byte[]> record(String key, ObjectNode value, byte[] aigc) {
    RecordHeaders headers = new RecordHeaders();
    headers.add("content-type", JSON_TYPE);
    if (aigc != null) {
      headers.add("AIGC", aigc);
    }
    try {
      return new ProducerRecord<>(topic, null, key.getBytes(StandardCharsets.UTF_8),
          Json.MAPPER.writeValueAsBytes(value), headers);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the published record", e);
    }
  }

  private static HttpError unavailable() {
    return new HttpError(503, "publish_failed", "the result could not be recorded in the "
        + "audit topic, so it is withheld; retry later");
  }

  private static String cause(Exception e) {
    Throwable t = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
    return t.getClass().getSimpleName();
  }

  @Override
  public void close() {
    sender.shutdown();
    try {
      sender.awaitTermination(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    producer.close(ackTimeout);
  }
}
