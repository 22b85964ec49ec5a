package io.maskmark.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** {@code --log-level} sets the level on every command and refuses a name it does not know. */
class LogLevelOptionTest {

  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final Level before = root.getLevel();

  @AfterEach
  void restore() {
    root.setLevel(before);
  }

  private static int run(StringWriter err, String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void aKnownLevelIsSetOnTheRootLogger() {
    assertEquals(0, run(new StringWriter(), "--log-level", "debug", "detectors"));
    assertEquals(Level.DEBUG, root.getLevel());
    assertEquals(0, run(new StringWriter(), "detectors", "--log-level", "WARN"));
    assertEquals(Level.WARN, root.getLevel(), "the option is accepted after the subcommand too");
  }

  @Test
  void anUnknownLevelIsAUsageErrorNamingTheChoices() {
    StringWriter err = new StringWriter();
    int code = run(err, "--log-level", "LOUD", "detectors");
    assertEquals(CommandLine.ExitCode.USAGE, code);
    assertTrue(err.toString().contains("--log-level must be TRACE, DEBUG, INFO, WARN, ERROR or OFF"),
        err.toString());
  }
}
