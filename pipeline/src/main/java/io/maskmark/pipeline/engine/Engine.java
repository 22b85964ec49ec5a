package io.maskmark.pipeline.engine;

import io.maskmark.deid.DeidResult;
import io.maskmark.deid.Deidentifier;
import io.maskmark.deid.Policies;
import io.maskmark.deid.Policy;
import io.maskmark.deid.keys.KeyRing;
import io.maskmark.detect.Analysis;
import io.maskmark.detect.Analyzer;
import io.maskmark.detect.Detectors;
import io.maskmark.detect.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Detection plus de-identification with one configuration. The stream, the offline commands and
 * the HTTP service all go through an Engine, so the same input gives the same output everywhere.
 * Thread-safe; build one per process.
 */
public final class Engine {

  private final Analyzer analyzer;
  private final Policy policy;
  private final Deidentifier deidentifier = new Deidentifier();

  public Engine(Analyzer analyzer, Policy policy) {
    this.analyzer = Objects.requireNonNull(analyzer);
    this.policy = Objects.requireNonNull(policy);
  }

  /**
   * The engine a pipeline configuration describes: a detector chain, a policy (built-in name or
   * YAML file) and the key file for keyed operators (null or empty: none).
   */
  public static Engine of(List<String> detectors, String policy, String keyFile) {
    KeyRing keys = keyFile == null || keyFile.isBlank() ? null : KeyRing.load(Path.of(keyFile.strip()));
    return new Engine(Detectors.analyzer(detectors), Policies.load(policy, keys));
  }

  /** This engine with a time budget for detecting one text (see {@link Analyzer#withTimeBudget}). */
  public Engine withDetectionBudget(Duration budget) {
    return new Engine(analyzer.withTimeBudget(budget), policy);
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  public Policy policy() {
    return policy;
  }

  /** @param language given by the record, or null to detect it */
  public Analysis detect(String text, Language language) {
    return analyzer.analyze(text, language);
  }

  public DeidResult deidentify(Analysis analysis) {
    return deidentifier.deidentify(analysis, policy);
  }
}
