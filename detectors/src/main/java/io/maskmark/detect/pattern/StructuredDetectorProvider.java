package io.maskmark.detect.pattern;

import io.maskmark.detect.Detector;
import io.maskmark.detect.DetectorProvider;
import java.util.Map;

/** {@code structured}: regex + validator detectors for identifiers in English and Chinese text. */
public final class StructuredDetectorProvider implements DetectorProvider {

  @Override
  public String name() {
    return "structured";
  }

  @Override
  public String description() {
    return "identifiers found by pattern, checksum and context words (EN and ZH)";
  }

  @Override
  public Detector create(Map<String, String> options) {
    return new PatternDetector(name(), StructuredRules.all());
  }
}
