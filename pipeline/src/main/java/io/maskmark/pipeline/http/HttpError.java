package io.maskmark.pipeline.http;

/**
 * A request that ends with an error response. The message goes to the client as is: write it so
 * that it never quotes request content (no values, no tokens).
 */
public final class HttpError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  public HttpError(int status, String code, String message) {
    super(message, null, false, false); // no stack trace: it is a response, not a bug
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  /** A stable machine-readable code, e.g. {@code invalid_json}. */
  public String code() {
    return code;
  }

  public static HttpError badRequest(String code, String message) {
    return new HttpError(400, code, message);
  }
}
