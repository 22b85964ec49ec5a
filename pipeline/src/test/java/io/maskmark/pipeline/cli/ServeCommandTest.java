package io.maskmark.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code maskmark serve} refuses to start without authentication unless told otherwise. */
class ServeCommandTest {

  @TempDir
  Path dir;

  private static String[] run(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new String[] {Integer.toString(code), err.toString()};
  }

  @Test
  void withoutATokenServeDoesNotStart() {
    assumeTrue(System.getenv("MASKMARK_API_TOKEN") == null, "a token is set in the environment");
    String[] r = run("serve", "--port", "0", "--service-code", "P1");
    assertNotEquals("0", r[0]);
    assertTrue(r[1].contains("an API token is required"), r[1]);
    assertEquals(1, r[1].strip().lines().count(), "a one-line cause: " + r[1]);
  }

  @Test
  void aShortTokenIsRefusedWithoutEchoingIt() throws Exception {
    Path token = dir.resolve("token");
    Files.writeString(token, "secret12\n");
    String[] r = run("serve", "--port", "0", "--service-code", "P1", "--token-file",
        token.toString());
    assertNotEquals("0", r[0]);
    assertTrue(r[1].contains("at least 16 characters"), r[1]);
    assertTrue(!r[1].contains("secret12"), r[1]);
  }
}
