package io.maskmark.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns overlapping candidates into a set of disjoint spans, deterministically.
 *
 * <p>The rule: candidates are ranked by (1) their evidence: a passing checksum or format
 * validator and a context word nearby (a label such as "phone" or 手机) first, then either of the
 * two, then neither (model guesses, unconfirmed patterns), so a check digit that passes by chance
 * does not beat a label naming another type; then (2) score,
 * (3) length, (4) earlier start, (5) entity type order, (6) detector name; each candidate in rank
 * order is kept unless it overlaps one already kept. A candidate that only partly overlaps keeps
 * the parts outside the kept spans when they still hold a letter or digit, so an address wrapped
 * around a validated phone number is not released just because the number won: over-redaction is
 * preferred to a leak.
 */
final class SpanResolver {

  private static final Comparator<Span> RANK = Comparator
      .comparingInt(SpanResolver::evidence)
      .thenComparing(Span::score, Comparator.reverseOrder())
      .thenComparing(Span::length, Comparator.reverseOrder())
      .thenComparingInt(Span::start)
      .thenComparing(Span::type)
      .thenComparing(Span::detector);

  private SpanResolver() {
  }

  /** 0: validated and confirmed by a context word; 1: one of the two; 2: neither. */
  static int evidence(Span s) {
    boolean context = s.why() != null && s.why().contextWord() != null;
    return (validated(s) ? 0 : 1) + (context ? 0 : 1);
  }

  static boolean validated(Span s) {
    Explanation why = s.why();
    return why != null && why.validator() != null && why.validated();
  }

  static List<Span> resolve(String text, List<Span> candidates) {
    List<Span> ranked = new ArrayList<>(candidates);
    ranked.sort(RANK);
    // kept spans are disjoint, so those a candidate overlaps are found by start in log time:
    // a 10 MB text with a hundred thousand candidates must not cost candidates x kept.
    TreeMap<Integer, Span> kept = new TreeMap<>();
    for (Span c : ranked) {
      List<Span> pieces = subtract(c, kept);
      for (Span p : pieces) {
        Span trimmed = trim(text, p);
        if (trimmed != null && (p == c || meaningful(text, trimmed))) {
          kept.put(trimmed.start(), trimmed);
        }
      }
    }
    return new ArrayList<>(kept.values());
  }

  /** The parts of {@code c} outside every kept span, in order ({@code c} itself if none overlaps). */
  private static List<Span> subtract(Span c, TreeMap<Integer, Span> kept) {
    Map.Entry<Integer, Span> before = kept.lowerEntry(c.start());
    boolean overlapsBefore = before != null && before.getValue().end() > c.start();
    SortedMap<Integer, Span> inside = kept.subMap(c.start(), c.end());
    if (!overlapsBefore && inside.isEmpty()) {
      return List.of(c);
    }
    List<Span> out = new ArrayList<>(2);
    int from = overlapsBefore ? before.getValue().end() : c.start();
    for (Span k : inside.values()) {
      if (from < k.start()) {
        out.add(c.withOffsets(from, k.start()));
      }
      from = Math.max(from, k.end());
    }
    if (from < c.end()) {
      out.add(c.withOffsets(from, c.end()));
    }
    return out;
  }

  /** Strips whitespace at the edges of a remainder; null when nothing is left. */
  private static Span trim(String text, Span s) {
    int a = s.start();
    int b = s.end();
    while (a < b && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    if (a >= b) {
      return null;
    }
    return a == s.start() && b == s.end() ? s : s.withOffsets(a, b);
  }

  private static boolean meaningful(String text, Span s) {
    int letters = 0;
    for (int i = s.start(); i < s.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        letters++;
      }
    }
    return letters >= 2 || (letters == 1 && Language.isHan(text.codePointAt(s.start())));
  }
}
