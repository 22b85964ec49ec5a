package io.maskmark.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.pipeline.document.FixtureCorpus;
import io.maskmark.pipeline.record.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code maskmark redact --input DIR --output DIR}: a mixed corpus into shards and a manifest. */
class DatasetRedactTest {

  record Run(int code, String out, String err) {
  }

  @TempDir
  Path dir;

  static Run run(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  /** The fixture documents plus a JSONL and a CSV file of records, one of them broken. */
  static void corpus(Path in) throws Exception {
    FixtureCorpus.write(in);
    Files.writeString(in.resolve("chat.jsonl"), "{\"ticket\":\"c1\",\"message\":\"我的手机是"
        + FixtureCorpus.PHONE_ZH_3 + "\"}\n\n{\"message\":\"mail " + FixtureCorpus.EMAIL_4
        + " please\"}\n{not json\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("tickets.csv"), "ticket,message\nT-1,\"call " + FixtureCorpus.PHONE_ZH_1
        + ", thanks\"\nT-2,身份证" + FixtureCorpus.CN_ID_2 + "\n", StandardCharsets.UTF_8);
  }

  /** Every shard line by id. */
  static Map<String, JsonNode> shards(Path out) throws Exception {
    Map<String, JsonNode> byId = new HashMap<>();
    try (Stream<Path> s = Files.list(out.resolve("shards"))) {
      for (Path p : s.toList()) {
        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          JsonNode n = Json.MAPPER.readTree(l);
          assertTrue(byId.put(n.get("id").asText(), n) == null, "one line per record");
        }
      }
    }
    return byId;
  }

  static void assertNothingPlanted(Path out) throws Exception {
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String content = Files.readString(p, StandardCharsets.UTF_8);
        for (String planted : FixtureCorpus.PLANTED) {
          assertFalse(content.contains(planted), "a planted value is in " + out.relativize(p));
        }
      }
    }
  }

  @Test
  void aMixedCorpusBecomesShardsAndAManifestAndARerunSkipsWhatIsDone() throws Exception {
    Path in = dir.resolve("corpus");
    Path out = dir.resolve("out");
    corpus(in);
    Run r = run("redact", "--input", in.toString(), "--output", out.toString(), "--policy", "tags",
        "--threads", "2", "--progress", "log", "--text-field", "message", "--id-field", "ticket");
    assertEquals(Main.EXIT_DATA_ERROR, r.code(), r.err());
    assertTrue(r.err().contains("maskmark redact: 100% "), "a final progress line: " + r.err());

    Map<String, JsonNode> lines = shards(out);
    List<String> expected = new ArrayList<>(FixtureCorpus.GOOD);
    expected.addAll(List.of("c1", "chat.jsonl#3", "T-1", "T-2"));
    assertEquals(new TreeSet<>(expected), new TreeSet<>(lines.keySet()));
    assertNothingPlanted(out);
    JsonNode memo = lines.get("memo.docx");
    assertEquals("mixed", memo.get("lang").asText(), "Chinese and English paragraphs");
    assertTrue(memo.at("/entities/PHONE").asInt() >= 1);
    assertEquals("[姓名]", memo.at("/metadata/author/0").asText(), "a Chinese name gets the Chinese tag");
    assertEquals("tags", memo.at("/deid/policy").asText());
    assertEquals("call <PHONE>, thanks", lines.get("T-1").get("text").asText());

    JsonNode m = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
    int bad = FixtureCorpus.BAD.size() + 1; // and the broken JSONL line
    assertEquals(expected.size() + bad, m.at("/documents/in").asInt());
    assertEquals(expected.size(), m.at("/documents/out").asInt());
    assertEquals(bad, m.at("/documents/failed").asInt());
    Map<String, String> reasons = new HashMap<>();
    m.get("failures").forEach(f -> reasons.put(f.get("id").asText(), f.get("reason").asText()));
    FixtureCorpus.BAD.forEach((name, word) -> assertTrue(reasons.get(name).contains(word), name));
    assertEquals("invalid JSON", reasons.get("chat.jsonl#4"));
    assertEquals(1, m.at("/ai_generated/documents").asInt(), "the labelled DOCX");
    assertTrue(m.at("/entities/by_language/mixed/PHONE").asInt() > 0);
    assertTrue(m.at("/characters/extracted").asLong() > 0);
    assertEquals("tags", m.at("/policy/name").asText());
    assertTrue(m.hasNonNull("started_at") && m.hasNonNull("finished_at"));

    // rerun: unchanged good files are skipped, files with failures are tried again
    Files.writeString(in.resolve("late.txt"), "new file, mail " + FixtureCorpus.EMAIL_3, StandardCharsets.UTF_8);
    Run again = run("redact", "--input", in.toString(), "--output", out.toString(), "--policy", "tags",
        "--progress", "log", "--text-field", "message", "--id-field", "ticket");
    assertEquals(Main.EXIT_DATA_ERROR, again.code());
    JsonNode m2 = Json.MAPPER.readTree(out.resolve("manifest.json").toFile());
    assertEquals(FixtureCorpus.BAD.size() + 1 + 2 + 1, m2.at("/last_run/documents_in").asInt(),
        "bad files, chat.jsonl (3 records: it had a failure) and the new file");
    assertEquals(expected.size() + 1, m2.at("/documents/out").asInt(), "totals cover both runs");
    assertEquals(bad, m2.at("/documents/failed").asInt());
    assertTrue(shards(out).containsKey("late.txt"));
  }
}
