package io.maskmark.detect.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.detect.Analysis;
import io.maskmark.detect.Analyzer;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Span;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/** The structured detector behind an analyzer (normalisation, thresholds, overlaps), for tests. */
final class Structured {

  static final Analyzer ANALYZER =
      new Analyzer(List.of(new StructuredDetectorProvider().create(Map.of())));

  /** How many random values each positive test draws. */
  static final int DRAWS = 200;

  private Structured() {
  }

  static Random random(String test) {
    return new Random(test.hashCode());
  }

  static List<Span> spans(String text) {
    return ANALYZER.analyze(text).spans();
  }

  /** "TYPE[value]" for every span, in order. */
  static List<String> found(String text) {
    Analysis a = ANALYZER.analyze(text);
    return a.spans().stream().map(s -> s.type() + "[" + text.substring(s.start(), s.end()) + "]")
        .collect(Collectors.toList());
  }

  /** Exactly one span, of {@code type}, covering exactly {@code value} in {@code text}. */
  static void assertOnly(String text, EntityType type, String value) {
    assertEquals(List.of(type + "[" + value + "]"), found(text), text);
  }

  /** Among the spans, one of {@code type} covers exactly {@code value}. */
  static void assertFinds(String text, EntityType type, String value) {
    assertTrue(found(text).contains(type + "[" + value + "]"), () -> text + " -> " + found(text));
  }

  /** No span of {@code type} covers exactly {@code value}. */
  static void assertNotFound(String text, EntityType type, String value) {
    assertTrue(!found(text).contains(type + "[" + value + "]"), () -> text + " -> " + found(text));
  }

  static void assertNothing(String text) {
    assertEquals(List.of(), found(text), text);
  }

  static void assertNo(String text, EntityType type) {
    assertTrue(spans(text).stream().noneMatch(s -> s.type() == type), () -> text + " -> " + found(text));
  }
}
