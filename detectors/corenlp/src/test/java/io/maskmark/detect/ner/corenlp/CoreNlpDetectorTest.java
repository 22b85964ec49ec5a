package io.maskmark.detect.ner.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.detect.Analysis;
import io.maskmark.detect.Analyzer;
import io.maskmark.detect.Detectors;
import io.maskmark.detect.EntityType;
import io.maskmark.detect.Language;
import io.maskmark.detect.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The real CoreNLP 3-class CRF behind the Detector interface. */
class CoreNlpDetectorTest {

  private static final Analyzer CORENLP = Detectors.analyzer(List.of("corenlp"));

  private static List<String> found(Analysis a, EntityType type) {
    return a.spans().stream().filter(s -> s.type() == type)
        .map(s -> a.text().substring(s.start(), s.end())).toList();
  }

  @Test
  void providerIsFoundByName() {
    assertTrue(Detectors.providers().containsKey("corenlp"));
  }

  @Test
  void findsPeoplePlacesAndOrganisations() {
    Analysis a = CORENLP.analyze("Angela Merkel met executives of Siemens in Berlin on Tuesday.");
    assertEquals(List.of("Angela Merkel"), found(a, EntityType.PERSON));
    assertEquals(List.of("Berlin"), found(a, EntityType.LOCATION));
    assertEquals(List.of("Siemens"), found(a, EntityType.ORGANIZATION));
  }

  @Test
  void hanRunsOfMixedTextAreLeftAlone() {
    Analysis a = CORENLP.analyze("Contact 王小明 at Microsoft in Seattle");
    assertEquals(Language.MIXED, a.language());
    for (Span s : a.spans()) {
      for (int i = s.start(); i < s.end(); i++) {
        assertTrue(!Language.isHan(a.text().codePointAt(i)), "span over Han text: " + s);
      }
    }
    assertEquals(List.of("Seattle"), found(a, EntityType.LOCATION));
  }

  @Test
  void concurrentCallsAgreeWithSequentialOnes() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      texts.add("Report " + i + ": Barack Obama spoke with Theresa May in London about NATO.");
      texts.add("Maria Gonzalez joined Google in Mountain View after " + i + " years at IBM.");
    }
    List<List<Span>> expected = texts.stream().map(t -> CORENLP.analyze(t).spans()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int r = 0; r < 4; r++) {
        results.add(pool.submit(() -> {
          for (int k = 0; k < texts.size(); k++) {
            if (!CORENLP.analyze(texts.get(k)).spans().equals(expected.get(k))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : results) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
