package io.maskmark.pipeline.gateway;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Publishes a copy of each answered request for audit and analytics. Callers pass only
 * de-identified or label-only content: never the raw request text.
 */
public interface Publisher extends AutoCloseable {

  Publisher NONE = (key, value, aigc) -> {
  };

  /**
   * @param key   the record key (the request id)
   * @param value the record (de-identified output or a description of it)
   * @param aigc  the bare Annex E label for the {@code AIGC} header, or null
   * @throws io.maskmark.pipeline.http.HttpError 503 when acknowledged publishing failed
   */
  void publish(String key, ObjectNode value, byte[] aigc);

  @Override
  default void close() {
  }
}
