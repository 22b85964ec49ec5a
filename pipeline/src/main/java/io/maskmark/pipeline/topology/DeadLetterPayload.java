package io.maskmark.pipeline.topology;

import org.apache.kafka.common.header.Headers;

/**
 * How the DLQ stores the original value. The DLQ holds raw input by necessity; a deployment can
 * encrypt it so that only holders of the DLQ key can read it.
 */
public interface DeadLetterPayload {

  /** Stores the original value unchanged. */
  DeadLetterPayload PLAIN = (value, key, headers) -> value;

  /** The value to write for a record with this key; may add headers describing the encoding. */
  byte[] seal(byte[] originalValue, byte[] recordKey, Headers headers);
}
