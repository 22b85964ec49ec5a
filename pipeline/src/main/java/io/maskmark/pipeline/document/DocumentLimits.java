package io.maskmark.pipeline.document;

import java.time.Duration;

/**
 * Bounds on one document, so that a hostile or broken file costs a DLQ record, not a stream
 * thread: input size, extracted characters (zip bombs and huge spreadsheets), parse time.
 */
public record DocumentLimits(int maxBytes, int maxChars, Duration parseTimeout) {

  public static final int DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
  public static final int DEFAULT_MAX_CHARS = 5_000_000;
  public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(60);

  public static final DocumentLimits DEFAULT =
      new DocumentLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_PARSE_TIMEOUT);

  public DocumentLimits {
    if (maxBytes <= 0 || maxChars <= 0 || parseTimeout.isNegative() || parseTimeout.isZero()) {
      throw new IllegalArgumentException("document limits must be positive");
    }
  }
}
