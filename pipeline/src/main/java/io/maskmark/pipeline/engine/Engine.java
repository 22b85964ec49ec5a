package io.maskmark.pipeline.engine;

import io.maskmark.deid.DeidResult;
import io.maskmark.deid.Deidentifier;
import io.maskmark.deid.Policy;
import io.maskmark.detect.Analysis;
import io.maskmark.detect.Analyzer;
import io.maskmark.detect.Language;
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

  /** The engine a pipeline configuration describes: a detector chain and a policy name. */
  public static Engine of(java.util.List<String> detectors, String policyName) {
    return new Engine(io.maskmark.detect.Detectors.analyzer(detectors),
        EngineOptions.policy(policyName));
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
