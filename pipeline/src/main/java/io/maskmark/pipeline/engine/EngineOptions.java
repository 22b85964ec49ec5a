package io.maskmark.pipeline.engine;

import io.maskmark.deid.Policy;
import io.maskmark.detect.Detectors;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Option;

/** Command-line options that choose the engine, shared by every command that detects. */
public final class EngineOptions {

  @Option(names = "--detectors", split = ",", paramLabel = "NAME",
      description = "Detector chain, comma separated (default: ${DEFAULT-VALUE}). "
          + "`maskmark detectors` lists what is available.")
  List<String> detectors = Detectors.DEFAULT_CHAIN;

  @Option(names = "--policy", paramLabel = "NAME",
      description = "De-identification policy (default: ${DEFAULT-VALUE}).")
  String policy = "tags";

  public List<String> detectors() {
    return detectors;
  }

  public Engine build() {
    return new Engine(Detectors.analyzer(detectors), policy(policy));
  }

  static Policy policy(String name) {
    if (name.equals("tags")) {
      return Policy.tags();
    }
    throw new IllegalArgumentException("unknown policy '" + name + "'; available: "
        + Arrays.toString(new String[] {"tags"}));
  }
}
