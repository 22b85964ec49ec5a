package io.maskmark.pipeline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.eval.EvalReport;
import io.maskmark.eval.Evaluator;
import io.maskmark.eval.GoldDocument;
import io.maskmark.eval.GoldReader;
import io.maskmark.eval.Scores;
import io.maskmark.eval.TypeMapping;
import io.maskmark.pipeline.engine.EngineOptions;
import io.maskmark.pipeline.record.Json;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code maskmark eval}: precision, recall and F2 of the detectors on gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score the detectors on gold data: presidio-research JSON, BIO/BMES character "
        + "files, or JSONL {\"id\",\"text\",\"spans\":[{\"type\",\"start\",\"end\"}]}.",
        "Prints precision, recall and F2 per type at character level (whitespace ignored) and "
            + "entity level (exact boundaries; any overlap)."})
final class EvalCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  EngineOptions engineOptions;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "presidio, bio or jsonl (default: from the file extension).")
  GoldReader.Format format;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--no-group", description = "Score LOCATION/ADDRESS and CREDIT_CARD/BANK_CARD "
      + "as separate types instead of as PLACE and PAYMENT_CARD.")
  boolean noGroup;

  @Option(names = "--types", split = ",", paramLabel = "CLASS",
      description = "Score only these classes (e.g. PERSON,PLACE).")
  Set<String> types;

  @Option(names = "--show-errors", paramLabel = "N", defaultValue = "0",
      description = "Print up to N misses and false alarms to stderr (quotes the gold data).")
  int showErrors;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Gold files.")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    Evaluator evaluator = new Evaluator(engineOptions.analyzer(), new TypeMapping(!noGroup),
        types == null ? Set.of() : new HashSet<>(types));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArrayNode reports = Json.MAPPER.createArrayNode();
    for (Path f : files) {
      if (!Files.isReadable(f)) {
        throw new IllegalArgumentException("cannot read gold file " + f);
      }
      List<GoldDocument> docs = GoldReader.read(f, format != null ? format : GoldReader.guess(f));
      AtomicInteger shown = new AtomicInteger();
      EvalReport r = evaluator.evaluate(f.getFileName().toString(), docs,
          showErrors <= 0 ? null : line -> {
            if (shown.getAndIncrement() < showErrors) {
              err.println(line);
            }
          });
      if (json) {
        reports.add(toJson(r));
      } else {
        print(out, r);
      }
    }
    if (json) {
      out.println(reports.size() == 1 ? reports.get(0) : reports);
    }
    out.flush();
    err.flush();
    return 0;
  }

  private static void print(PrintWriter out, EvalReport r) {
    out.printf(Locale.ROOT, "%s: %d documents, %d characters, %.1f s (%.0f KB/s)%n", r.dataset(),
        r.documents(), r.characters(), r.seconds(), r.characters() / 1024.0 / Math.max(r.seconds(), 1e-9));
    out.printf(Locale.ROOT, "%-16s %7s | %-20s | %-20s | %-20s%n", "", "",
        "characters", "entities (exact)", "entities (overlap)");
    out.printf(Locale.ROOT, "%-16s %7s | %6s %6s %6s | %6s %6s %6s | %6s %6s %6s%n", "class", "gold",
        "P", "R", "F2", "P", "R", "F2", "P", "R", "F2");
    for (String cls : r.charLevel().keySet()) {
      out.printf(Locale.ROOT, "%-16s %7d | %s | %s | %s%n", cls, r.support().getOrDefault(cls, 0L),
          prf(r.chars(cls)), prf(r.entityExact().getOrDefault(cls, new Scores())),
          prf(r.entityOverlap().getOrDefault(cls, new Scores())));
    }
    out.printf(Locale.ROOT, "%-16s %7s | %s |%n", "micro (typed)", "", prf(r.charMicro()));
    out.printf(Locale.ROOT, "%-16s %7s | %s |%n", "PII (any type)", "", prf(r.pii()));
  }

  private static String prf(Scores s) {
    return String.format(Locale.ROOT, "%6.3f %6.3f %6.3f", s.precision(), s.recall(), s.f2());
  }

  private static ObjectNode toJson(EvalReport r) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("dataset", r.dataset());
    o.put("documents", r.documents());
    o.put("characters", r.characters());
    o.put("seconds", r.seconds());
    ObjectNode classes = o.putObject("classes");
    for (String cls : r.charLevel().keySet()) {
      ObjectNode c = classes.putObject(cls);
      c.put("support", r.support().getOrDefault(cls, 0L));
      c.set("characters", scores(r.chars(cls)));
      c.set("entities_exact", scores(r.entityExact().getOrDefault(cls, new Scores())));
      c.set("entities_overlap", scores(r.entityOverlap().getOrDefault(cls, new Scores())));
    }
    o.set("micro", scores(r.charMicro()));
    o.set("pii", scores(r.pii()));
    return o;
  }

  private static ObjectNode scores(Scores s) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("precision", s.precision());
    o.put("recall", s.recall());
    o.put("f2", s.f2());
    o.put("tp", s.truePositives());
    o.put("fp", s.falsePositives());
    o.put("fn", s.falseNegatives());
    return o;
  }
}
