package io.maskmark.pipeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.pipeline.record.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the packaged {@code maskmark.jar} (what the launcher runs) as a child JVM. The test class path
 * differs from the jar's manifest class path, so a dependency missing from {@code target/lib} only
 * shows up here.
 */
class PackagedJarIT {

  private static final String RECORD =
      "{\"id\":\"1\",\"text\":\"张三的手机号是13812345678，邮箱zhang.san@example.com\"}\n";

  private static Path jar;

  @TempDir
  static Path dir;

  record Result(int code, String out, String err) {
  }

  @BeforeAll
  static void findJar() {
    jar = Path.of("target", "maskmark.jar").toAbsolutePath();
    assumeTrue(Files.isRegularFile(jar), "maskmark.jar is built in the package phase");
  }

  private static Result run(String stdin, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
        jar.toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
        .start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the command finished");
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void detectPrintsOneLineWithCodePointOffsets() throws Exception {
    Result r = run(RECORD, "detect", "--input", "jsonl");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(1, lines.length, r.out());
    JsonNode n = Json.MAPPER.readTree(lines[0]);
    String text = Json.MAPPER.readTree(RECORD).get("text").asText();
    boolean phone = false;
    for (JsonNode e : n.get("entities")) {
      int s = text.offsetByCodePoints(0, e.get("start").asInt());
      int end = text.offsetByCodePoints(0, e.get("end").asInt());
      if (e.get("type").asText().equals("PHONE")) {
        phone = true;
        assertEquals("13812345678", text.substring(s, end));
      }
    }
    assertTrue(phone, "the mobile number is found: " + lines[0]);
  }

  @ParameterizedTest
  @ValueSource(strings = {"gdpr-pseudonymise", "pipl-deidentify", "anonymise", "training-data",
      "support-mask", "tags"})
  void everyBuiltInPolicyRunsFromTheJar(String policy) throws Exception {
    Path key = dir.resolve("key-" + policy + ".json");
    assertEquals(0, run("", "keygen", "--out", key.toString()).code());
    Result r = run(RECORD, "redact", "--input", "jsonl", "--policy", policy,
        "--key-file", key.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode n = Json.MAPPER.readTree(r.out().strip());
    assertEquals(policy, n.at("/deid/policy").asText());
    String text = n.get("text").asText();
    assertFalse(text.contains("13812345678"), text);
    assertFalse(text.contains("zhang.san@example.com"), text);
  }
}
