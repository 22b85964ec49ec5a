package io.maskmark.detect;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Jazzer over the structured detectors. For any text: nothing throws, spans are ordered, disjoint
 * and inside the text, and an e-mail address planted between two fuzzed texts is covered. Runs
 * its seeds as a unit test and fuzzes for 30 s in {@code mvn verify} (skip with -Dfuzz.skip).
 */
class StructuredDetectorsFuzzTest {

  private static final Analyzer ANALYZER = Detectors.analyzer(List.of("structured"));
  private static final String PLANTED = "john.smith@example.com";

  @FuzzTest(maxDuration = "30s")
  void spansAreDisjointAndAPlantedAddressIsCovered(FuzzedDataProvider data) {
    String before = data.consumeString(2000);
    String after = data.consumeRemainingAsString();
    String text = before + " " + PLANTED + " " + after;
    List<Span> spans = ANALYZER.analyze(text).spans();
    int end = 0;
    for (Span s : spans) {
      if (s.start() < end || s.end() > text.length() || s.start() >= s.end()) {
        throw new AssertionError("spans overlap or leave the text: " + spans);
      }
      end = s.end();
    }
    int from = before.length() + 1;
    for (int i = from; i < from + PLANTED.length(); i++) {
      int at = i;
      if (spans.stream().noneMatch(s -> s.start() <= at && at < s.end())) {
        throw new AssertionError("planted address not covered at " + (at - from) + ": " + spans);
      }
    }
  }
}
