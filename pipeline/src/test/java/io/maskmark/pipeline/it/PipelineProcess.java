package io.maskmark.pipeline.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code maskmark run} from the packaged jar in a child JVM, so a test can kill it the way an
 * operating system does ({@code SIGKILL}: no shutdown hook, no final commit, no leave-group).
 */
final class PipelineProcess implements AutoCloseable {

  private final Path log;
  private final Process process;

  private PipelineProcess(Path log, Process process) {
    this.log = log;
    this.process = process;
  }

  /** The jar the package phase built (failsafe runs after it). */
  static Path jar() {
    return Path.of("target", "maskmark.jar").toAbsolutePath();
  }

  static PipelineProcess start(Path config, Path log) throws IOException {
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar().toString(), "run",
        "--config", config.toString(), "--metrics-port", Integer.toString(freePort()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    return new PipelineProcess(log, p);
  }

  /** {@code kill -9}. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  boolean alive() {
    return process.isAlive();
  }

  /** The last lines of the child's output, for failure messages. */
  String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** A graceful stop (SIGTERM), as an orchestrator scales down. */
  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
