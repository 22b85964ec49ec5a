package io.maskmark.detect.ner.zh;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.maskmark.detect.Detectors;
import io.maskmark.eval.EvalData;
import io.maskmark.eval.EvalReport;
import io.maskmark.eval.Evaluator;
import io.maskmark.eval.GoldReader;
import io.maskmark.eval.Scores;
import io.maskmark.eval.TypeMapping;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression gate for Chinese NER quality: the default chain on the shared People's Daily and
 * MSRA sets, character level, grouped classes (LOCATION and ADDRESS as PLACE), as
 * {@code maskmark eval} reports it. Floors are the last measured figures less a small margin;
 * skipped when the evaluation data is not beside the repository.
 */
class ChineseEvalGateTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // file, PERSON recall floor, PERSON+PLACE F2 floor
      "zh/peoples_daily_dev.bio, 0.86, 0.855",
      "zh/msra_test.bio,         0.88, 0.865",
  })
  void qualityHolds(String file, double personRecallFloor, double f2Floor) throws Exception {
    Optional<Path> gold = EvalData.file(file);
    assumeTrue(gold.isPresent(), "evaluation data not found: " + file);
    EvalReport r = new Evaluator(Detectors.defaultAnalyzer(), new TypeMapping(true), Set.of())
        .evaluate(file, GoldReader.read(gold.get(), GoldReader.Format.BIO), null);
    Scores person = r.chars("PERSON");
    Scores perPlace = r.chars("PERSON", "PLACE");
    String summary = String.format(Locale.ROOT,
        "%s: PERSON P %.3f R %.3f F2 %.3f | PLACE P %.3f R %.3f F2 %.3f | PER+PLACE F2 %.3f",
        file, person.precision(), person.recall(), person.f2(), r.chars("PLACE").precision(),
        r.chars("PLACE").recall(), r.chars("PLACE").f2(), perPlace.f2());
    System.out.println(summary);
    assertTrue(person.recall() >= personRecallFloor, summary);
    assertTrue(perPlace.f2() >= f2Floor, summary);
  }
}
