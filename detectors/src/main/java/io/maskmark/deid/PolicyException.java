package io.maskmark.deid;

/**
 * A policy file is invalid. The message names the file, the line and the field; policies hold no
 * secrets, and key problems are reported without key material.
 */
public final class PolicyException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  PolicyException(String source, int line, String field, String problem) {
    super(source + (line > 0 ? ", line " + line : "") + (field.isEmpty() ? "" : ", " + field)
        + ": " + problem);
  }
}
