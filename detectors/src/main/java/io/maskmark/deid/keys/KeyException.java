package io.maskmark.deid.keys;

/**
 * A key ring could not be read, written or used. Messages name the file, variable or key id and
 * never contain key material; parse failures of secret material are deliberately not chained as
 * causes, since parser messages may quote their input.
 */
public final class KeyException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public KeyException(String message) {
    super(message);
  }
}
