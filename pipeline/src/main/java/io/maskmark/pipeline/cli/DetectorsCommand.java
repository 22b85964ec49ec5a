package io.maskmark.pipeline.cli;

import io.maskmark.detect.Detectors;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code maskmark detectors}: the detector engines on the class path. */
@Command(name = "detectors", mixinStandardHelpOptions = true,
    description = "List the detectors available to --detectors.")
final class DetectorsCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    Detectors.providers().forEach((name, p) -> out.printf("%-14s %s%n", name, p.description()));
    out.printf("default chain: %s%n", String.join(",", Detectors.DEFAULT_CHAIN));
    out.flush();
  }
}
