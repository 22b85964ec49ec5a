package io.maskmark.deid;

/** {@code keep}: leaves the value as it is (organisations, by default). */
final class KeepOperator implements Operator {

  static final KeepOperator INSTANCE = new KeepOperator();

  @Override
  public String name() {
    return "keep";
  }

  @Override
  public String apply(Occurrence o) {
    return o.value();
  }

  @Override
  public boolean keyed() {
    return false;
  }

  @Override
  public boolean anonymising() {
    return false;
  }
}
