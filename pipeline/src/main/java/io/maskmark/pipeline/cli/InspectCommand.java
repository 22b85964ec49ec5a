package io.maskmark.pipeline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.label.FoundLabel;
import io.maskmark.label.file.FileInspection;
import io.maskmark.label.file.FileInspector;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code maskmark inspect FILE...}: every AIGC label in each file, its form and compliance. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = "Print every AIGC label found in each file: where, in which form, and whether it "
        + "complies with GB 45438-2025 Annex E, with reasons.")
final class InspectCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--json", description = "One JSON object per file.")
  boolean json;

  @Option(names = "--require-compliant", description = "Exit 1 unless every file carries exactly one "
      + "compliant label.")
  boolean requireCompliant;

  @Parameters(paramLabel = "FILE", arity = "1..*")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    boolean allCompliant = true;
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new IllegalArgumentException("no such file: " + f);
      }
      FileInspection r = FileInspector.inspect(f);
      allCompliant &= r.verdict() == FileInspection.Verdict.COMPLIANT;
      if (json) {
        ObjectNode n = r.toJson();
        n.put("file", f.toString());
        out.println(n);
        continue;
      }
      out.printf("%s: %s%s%n", f, r.type().map(Enum::name).orElse("unknown type"), " " + r.verdict());
      for (FoundLabel l : r.labels()) {
        out.printf("  %s (%s): %s%n", l.carrier(), l.form(),
            l.label().map(x -> x.toJson()).orElse("unreadable"));
      }
      r.reasons().forEach(reason -> out.println("  - " + reason));
      r.error().ifPresent(e -> out.println("  ! " + e));
    }
    out.flush();
    return requireCompliant && !allCompliant ? 1 : 0;
  }
}
