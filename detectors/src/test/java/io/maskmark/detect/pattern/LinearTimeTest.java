package io.maskmark.detect.pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The rules stay linear on adversarial input: the characters the engine and its regular
 * expressions read (counted through {@link CharSequence#charAt}) grow in proportion to the text,
 * with a bounded number of reads per character. Work is counted, not time, so the test is exact
 * on any machine.
 */
class LinearTimeTest {

  /** Reads per character allowed (the worst input above needs about 35). */
  static final int MAX_READS_PER_CHAR = 100;

  /** Inputs that make backtracking patterns explode: long runs of what rules almost match. */
  static final Map<String, IntFunction<String>> ADVERSARIAL = Map.ofEntries(
      Map.entry("digits", n -> "1".repeat(n)),
      Map.entry("grouped digits", n -> "12 ".repeat(n / 3)),
      Map.entry("dashed digits", n -> "1-".repeat(n / 2)),
      Map.entry("dotted digits", n -> "1.".repeat(n / 2)),
      Map.entry("colons", n -> "a:".repeat(n / 2)),
      Map.entry("hex colons", n -> "ab:cd:".repeat(n / 6)),
      Map.entry("at signs", n -> "a@".repeat(n / 2)),
      Map.entry("local part", n -> "a.".repeat(n / 2) + "@x"),
      Map.entry("domain labels", n -> "a@" + "b-.".repeat(n / 3)),
      Map.entry("url", n -> "https://" + "a".repeat(n)),
      Map.entry("private key", n -> "-----BEGIN PRIVATE KEY-----" + "A-".repeat(n / 2)),
      Map.entry("jwt", n -> "eyJabcd.eyJ" + "a".repeat(n)),
      Map.entry("password labels", n -> "password: ".repeat(n / 10)),
      Map.entry("zh labels", n -> "密码是手机身份证".repeat(n / 8)),
      Map.entry("plates", n -> "京A".repeat(n / 2)),
      Map.entry("born", n -> "born on ".repeat(n / 8)),
      Map.entry("ages", n -> "1 岁".repeat(n / 3)),
      Map.entry("coordinates", n -> "1.123, ".repeat(n / 7)),
      Map.entry("degrees", n -> "1° ".repeat(n / 3)),
      Map.entry("mixed", n -> "手机138 1234 ".repeat(n / 12)),
      Map.entry("base58", n -> "1A".repeat(n / 2)),
      Map.entry("letters", n -> "AB".repeat(n / 2)));

  static final class CountingText implements CharSequence {
    private final String s;
    long reads;

    CountingText(String s) {
      this.s = s;
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public char charAt(int i) {
      reads++;
      return s.charAt(i);
    }

    @Override
    public CharSequence subSequence(int a, int b) {
      return s.subSequence(a, b);
    }

    @Override
    public String toString() {
      return s;
    }
  }

  static long reads(PatternDetector d, String text) {
    CountingText t = new CountingText(text);
    d.detect(t);
    return t.reads;
  }

  @Test
  void readsGrowLinearlyWithTheInput() {
    PatternDetector d = (PatternDetector) new StructuredDetectorProvider().create(Map.of());
    StringBuilder failures = new StringBuilder();
    for (var e : ADVERSARIAL.entrySet()) {
      String small = e.getValue().apply(20_000);
      String large = e.getValue().apply(40_000);
      long a = reads(d, small);
      long b = reads(d, large);
      double perChar = (double) b / large.length();
      double growth = (double) b / Math.max(1, a) * small.length() / large.length();
      System.out.printf("linear-time %-16s %7.1f reads/char, growth %.2f%n", e.getKey(), perChar, growth);
      if (perChar > MAX_READS_PER_CHAR || growth > 1.25) {
        failures.append(e.getKey()).append(" (").append(perChar).append(" reads/char, growth ")
            .append(growth).append(") ");
      }
    }
    assertTrue(failures.isEmpty(), "super-linear or costly: " + failures);
  }
}
