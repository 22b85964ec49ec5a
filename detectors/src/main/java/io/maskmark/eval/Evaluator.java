package io.maskmark.eval;

import io.maskmark.detect.Analysis;
import io.maskmark.detect.Analyzer;
import io.maskmark.detect.EntityType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs an analyzer over gold documents and scores it. Only classes that occur in the gold data
 * are scored (a dataset that labels only names does not count a found phone number as wrong),
 * optionally narrowed further to {@code onlyClasses}.
 */
public final class Evaluator {

  private final Analyzer analyzer;
  private final TypeMapping mapping;
  private final Set<String> onlyClasses;

  public Evaluator(Analyzer analyzer, TypeMapping mapping, Set<String> onlyClasses) {
    this.analyzer = analyzer;
    this.mapping = mapping;
    this.onlyClasses = onlyClasses == null ? Set.of() : Set.copyOf(onlyClasses);
  }

  /** A predicted or gold span reduced to its class; class null means "not scored". */
  /** Characters of context either side of a mistake listed by --show-errors. */
  private static final int CONTEXT_CHARS = 60;

  private record Labelled(String cls, int start, int end) {
  }

  public EvalReport evaluate(String dataset, List<GoldDocument> docs, Consumer<String> mistakes) {
    Set<String> scored = new HashSet<>();
    for (GoldDocument d : docs) {
      for (GoldSpan g : d.spans()) {
        String c = goldClass(g);
        if (c != null) {
          scored.add(c);
        }
      }
    }
    if (!onlyClasses.isEmpty()) {
      scored.retainAll(onlyClasses);
    }
    Map<String, Scores> chars = new HashMap<>();
    Map<String, Scores> exact = new HashMap<>();
    Map<String, Scores> overlap = new HashMap<>();
    Map<String, Long> support = new HashMap<>();
    Scores micro = new Scores();
    Scores pii = new Scores();
    long characters = 0;
    long t0 = System.nanoTime();
    for (GoldDocument d : docs) {
      Analysis a = analyzer.analyze(d.text());
      List<Labelled> gold = d.spans().stream()
          .map(g -> new Labelled(goldClass(g), g.start(), g.end()))
          .filter(l -> l.cls() != null && scored.contains(l.cls())).toList();
      List<Labelled> pred = a.spans().stream()
          .map(s -> new Labelled(mapping.classOf(s.type()), s.start(), s.end()))
          .filter(l -> scored.contains(l.cls())).toList();
      characters += d.text().length();
      scoreChars(d.text(), gold, pred, chars, micro, pii);
      scoreEntities(gold, pred, exact, overlap, support);
      if (mistakes != null) {
        reportMistakes(d, gold, pred, mistakes);
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new EvalReport(dataset, docs.size(), characters, seconds, chars, exact, overlap, support,
        micro, pii);
  }

  private String goldClass(GoldSpan g) {
    EntityType t = TypeMapping.goldType(g.type());
    return t == null ? null : mapping.classOf(t);
  }

  private static void scoreChars(String text, List<Labelled> gold, List<Labelled> pred,
                                 Map<String, Scores> chars, Scores micro, Scores pii) {
    int n = text.length();
    String[] g = new String[n];
    String[] p = new String[n];
    gold.forEach(l -> Arrays.fill(g, l.start(), l.end(), l.cls()));
    pred.forEach(l -> Arrays.fill(p, l.start(), l.end(), l.cls()));
    for (int i = 0; i < n; i++) {
      if (Character.isWhitespace(text.charAt(i)) || (g[i] == null && p[i] == null)) {
        continue;
      }
      if (g[i] != null && g[i].equals(p[i])) {
        chars.computeIfAbsent(g[i], k -> new Scores()).add(1, 0, 0);
        micro.add(1, 0, 0);
      } else {
        if (p[i] != null) {
          chars.computeIfAbsent(p[i], k -> new Scores()).add(0, 1, 0);
          micro.add(0, 1, 0);
        }
        if (g[i] != null) {
          chars.computeIfAbsent(g[i], k -> new Scores()).add(0, 0, 1);
          micro.add(0, 0, 1);
        }
      }
      pii.add(g[i] != null && p[i] != null ? 1 : 0, g[i] == null ? 1 : 0, p[i] == null ? 1 : 0);
    }
  }

  private static void scoreEntities(List<Labelled> gold, List<Labelled> pred,
                                    Map<String, Scores> exact, Map<String, Scores> overlap,
                                    Map<String, Long> support) {
    for (Labelled gl : gold) {
      support.merge(gl.cls(), 1L, Long::sum);
      boolean hit = pred.contains(gl);
      boolean touched = pred.stream().anyMatch(pl -> sameClassOverlap(gl, pl));
      exact.computeIfAbsent(gl.cls(), k -> new Scores()).add(hit ? 1 : 0, 0, hit ? 0 : 1);
      overlap.computeIfAbsent(gl.cls(), k -> new Scores()).add(touched ? 1 : 0, 0, touched ? 0 : 1);
    }
    for (Labelled pl : pred) {
      if (!gold.contains(pl)) {
        exact.computeIfAbsent(pl.cls(), k -> new Scores()).add(0, 1, 0);
      }
      if (gold.stream().noneMatch(gl -> sameClassOverlap(gl, pl))) {
        overlap.computeIfAbsent(pl.cls(), k -> new Scores()).add(0, 1, 0);
      }
    }
  }

  private static boolean sameClassOverlap(Labelled a, Labelled b) {
    return a.cls().equals(b.cls()) && a.start() < b.end() && b.start() < a.end();
  }

  /** Lists misses and false alarms of one document, for error analysis on a developer's screen. */
  private static void reportMistakes(GoldDocument d, List<Labelled> gold,
                                     List<Labelled> pred, Consumer<String> out) {
    for (Labelled gl : gold) {
      if (!pred.contains(gl)) {
        out.accept("MISS " + gl.cls() + " [" + d.text().substring(gl.start(), gl.end()) + "] in #"
            + d.id() + ": " + around(d.text(), gl));
      }
    }
    for (Labelled pl : pred) {
      if (gold.stream().noneMatch(gl -> gl.start() < pl.end() && pl.start() < gl.end())) {
        out.accept("FALSE " + pl.cls() + " [" + d.text().substring(pl.start(), pl.end()) + "] in #"
            + d.id() + ": " + around(d.text(), pl));
      }
    }
  }

  /** The mistake with some context either side: long documents would flood the screen. */
  private static String around(String text, Labelled l) {
    int from = Math.max(0, l.start() - CONTEXT_CHARS);
    int to = Math.min(text.length(), l.end() + CONTEXT_CHARS);
    return (from > 0 ? "..." : "") + text.substring(from, to) + (to < text.length() ? "..." : "");
  }
}
