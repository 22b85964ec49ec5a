package io.maskmark.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code maskmark bench} on a small run against its embedded broker: every pass accounts for every
 * record, nothing planted leaks, and the report ends with the ratio line. No figure is asserted:
 * speed is the command's output, not a test condition.
 */
class BenchCommandIT {

  private static final Pattern ROW = Pattern.compile(
      "^(identity|full)\\s+(\\d+)\\s+([\\d,]+)\\s+([\\d.]+)\\s+(\\d+)\\s+(\\S+)$");

  @Test
  void smallRunReportsEveryPassTheMediansAndEndsWithTheRatio() {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute("bench", "--records", "400", "--warmup", "100", "--latency-seconds", "2",
        "--detectors", "structured", "--threads", "1,2", "--partitions", "2", "--repeat", "2",
        "--warmup-rounds", "2");
    assertEquals(0, code, err.toString());
    List<String> lines = out.toString().strip().lines().toList();
    int rows = 0;
    for (String line : lines) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        rows++;
        assertEquals("0", m.group(5), "no bench record is dead-lettered: " + line);
        if (m.group(1).equals("full")) {
          assertEquals("0", m.group(6), "no planted identifier leaks: " + line);
        }
      }
    }
    assertEquals(8, rows, out.toString());
    assertTrue(lines.stream().anyMatch(l -> l.matches("warm-up: [12] rounds? of 100 records per "
        + "topology; JIT compiling \\d+% of the last round's time")), out.toString());
    assertEquals(4, lines.stream()
        .filter(l -> l.matches("median (identity|full) +[12] threads: [\\d,]+ records/s \\(passes [\\d,]+ [\\d,]+\\)"))
        .count(), out.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("scaling 1 -> 2 threads:")), out.toString());
    assertTrue(lines.stream().anyMatch(l -> l.matches("end-to-end latency .*p50 \\d+ ms, p99 \\d+ ms")),
        out.toString());
    assertTrue(lines.get(lines.size() - 1).matches("ratio full/identity: \\d+\\.\\d\\d"),
        lines.get(lines.size() - 1));
  }
}
