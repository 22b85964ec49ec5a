package io.maskmark.pipeline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.deid.DeidResult;
import io.maskmark.detect.Analysis;
import io.maskmark.pipeline.engine.Engine;
import io.maskmark.pipeline.engine.EngineOptions;
import io.maskmark.pipeline.record.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code maskmark redact}: de-identified text per document as JSONL, offline. */
@Command(name = "redact", mixinStandardHelpOptions = true,
    description = {"De-identify text files or stdin; one JSON line per document:",
        "{\"id\",\"lang\",\"text\",\"entities\",\"deid\"}; entity offsets refer to the redacted text."})
final class RedactCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  EngineOptions engineOptions;

  @Option(names = "--input", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (one document per file) or jsonl ({\"id\",\"text\"} per line). Default: ${DEFAULT-VALUE}.")
  String input;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files (default: stdin).")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    Engine engine = engineOptions.build();
    PrintWriter out = spec.commandLine().getOut();
    InputDocuments docs = new InputDocuments(Formats.parse(input), spec.commandLine().getErr());
    docs.read(files, System.in, d -> {
      Analysis a = engine.detect(d.text(), d.lang());
      DeidResult r = engine.deidentify(a);
      ObjectNode rec = Json.MAPPER.createObjectNode();
      rec.put("id", d.id());
      rec.put("lang", a.language().code());
      rec.put("text", r.text());
      rec.set("entities", Json.entities(r.text(), r.spans()));
      rec.set("deid", Json.deid(r));
      out.println(rec);
    });
    out.flush();
    return docs.failed() == 0 ? 0 : Main.EXIT_DATA_ERROR;
  }
}
