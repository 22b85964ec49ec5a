package io.maskmark.detect;

/**
 * Detection ran past its time budget; the result is discarded, so a caller that cannot wait
 * refuses the text (the pipeline dead-letters it) rather than forwarding it half-examined. The
 * message names the detector and the budget, never the text.
 */
public final class DetectionTimeoutException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  DetectionTimeoutException(String detector, long budgetMillis, long elapsedMillis) {
    super("detection took " + elapsedMillis + " ms, over its budget of " + budgetMillis
        + " ms (at detector " + detector + ")");
  }
}
