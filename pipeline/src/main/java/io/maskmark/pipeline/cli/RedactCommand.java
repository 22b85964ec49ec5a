package io.maskmark.pipeline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.deid.DeidResult;
import io.maskmark.deid.Policy;
import io.maskmark.detect.Analysis;
import io.maskmark.pipeline.Versions;
import io.maskmark.pipeline.dataset.BatchRedaction;
import io.maskmark.pipeline.document.DocumentLimits;
import io.maskmark.pipeline.document.TikaExtractor;
import io.maskmark.pipeline.engine.Engine;
import io.maskmark.pipeline.engine.EngineOptions;
import io.maskmark.pipeline.label.AigcLabeler;
import io.maskmark.pipeline.record.Json;
import io.maskmark.pipeline.topology.RecordStages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code maskmark redact}: de-identified text per document as JSONL on stdout, or with
 * {@code --output DIR} a whole corpus of documents into dataset shards with a manifest.
 */
@Command(name = "redact", mixinStandardHelpOptions = true,
    description = {"De-identify text files or stdin; one JSON line per document:",
        "{\"id\",\"lang\",\"text\",\"entities\",\"deid\"}; entity offsets refer to the redacted text.",
        "With --output DIR: every document (PDF, Office, HTML, e-mail, text in any encoding; "
            + "JSONL and CSV one record per line) under --input goes to DIR/shards/*.jsonl "
            + "with DIR/manifest.json; a rerun skips files already done."})
final class RedactCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  EngineOptions engineOptions;

  @Option(names = "--input", paramLabel = "DIR|FILE|GLOB",
      description = "With --output: the corpus (repeatable). Without: the format of FILE... "
          + "and stdin, text (one document per file, the default) or jsonl ({\"id\",\"text\"} per line).")
  List<String> input;

  @Option(names = "--output", paramLabel = "DIR",
      description = "Dataset mode: write JSONL shards, journal.jsonl and manifest.json here.")
  Path output;

  @Option(names = "--threads", paramLabel = "N",
      description = "Dataset mode: documents processed in parallel (default: all cores).")
  Integer threads;

  @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text",
      description = "Dataset mode: the JSONL field or CSV column holding the text (default: ${DEFAULT-VALUE}).")
  String textField;

  @Option(names = "--id-field", paramLabel = "NAME", defaultValue = "id",
      description = "Dataset mode: the JSONL field or CSV column holding a record id; records "
          + "without one are named FILE#LINE (default: ${DEFAULT-VALUE}).")
  String idField;

  @Option(names = "--max-bytes", paramLabel = "N",
      description = "Largest document accepted, in bytes (default: 20 MB).")
  int maxBytes = DocumentLimits.DEFAULT_MAX_BYTES;

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Most characters extracted from one document (default: ${DEFAULT-VALUE}).")
  int maxChars = DocumentLimits.DEFAULT_MAX_CHARS;

  @Option(names = "--parse-timeout", paramLabel = "SECONDS",
      description = "Time allowed to parse one document (default: ${DEFAULT-VALUE}).")
  long parseTimeout = DocumentLimits.DEFAULT_PARSE_TIMEOUT.toSeconds();

  @Option(names = "--progress", paramLabel = "auto|bar|log", defaultValue = "auto",
      description = "Dataset mode: a progress bar, log lines, or a bar only on a terminal (default).")
  String progress;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files (default: stdin).")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    if (output != null) {
      return dataset();
    }
    if (input != null && input.size() > 1) {
      throw new IllegalArgumentException("--input names one format (text or jsonl) without --output");
    }
    Engine engine = engineOptions.build();
    PrintWriter out = spec.commandLine().getOut();
    InputDocuments docs = new InputDocuments(Formats.parse(input == null ? "text" : input.get(0)),
        spec.commandLine().getErr());
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

  private int dataset() throws Exception {
    List<String> inputs = new ArrayList<>(input == null ? List.of() : input);
    if (files != null) {
      files.forEach(f -> inputs.add(f.toString()));
    }
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("--output needs --input DIR|FILE|GLOB");
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || maxBytes < 1 || maxChars < 1 || parseTimeout < 1) {
      throw new IllegalArgumentException("--threads, --max-bytes, --max-chars and --parse-timeout must be positive");
    }
    if (!List.of("auto", "bar", "log").contains(progress)) {
      throw new IllegalArgumentException("--progress must be auto, bar or log");
    }
    DocumentLimits limits = new DocumentLimits(maxBytes, maxChars, Duration.ofSeconds(parseTimeout));
    Engine engine = engineOptions.build();
    RecordStages stages = new RecordStages(engine, AigcLabeler.inspecting(), new TikaExtractor(limits));
    boolean bar = progress.equals("bar") || progress.equals("auto") && System.console() != null;
    PrintWriter err = spec.commandLine().getErr();
    BatchRedaction.Summary s = new BatchRedaction(stages).run(
        new BatchRedaction.Settings(inputs, output, n, textField, idField, maxBytes),
        describe(engine.policy(), inputs, limits), err, bar);
    err.println("maskmark redact: " + s.documentsIn() + " documents in, " + s.documentsOut()
        + " out, " + s.documentsFailed() + " failed" + (s.filesSkipped() > 0
        ? ", " + s.filesSkipped() + " unchanged files skipped" : "") + "; manifest " + s.manifest());
    err.flush();
    return s.documentsFailed() == 0 ? 0 : Main.EXIT_DATA_ERROR;
  }

  private ObjectNode describe(Policy policy, List<String> inputs, DocumentLimits limits) {
    ObjectNode d = Json.MAPPER.createObjectNode();
    d.put("pipeline_version", Versions.PIPELINE);
    ObjectNode p = d.putObject("policy");
    p.put("name", policy.name());
    p.put("version", policy.version());
    p.put("sha256", policy.sha256());
    p.put("mode", policy.mode().code());
    engineOptions.detectors().forEach(d.putArray("detectors")::add);
    inputs.forEach(d.putArray("inputs")::add);
    ObjectNode l = d.putObject("limits");
    l.put("max_bytes", limits.maxBytes());
    l.put("max_chars", limits.maxChars());
    l.put("parse_timeout_ms", limits.parseTimeout().toMillis());
    return d;
  }
}
