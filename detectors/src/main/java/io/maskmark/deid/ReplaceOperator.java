package io.maskmark.deid;

/**
 * {@code replace}: a type tag, {@code <PERSON>} in English and {@code [姓名]} in Chinese text;
 * numbered per record ({@code <PERSON_1>}, {@code [姓名_1]}) so a reader can still tell two people
 * apart, or a fixed text.
 */
final class ReplaceOperator implements Operator {

  private final boolean numbered;
  private final String fixed;

  /** @param fixed replacement text for every value, or null for the localised tag */
  ReplaceOperator(boolean numbered, String fixed) {
    this.numbered = numbered;
    this.fixed = fixed;
  }

  static ReplaceOperator create(Params p) {
    return new ReplaceOperator(p.bool("numbered", false), p.string("value", null));
  }

  @Override
  public String name() {
    return "replace";
  }

  @Override
  public String apply(Occurrence o) {
    if (fixed != null) {
      return fixed;
    }
    return Tags.tag(o.type(), o.language(), numbered ? "_" + o.index() : "");
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
