package io.maskmark.detect.ner.en;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.maskmark.detect.Analyzer;
import io.maskmark.detect.Detectors;
import io.maskmark.eval.EvalData;
import io.maskmark.eval.EvalReport;
import io.maskmark.eval.Evaluator;
import io.maskmark.eval.GoldDocument;
import io.maskmark.eval.GoldReader;
import io.maskmark.eval.Scores;
import io.maskmark.eval.TypeMapping;
import io.maskmark.detect.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Regression gate on presidio-research's synthetic English set with the default chain
 * (structured + en-ner), character level, LOCATION and ADDRESS scored together as PLACE. Skips
 * when {@code shared/eval} is absent. Floors are the measured figures less a small margin.
 */
class EnglishNerEvalTest {

  static final String FILE = "en/presidio_generated_large.json";
  /** Measured 0.904 (PERSON recall 0.953); the targets are 0.90 and 0.95. */
  static final double FLOOR_F2 = 0.895;
  static final double FLOOR_PERSON_RECALL = 0.945;

  @Test
  void presidioSyntheticSetStaysAboveTheFloors() throws Exception {
    Optional<Path> f = EvalData.file(FILE);
    assumeTrue(f.isPresent(), "shared/eval is absent: skipping the English NER gate");
    List<GoldDocument> docs = GoldReader.read(f.get(), GoldReader.Format.PRESIDIO);
    Analyzer analyzer = Detectors.analyzer(Detectors.DEFAULT_CHAIN);
    boolean showErrors = Boolean.getBoolean("maskmark.eval.errors");
    EvalReport r = new Evaluator(analyzer, new TypeMapping(true), Set.of())
        .evaluate(FILE, docs, showErrors ? System.out::println : null);
    dumpPredictions(analyzer, docs);
    Scores person = r.chars("PERSON");
    Scores micro = r.chars("PERSON", "PLACE");
    for (String cls : r.charLevel().keySet()) {
      System.out.println(line(cls, r.chars(cls)));
    }
    System.out.println(line("PERSON+PLACE", micro));
    assertTrue(micro.f2() >= FLOOR_F2, "F2 over PERSON and PLACE fell to " + micro.f2());
    assertTrue(person.recall() >= FLOOR_PERSON_RECALL, "PERSON recall fell to " + person.recall());
  }

  /** With -Dmaskmark.eval.dump=FILE, writes each document's predicted spans, for error analysis. */
  private static void dumpPredictions(Analyzer analyzer, List<GoldDocument> docs) throws Exception {
    String dump = System.getProperty("maskmark.eval.dump");
    if (dump == null) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    for (GoldDocument d : docs) {
      sb.append(d.id());
      for (Span s : analyzer.analyze(d.text()).spans()) {
        sb.append('\t').append(s.type()).append(':').append(s.start()).append(':').append(s.end())
            .append(':').append(s.why() == null ? s.detector() : s.why().rule());
      }
      sb.append('\n');
    }
    Files.writeString(Path.of(dump), sb.toString());
  }

  private static String line(String cls, Scores s) {
    return String.format(Locale.ROOT, "%-14s P %.3f  R %.3f  F2 %.3f", cls, s.precision(),
        s.recall(), s.f2());
  }
}
