package io.maskmark.pipeline.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.maskmark.pipeline.record.RejectedInput;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.Test;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

class ParserThreadsTest {

  /** A parse that ignores interrupts and runs until released: the worst kind of stuck parser. */
  private static Object stuckUntil(CountDownLatch release) {
    boolean interrupted = false;
    while (true) {
      try {
        release.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    return interrupted;
  }

  private static void awaitRunning(ParserThreads threads, int expected) throws Exception {
    for (int i = 0; i < 500 && threads.running() != expected; i++) {
      Thread.sleep(10);
    }
    assertEquals(expected, threads.running());
  }

  @Test
  void aParsePastItsTimeoutIsRefusedAndCountedUntilItEnds() throws Exception {
    ParserThreads threads = new ParserThreads(4);
    CountDownLatch release = new CountDownLatch(1);
    RejectedInput e = assertThrows(RejectedInput.class,
        () -> threads.run(() -> stuckUntil(release), Duration.ofMillis(50)));
    assertTrue(e.getMessage().contains("not parsed within 50 ms"), e.getMessage());
    assertEquals(1, threads.running(), "the abandoned parse still holds its thread");
    release.countDown();
    awaitRunning(threads, 0);
    assertEquals("ok", threads.run(() -> "ok", Duration.ofSeconds(5)));
  }

  @Test
  void beyondTheCapDocumentsAreRefusedNotQueued() throws Exception {
    ParserThreads threads = new ParserThreads(2);
    CountDownLatch release = new CountDownLatch(1);
    for (int i = 0; i < 2; i++) {
      assertThrows(RejectedInput.class,
          () -> threads.run(() -> stuckUntil(release), Duration.ofMillis(20)));
    }
    RejectedInput e = assertThrows(RejectedInput.class,
        () -> threads.run(() -> "never run", Duration.ofSeconds(5)));
    assertTrue(e.getMessage().contains("too many documents still being parsed"), e.getMessage());
    release.countDown();
    awaitRunning(threads, 0);
    assertEquals("ok", threads.run(() -> "ok", Duration.ofSeconds(5)));
  }

  @Test
  void theHandlerEndsAnInterruptedParseAtItsNextOutput() throws Exception {
    ContentHandler h = ParserThreads.stopWhenInterrupted(new BodyContentHandler(-1));
    h.characters("fine".toCharArray(), 0, 4);
    Thread.currentThread().interrupt();
    try {
      assertThrows(SAXException.class, () -> h.characters("stop".toCharArray(), 0, 4));
    } finally {
      Thread.interrupted(); // clear the flag for the next test
    }
    ParserThreads threads = new ParserThreads(1);
    CountDownLatch started = new CountDownLatch(1);
    assertThrows(RejectedInput.class, () -> threads.run(() -> {
      started.countDown();
      ContentHandler out = ParserThreads.stopWhenInterrupted(new BodyContentHandler(-1));
      while (true) { // a parser that keeps producing text and never looks at interrupts itself
        out.characters("x".toCharArray(), 0, 1);
      }
    }, Duration.ofMillis(50)));
    assertTrue(started.await(5, TimeUnit.SECONDS));
    awaitRunning(threads, 0);
  }
}
