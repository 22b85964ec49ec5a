package io.maskmark.deid;

import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Seeds for randomised tests: reproducible by default, varied with {@code -Dmaskmark.test.seed=N}.
 * Each test case's display name is its seed, so a failure can be replayed.
 */
final class Seeds {

  private static final long BASE = Long.getLong("maskmark.test.seed", 20261122L);

  private Seeds() {
  }

  static LongStream of(int count) {
    return new SplittableRandom(BASE).longs(count);
  }

  static LongStream s50() {
    return of(50);
  }

  static LongStream s100() {
    return of(100);
  }

  static LongStream s150() {
    return of(150);
  }

  static LongStream s200() {
    return of(200);
  }

  static LongStream s300() {
    return of(300);
  }
}
