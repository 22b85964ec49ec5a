package io.maskmark.eval;

/** True/false positive and false negative counts, with precision, recall and F-beta. */
public final class Scores {

  private long tp;
  private long fp;
  private long fn;

  void add(long tp, long fp, long fn) {
    this.tp += tp;
    this.fp += fp;
    this.fn += fn;
  }

  public long truePositives() {
    return tp;
  }

  public long falsePositives() {
    return fp;
  }

  public long falseNegatives() {
    return fn;
  }

  /** Precision; 1.0 when nothing was predicted (no false alarm was raised). */
  public double precision() {
    return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
  }

  /** Recall; 1.0 when there was nothing to find. */
  public double recall() {
    return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
  }

  public double fBeta(double beta) {
    double p = precision();
    double r = recall();
    double b2 = beta * beta;
    return p + r == 0 ? 0.0 : (1 + b2) * p * r / (b2 * p + r);
  }

  /** F2: recall weighted twice, because a missed identifier is a leak. */
  public double f2() {
    return fBeta(2.0);
  }
}
