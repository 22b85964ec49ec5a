package io.maskmark.deid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.deid.keys.KeyRing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Consistency without shared state: a second JVM that only shares the key file produces the same
 * pseudonyms, tokens and surrogates, and different random (anonymise) surrogates.
 */
class CrossJvmTest {

  @Test
  void pseudonymsAreIdenticalInAnotherJvmWithTheSameKey(@TempDir Path dir) throws Exception {
    Path keyFile = dir.resolve("ring.json");
    KeyRing keys = KeyRing.generate();
    keys.writeNew(keyFile);
    long seed = 20251122L;

    List<String> here = PseudonymPrinter.lines(KeyRing.load(keyFile), seed);
    List<String> there = runInOtherJvm(keyFile, seed);

    assertEquals(here.size(), there.size());
    int anonymisedDiffer = 0;
    for (int i = 0; i < here.size(); i++) {
      String policy = here.get(i).substring(0, here.get(i).indexOf('\t'));
      if (policy.equals("anonymise")) {
        anonymisedDiffer += here.get(i).equals(there.get(i)) ? 0 : 1;
      } else {
        assertEquals(here.get(i), there.get(i), "line " + i + " (" + policy + ")");
      }
    }
    // Random surrogates are not stable across processes (a document without a name may match).
    assertTrue(anonymisedDiffer >= 5, "anonymise outputs that differ: " + anonymisedDiffer);
    // And a different key gives different pseudonyms.
    assertNotEquals(here.get(0), PseudonymPrinter.lines(KeyRing.generate(), seed).get(0));
  }

  private static List<String> runInOtherJvm(Path keyFile, long seed) throws IOException, InterruptedException {
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", cp, PseudonymPrinter.class.getName(),
        keyFile.toString(), Long.toString(seed))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM timed out");
    assertEquals(0, p.exitValue(), "child JVM failed");
    return new String(out, StandardCharsets.UTF_8).lines().toList();
  }
}
