package io.maskmark.pipeline.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.maskmark.pipeline.broker.EmbeddedKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once under real faults. A broker runs in this JVM; the pipeline runs as child JVMs
 * ({@code java -jar maskmark.jar run}) while input keeps arriving. A {@code read_committed} reader
 * must then see every input exactly once, on the redacted topic or the DLQ, and no planted value
 * on the redacted topic. (Run with {@code processing.guarantee=at_least_once}, the first test
 * fails with hundreds of duplicates: it can tell.)
 */
class CrashRecoveryIT {

  private static EmbeddedKafka broker;

  @TempDir
  Path dir;

  @BeforeAll
  static void startBroker() throws Exception {
    assumeTrue(Files.isRegularFile(PipelineProcess.jar()), "maskmark.jar is built in the package phase");
    broker = EmbeddedKafka.start();
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (broker != null) {
      broker.close();
    }
  }

  /** SIGKILL and restart, a second instance joining, a crash while two run, a graceful leave. */
  @Test
  void killsRestartsJoinsAndLeavesLoseNothingDuplicateNothingLeakNothing() throws Exception {
    try (FaultHarness run = new FaultHarness(broker, dir, 20_000, 1_000)) {
      PipelineProcess a = run.start("a");
      run.startProducing();
      run.awaitPercent(15, a);
      a.kill();                  // crash
      a = run.start("a");        // and restart
      run.awaitPercent(35, a);
      PipelineProcess b = run.start("b"); // a second instance joins
      run.awaitPercent(55, a);
      a.kill();                  // the first crashes while two run: b takes over
      run.awaitPercent(70, b);
      a = run.start("a");        // it comes back
      run.awaitPercent(85, a);
      b.close();                 // b leaves gracefully (SIGTERM)
      run.assertExactlyOnce(a);
    }
  }

  /** The broker stops and starts in place twice while the pipeline is working. */
  @Test
  void brokerRestartsLoseNothingDuplicateNothing() throws Exception {
    try (FaultHarness run = new FaultHarness(broker, dir, 10_000, 1_000)) {
      PipelineProcess a = run.start("a");
      run.startProducing();
      run.awaitPercent(30, a);
      broker.restartBroker();
      run.awaitPercent(60, a);
      broker.restartBroker();
      run.assertExactlyOnce(a);
    }
  }
}
