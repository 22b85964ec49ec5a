package io.maskmark.deid;

import io.maskmark.detect.Language;

/** {@code replace}: a type tag, {@code <PERSON>} in English and {@code [姓名]} in Chinese text. */
public final class ReplaceOperator implements Operator {

  private final boolean numbered;

  public ReplaceOperator(boolean numbered) {
    this.numbered = numbered;
  }

  @Override
  public String name() {
    return "replace";
  }

  @Override
  public String apply(Occurrence o) {
    String suffix = numbered ? "_" + o.index() : "";
    if (o.language() == Language.ZH) {
      return "[" + o.type().chineseTag() + suffix + "]";
    }
    return "<" + o.type().name() + suffix + ">";
  }

  @Override
  public boolean keyed() {
    return false;
  }
}
