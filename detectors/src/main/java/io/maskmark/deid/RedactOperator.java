package io.maskmark.deid;

/** {@code redact}: removes the value entirely. */
final class RedactOperator implements Operator {

  @Override
  public String name() {
    return "redact";
  }

  @Override
  public String apply(Occurrence o) {
    return "";
  }

  @Override
  public boolean keyed() {
    return false;
  }

  @Override
  public boolean anonymising() {
    return true;
  }
}
