package io.maskmark.pipeline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.detect.Analysis;
import io.maskmark.detect.Analyzer;
import io.maskmark.pipeline.engine.EngineOptions;
import io.maskmark.pipeline.record.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code maskmark detect}: entities per document as JSONL, offline. */
@Command(name = "detect", mixinStandardHelpOptions = true,
    description = {"Find personal data in text files or stdin; one JSON line per document:",
        "{\"id\",\"lang\",\"entities\":[{\"type\",\"start\",\"end\",\"score\",\"detector\"}]}",
        "Offsets are Unicode code points, end exclusive."})
final class DetectCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  EngineOptions engineOptions;

  @Option(names = "--input", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (one document per file) or jsonl ({\"id\",\"text\"} per line). Default: ${DEFAULT-VALUE}.")
  String input;

  @Option(names = "--explain", description = "Add each entity's decision trail (rule, validator, context word).")
  boolean explain;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files (default: stdin).")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    Analyzer analyzer = engineOptions.analyzer();
    PrintWriter out = spec.commandLine().getOut();
    InputDocuments docs = new InputDocuments(Formats.parse(input), spec.commandLine().getErr());
    docs.read(files, System.in, d -> {
      Analysis a = analyzer.analyze(d.text(), d.lang());
      ObjectNode rec = Json.MAPPER.createObjectNode();
      rec.put("id", d.id());
      rec.put("lang", a.language().code());
      ArrayNode entities = Json.entities(d.text(), a.spans());
      if (explain) {
        Json.explain(entities, a.spans());
      }
      rec.set("entities", entities);
      out.println(rec);
    });
    out.flush();
    return docs.failed() == 0 ? 0 : Main.EXIT_DATA_ERROR;
  }
}
