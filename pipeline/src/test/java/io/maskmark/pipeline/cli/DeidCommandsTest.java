package io.maskmark.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.deid.keys.KeyRing;
import io.maskmark.pipeline.record.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** keygen, redact --policy/--key-file and reidentify, run in-process through the real CLI. */
class DeidCommandsTest {

  /** Hand-written records with values the structured detectors find (e-mail, CN mobile). */
  private static final List<String> RECORDS = List.of(
      "{\"id\":\"a\",\"text\":\"张三的手机号是13812345678，邮箱zhang.san@example.com\"}",
      "{\"id\":\"b\",\"text\":\"𠀀 Write to mary.major@example.org or call +86 139 2345 6789 today\"}",
      "{\"id\":\"c\",\"text\":\"no personal data here\"}");

  record Run(int code, String out, String err) {
  }

  @TempDir
  Path dir;
  private Path input;
  private Path key;
  private final List<Run> runs = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    input = dir.resolve("in.jsonl");
    Files.write(input, RECORDS);
    key = dir.resolve("ring.json");
    assertEquals(0, run("keygen", "--out", key.toString()).code());
  }

  private Run run(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    Run r = new Run(cli.execute(args), out.toString(), err.toString());
    runs.add(r);
    return r;
  }

  private static List<JsonNode> jsonl(String out) throws Exception {
    List<JsonNode> list = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        list.add(Json.MAPPER.readTree(line));
      }
    }
    return list;
  }

  private static String codePoints(String text, JsonNode entity) {
    int s = text.offsetByCodePoints(0, entity.get("start").asInt());
    int e = text.offsetByCodePoints(0, entity.get("end").asInt());
    return text.substring(s, e);
  }

  @Test
  void keygenWritesAnOwnerOnlyFileAndNeverOverwrites() throws Exception {
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    String before = Files.readString(key);
    Run again = run("keygen", "--out", key.toString());
    assertEquals(Main.EXIT_CONFIG, again.code());
    assertTrue(again.err().contains("already exists"), again.err());
    assertEquals(before, Files.readString(key));

    Path rotated = dir.resolve("rotated.json");
    Run r = run("keygen", "--out", rotated.toString(), "--from", key.toString());
    assertEquals(0, r.code());
    KeyRing old = KeyRing.load(key);
    KeyRing both = KeyRing.load(rotated);
    assertEquals(List.of(both.primaryId(), old.primaryId()), both.ids());
    assertTrue(r.out().contains(both.primaryId()));
  }

  @Test
  void keyedPolicyWithoutKeyFailsAtStartWithFileAndLine() {
    Run r = run("redact", "--input", "jsonl", input.toString());
    assertEquals(Main.EXIT_CONFIG, r.code());
    assertTrue(r.err().contains("built-in policy pipl-deidentify.yaml, line "), r.err());
    assertTrue(r.err().contains("needs a key"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void pseudonymisedOutputRoundTripsThroughReidentify() throws Exception {
    Run redacted = run("redact", "--input", "jsonl", "--policy", "gdpr-pseudonymise",
        "--key-file", key.toString(), input.toString());
    assertEquals(0, redacted.code(), redacted.err());
    String keyId = KeyRing.load(key).primaryId();
    List<JsonNode> recs = jsonl(redacted.out());
    assertEquals(3, recs.size());
    for (String secret : List.of("13812345678", "zhang.san@example.com", "mary.major@example.org", "139 2345 6789")) {
      assertFalse(redacted.out().contains(secret));
    }
    JsonNode deid = recs.get(0).get("deid");
    assertEquals("pseudonymised", deid.get("mode").asText());
    assertEquals("gdpr-pseudonymise", deid.get("policy").asText());
    assertEquals("1", deid.get("policy_version").asText());
    assertTrue(deid.get("policy_sha256").asText().matches("[0-9a-f]{64}"));
    assertEquals(keyId, deid.get("key_id").asText());
    assertEquals(1, deid.get("counts").get("EMAIL").asInt());
    for (JsonNode rec : recs) {
      for (JsonNode e : rec.get("entities")) {
        assertTrue(codePoints(rec.get("text").asText(), e).startsWith("[[mm:" + e.get("type").asText() + ":" + keyId));
      }
    }

    Path redactedFile = dir.resolve("redacted.jsonl");
    Files.writeString(redactedFile, redacted.out());
    Run back = run("reidentify", "--key-file", key.toString(), redactedFile.toString());
    assertEquals(0, back.code(), back.err());
    assertTrue(back.err().contains("restored 5 of 5 tokens in 3 records"), back.err());
    List<JsonNode> restored = jsonl(back.out());
    for (int i = 0; i < RECORDS.size(); i++) {
      String original = Json.MAPPER.readTree(RECORDS.get(i)).get("text").asText();
      String text = restored.get(i).get("text").asText();
      assertEquals(original, text);
      for (JsonNode e : restored.get(i).get("entities")) {
        String value = codePoints(text, e);
        assertTrue(value.contains("@") || value.replace(" ", "").matches("(\\+86)?1\\d{10}")
            || e.get("type").asText().equals("PERSON") && value.equals("张三"), value);
      }
    }
    assertEquals(3, restored.get(0).get("deid").get("reidentified").asInt());
  }

  @Test
  void wrongKeyAnonymisedOrMaskedOutputRestoresNothingAndSaysSo() throws Exception {
    Run redacted = run("redact", "--input", "jsonl", "--policy", "gdpr-pseudonymise",
        "--key-file", key.toString(), input.toString());
    Path redactedFile = dir.resolve("redacted.jsonl");
    Files.writeString(redactedFile, redacted.out());
    Path otherKey = dir.resolve("other.json");
    run("keygen", "--out", otherKey.toString());

    Run wrong = run("reidentify", "--key-file", otherKey.toString(), redactedFile.toString());
    assertEquals(Main.EXIT_DATA_ERROR, wrong.code());
    assertTrue(wrong.err().contains("restored 0 of 5"), wrong.err());
    assertTrue(wrong.err().contains("not in the key ring: " + KeyRing.load(key).primaryId()), wrong.err());
    assertEquals(jsonl(redacted.out()).get(0).get("text"), jsonl(wrong.out()).get(0).get("text"));

    Run anonymised = run("redact", "--input", "jsonl", "--policy", "anonymise", input.toString());
    assertEquals(0, anonymised.code(), anonymised.err());
    assertEquals("anonymised", jsonl(anonymised.out()).get(0).get("deid").get("mode").asText());
    assertFalse(jsonl(anonymised.out()).get(0).get("deid").has("key_id"));
    Path anonFile = dir.resolve("anon.jsonl");
    Files.writeString(anonFile, anonymised.out());
    Run a = run("reidentify", "--key-file", key.toString(), anonFile.toString());
    assertEquals(Main.EXIT_DATA_ERROR, a.code());
    assertTrue(a.err().contains("3 records are anonymised: nothing in them can be restored"), a.err());

    Run masked = run("redact", "--input", "jsonl", "--key-file", key.toString(), input.toString());
    assertEquals(0, masked.code(), masked.err());
    assertTrue(masked.out().contains("138****5678"), masked.out());
    Path maskedFile = dir.resolve("masked.jsonl");
    Files.writeString(maskedFile, masked.out());
    Run m = run("reidentify", "--key-file", key.toString(), maskedFile.toString());
    assertEquals(Main.EXIT_DATA_ERROR, m.code());
    assertTrue(m.err().contains("no reversible tokens found"), m.err());
  }

  @Test
  void reidentifyWithoutAKeyIsAConfigurationError() {
    Run r = run("reidentify", input.toString());
    assertEquals(Main.EXIT_CONFIG, r.code());
    assertTrue(r.err().contains("needs the key ring"), r.err());
  }

  @Test
  void keyMaterialNeverAppearsInAnyOutput() throws Exception {
    pseudonymisedOutputRoundTripsThroughReidentify();
    wrongKeyAnonymisedOrMaskedOutputRestoresNothingAndSaysSo();
    run("redact", "--policy", "no-such-policy", "--key-file", key.toString(), input.toString());
    run("redact", "--key-file", input.toString(), input.toString()); // not a key file
    List<String> secrets = new ArrayList<>();
    for (Path f : List.of(key, dir.resolve("other.json"))) {
      for (JsonNode k : Json.MAPPER.readTree(Files.readString(f)).get("keys")) {
        secrets.add(k.get("deterministic_aead").get("key").get(0).get("keyData").get("value").asText());
        secrets.add(k.get("prf").get("key").get(0).get("keyData").get("value").asText());
      }
    }
    assertTrue(runs.size() > 8);
    for (Run r : runs) {
      for (String s : secrets) {
        assertFalse(r.out().contains(s.substring(0, 20)) || r.err().contains(s.substring(0, 20)));
      }
    }
    assertNotEquals(0, runs.get(runs.size() - 1).code());
  }
}
