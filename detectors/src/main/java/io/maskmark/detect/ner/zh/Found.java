package io.maskmark.detect.ner.zh;

import io.maskmark.detect.EntityType;

/** A candidate entity proposed by one rule, before overlaps between rules are resolved. */
record Found(EntityType type, int start, int end, double score, String rule) {

  int length() {
    return end - start;
  }

  boolean overlaps(Found o) {
    return start < o.end && o.start < end;
  }
}
