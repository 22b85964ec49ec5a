package io.maskmark.eval;

import java.util.Map;
import java.util.TreeMap;

/**
 * Scores of one evaluation run: per class and overall, at character level (whitespace ignored)
 * and entity level (exact boundaries, and any overlap).
 *
 * @param pii character-level scores of "is this character personal data", type-agnostic
 */
public record EvalReport(String dataset, int documents, long characters, double seconds,
                         Map<String, Scores> charLevel, Map<String, Scores> entityExact,
                         Map<String, Scores> entityOverlap, Map<String, Long> support,
                         Scores charMicro, Scores pii) {

  public EvalReport {
    charLevel = new TreeMap<>(charLevel);
    entityExact = new TreeMap<>(entityExact);
    entityOverlap = new TreeMap<>(entityOverlap);
    support = new TreeMap<>(support);
  }

  /** Character-level scores of one class, or empty scores when the class is absent. */
  public Scores chars(String cls) {
    return charLevel.getOrDefault(cls, new Scores());
  }

  /** Character-level scores of several classes counted together, type-aware. */
  public Scores chars(String... classes) {
    Scores s = new Scores();
    for (String c : classes) {
      Scores x = chars(c);
      s.add(x.truePositives(), x.falsePositives(), x.falseNegatives());
    }
    return s;
  }
}
