package io.maskmark.pipeline.record;

/**
 * An input the pipeline refuses, with a reason safe to put in a DLQ header, a log line or an HTTP
 * error: reasons are fixed phrases written here, never text copied from the input.
 */
public final class RejectedInput extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RejectedInput(String reason) {
    super(reason, null, false, false);
  }
}
