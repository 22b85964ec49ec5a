package io.maskmark.pipeline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.maskmark.deid.Mode;
import io.maskmark.deid.Reidentifier;
import io.maskmark.deid.keys.KeyRing;
import io.maskmark.detect.CodePoints;
import io.maskmark.pipeline.engine.EngineOptions;
import io.maskmark.pipeline.record.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code maskmark reidentify}: restores encrypted values in de-identified JSONL for whoever holds
 * the key ring. Exits 0 only when every token found was restored.
 */
@Command(name = "reidentify", mixinStandardHelpOptions = true,
    description = {"Restore the values that a pseudonymising policy encrypted ([[mm:TYPE:keyid:...]] "
        + "tokens) in the JSONL written by `maskmark redact` or the stream.",
        "Writes the same JSONL with the originals back in \"text\" and entity offsets moved to match.",
        "Only encrypt tokens are reversible: hashes, masks, surrogates and anonymised output are not.",
        "Exit code: 0 when every token was restored; 65 when some or all could not be (wrong key "
            + "ring, anonymised input, nothing to restore); 78 for a missing or bad key ring."})
final class ReidentifyCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--key-file", paramLabel = "FILE",
      description = "Key ring(s) holding the keys the tokens were made with (default: $"
          + EngineOptions.KEY_FILE_ENV + ").")
  List<Path> keyFiles;

  @Option(names = "--key-env", paramLabel = "VAR",
      description = "Read the key ring from this environment variable.")
  String keyEnv;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "De-identified JSONL (default: stdin).")
  List<Path> files;

  private int records;
  private int restored;
  private int found;
  private int anonymised;
  private int badLines;
  private final Set<String> unknownKeyIds = new TreeSet<>();
  private int invalid;

  @Override
  public Integer call() throws IOException {
    KeyRing keys = EngineOptions.keyRing(keyFiles, keyEnv);
    if (keys == null) {
      throw new IllegalArgumentException("reidentify needs the key ring the output was made with: "
          + "--key-file FILE or --key-env VAR");
    }
    Reidentifier reidentifier = new Reidentifier(keys);
    PrintWriter out = spec.commandLine().getOut();
    if (files == null || files.isEmpty()) {
      read("stdin", System.in, reidentifier, out);
    } else {
      for (Path f : files) {
        try (InputStream in = Files.newInputStream(f)) {
          read(f.toString(), in, reidentifier, out);
        } catch (NoSuchFileException e) {
          throw new IllegalArgumentException("no such file: " + f);
        }
      }
    }
    out.flush();
    return summarise();
  }

  private void read(String name, InputStream in, Reidentifier reidentifier, PrintWriter out)
      throws IOException {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    int line = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
      for (String l; (l = r.readLine()) != null; ) {
        line++;
        if (!l.isBlank()) {
          process(name + ":" + line, l, reidentifier, out);
        }
      }
    } catch (CharacterCodingException e) {
      badLine(name + ":" + (line + 1), "not valid UTF-8; the rest of the input is skipped");
    }
  }

  private void process(String where, String line, Reidentifier reidentifier, PrintWriter out) {
    JsonNode n;
    try {
      n = Json.MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      badLine(where, "invalid JSON");
      return;
    }
    if (!n.isObject() || !n.path("text").isTextual()) {
      badLine(where, "expected an object with a string \"text\"");
      return;
    }
    records++;
    ObjectNode rec = (ObjectNode) n;
    if (Mode.ANONYMISED.code().equals(rec.path("deid").path("mode").asText())) {
      anonymised++;
      out.println(rec);
      return;
    }
    String text = rec.get("text").asText();
    Reidentifier.Result r = reidentifier.restore(text);
    found += r.found();
    restored += r.restored();
    invalid += r.invalid();
    unknownKeyIds.addAll(r.unknownKeyIds());
    if (r.restored() > 0) {
      rec.put("text", r.text());
      moveEntities(rec, text, r);
    }
    if (rec.get("deid") instanceof ObjectNode deid) {
      deid.put("reidentified", r.restored());
    }
    out.println(rec);
  }

  /** Entity offsets (code points) of the redacted text, moved to the restored text. */
  private static void moveEntities(ObjectNode rec, String oldText, Reidentifier.Result r) {
    if (!rec.path("entities").isArray()) {
      return;
    }
    CodePoints before = CodePoints.of(oldText);
    CodePoints after = CodePoints.of(r.text());
    for (JsonNode e : rec.get("entities")) {
      if (e instanceof ObjectNode o && o.path("start").isInt() && o.path("end").isInt()) {
        try {
          int s = r.mapStart(before.toUtf16(o.get("start").asInt()));
          int end = r.mapEnd(before.toUtf16(o.get("end").asInt()));
          o.put("start", after.toCodePoint(s));
          o.put("end", after.toCodePoint(end));
        } catch (IndexOutOfBoundsException ex) {
          o.remove(List.of("start", "end")); // offsets that never fit the text cannot be moved
        }
      }
    }
  }

  private void badLine(String where, String why) {
    badLines++;
    spec.commandLine().getErr().println("maskmark reidentify: " + where + ": " + why + "; skipped");
  }

  private int summarise() {
    PrintWriter err = spec.commandLine().getErr();
    StringBuilder sb = new StringBuilder("maskmark reidentify: restored " + restored + " of " + found
        + " token" + (found == 1 ? "" : "s") + " in " + records + " record" + (records == 1 ? "" : "s"));
    if (!unknownKeyIds.isEmpty()) {
      sb.append("; tokens made with keys not in the key ring: ").append(String.join(", ", unknownKeyIds))
          .append(" (wrong key file?)");
    }
    if (invalid > 0) {
      sb.append("; ").append(invalid).append(" token").append(invalid == 1 ? "" : "s")
          .append(" did not decrypt (altered, or different key material under the same key id)");
    }
    if (anonymised > 0) {
      sb.append("; ").append(anonymised).append(" record").append(anonymised == 1 ? " is" : "s are")
          .append(" anonymised: nothing in them can be restored, with any key");
    }
    if (found == 0 && anonymised < records) {
      sb.append("; no reversible tokens found (only a policy that encrypts, such as "
          + "gdpr-pseudonymise, produces them)");
    }
    err.println(sb);
    err.flush();
    boolean complete = restored == found && found > 0 && anonymised == 0 && badLines == 0;
    return complete ? 0 : Main.EXIT_DATA_ERROR;
  }
}
