package io.maskmark.pipeline.document;

import io.maskmark.pipeline.record.RejectedInput;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Where document parses run, so that a stuck parser costs the caller a timeout, not its thread.
 * A parse past its timeout is interrupted, and its content handler ({@link #stopWhenInterrupted})
 * ends it at the parser's next output. A parser stuck without output keeps its thread, so the
 * parses still running are capped: beyond the cap a document is refused (dead-lettered with the
 * reason, to be replayed), never queued behind threads that may not come back.
 */
final class ParserThreads {

  private final int max;
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger names = new AtomicInteger();
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "maskmark-tika-" + names.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  ParserThreads(int max) {
    this.max = max;
  }

  /** Parses still running, including those whose caller has given up on them. */
  int running() {
    return running.get();
  }

  /**
   * Runs {@code work} on a parser thread and waits up to {@code timeout} for it.
   *
   * @throws RejectedInput past the timeout, when interrupted, or when {@code max} parses run
   * @throws ExecutionException what {@code work} threw
   */
  <T> T run(Callable<T> work, Duration timeout) throws ExecutionException {
    if (running.incrementAndGet() > max) {
      running.decrementAndGet();
      throw new RejectedInput("too many documents still being parsed (" + max + "); try later");
    }
    // claimed by the task when it starts, or by an abandon that comes first
    AtomicBoolean claimed = new AtomicBoolean();
    Future<T> parse = pool.submit(() -> {
      if (!claimed.compareAndSet(false, true)) {
        return null;
      }
      try {
        return work.call();
      } finally {
        running.decrementAndGet();
      }
    });
    try {
      return parse.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      abandon(parse, claimed);
      throw new RejectedInput("document not parsed within " + timeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      abandon(parse, claimed);
      Thread.currentThread().interrupt();
      throw new RejectedInput("interrupted while parsing the document");
    }
  }

  private void abandon(Future<?> parse, AtomicBoolean claimed) {
    if (claimed.compareAndSet(false, true)) {
      running.decrementAndGet(); // it never started and now never will
    }
    parse.cancel(true);
  }

  /** A handler that ends the parse (with a SAXException) once its thread is interrupted. */
  static ContentHandler stopWhenInterrupted(ContentHandler handler) {
    return new ContentHandlerDecorator(handler) {
      private void check() throws SAXException {
        if (Thread.currentThread().isInterrupted()) {
          throw new SAXException("parse abandoned after its timeout");
        }
      }

      @Override
      public void startElement(String uri, String local, String name, Attributes atts)
          throws SAXException {
        check();
        super.startElement(uri, local, name, atts);
      }

      @Override
      public void characters(char[] ch, int start, int length) throws SAXException {
        check();
        super.characters(ch, start, length);
      }

      @Override
      public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        check();
        super.ignorableWhitespace(ch, start, length);
      }
    };
  }
}
