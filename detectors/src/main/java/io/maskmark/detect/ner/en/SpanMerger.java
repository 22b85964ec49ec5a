package io.maskmark.detect.ner.en;

import io.maskmark.detect.EntityType;
import io.maskmark.detect.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One span per entity from the model's and the rules' candidates. Overlapping candidates of the
 * same type, and an address overlapping a place inside it, become one span (the union: a whole
 * address is one ADDRESS span). Across other types the higher score wins outright, so that a
 * half-kept loser (the {@code Corp} of {@code Acme Corp}) is not left behind.
 */
final class SpanMerger {

  private SpanMerger() {
  }

  static List<Span> merge(List<Span> candidates) {
    if (candidates.size() < 2) {
      return candidates;
    }
    List<Span> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Span::end, Comparator.reverseOrder()));
    // 1. union same-type overlaps and address+place overlaps
    List<Span> unions = new ArrayList<>();
    for (Span s : sorted) {
      boolean merged = false;
      for (int k = unions.size() - 1; k >= 0 && !merged; k--) {
        Span u = unions.get(k);
        if (u.overlaps(s) && joinable(u, s)) {
          EntityType t = u.type() == EntityType.ADDRESS || s.type() == EntityType.ADDRESS
              ? EntityType.ADDRESS : u.type();
          Span keep = u.score() >= s.score() ? u : s;
          unions.set(k, new Span(t, Math.min(u.start(), s.start()), Math.max(u.end(), s.end()),
              Math.max(u.score(), s.score()), keep.detector(), keep.why()));
          merged = true;
        }
      }
      if (!merged) {
        unions.add(s);
      }
    }
    // 2. across types, the higher score (then the longer span) wins
    unions.sort(Comparator.comparing(Span::score, Comparator.reverseOrder())
        .thenComparing(Span::length, Comparator.reverseOrder()).thenComparingInt(Span::start));
    List<Span> kept = new ArrayList<>();
    for (Span s : unions) {
      if (kept.stream().noneMatch(k -> k.overlaps(s))) {
        kept.add(s);
      }
    }
    kept.sort(Comparator.comparingInt(Span::start));
    return kept;
  }

  private static boolean joinable(Span a, Span b) {
    if (a.type() == b.type()) {
      return true;
    }
    boolean place = a.type() == EntityType.LOCATION || b.type() == EntityType.LOCATION;
    boolean address = a.type() == EntityType.ADDRESS || b.type() == EntityType.ADDRESS;
    return place && address;
  }
}
