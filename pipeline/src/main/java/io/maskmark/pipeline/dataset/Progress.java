package io.maskmark.pipeline.dataset;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shows how a batch run advances: a bar redrawn in place on a terminal (documents, MB/s, ETA),
 * a plain line every ten seconds otherwise (logs, CI). Counts only, never ids or content.
 */
final class Progress implements AutoCloseable {

  private final PrintWriter err;
  private final boolean terminal;
  private final long totalBytes;
  private final int totalFiles;
  private final long startNanos = System.nanoTime();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong skippedBytes = new AtomicLong();
  private final AtomicLong files = new AtomicLong();
  private final AtomicLong documents = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "maskmark-progress");
    t.setDaemon(true);
    return t;
  });

  Progress(PrintWriter err, boolean terminal, int totalFiles, long totalBytes) {
    this.err = err;
    this.terminal = terminal;
    this.totalFiles = totalFiles;
    this.totalBytes = totalBytes;
    long period = terminal ? 250 : 10_000;
    ticker.scheduleAtFixedRate(this::print, period, period, TimeUnit.MILLISECONDS);
  }

  void fileDone(long fileBytes) {
    bytes.addAndGet(fileBytes);
    files.incrementAndGet();
  }

  /** A file already done by an earlier run: counted as done, not in the throughput. */
  void fileSkipped(long fileBytes) {
    skippedBytes.addAndGet(fileBytes);
    files.incrementAndGet();
  }

  void document(boolean ok) {
    documents.incrementAndGet();
    if (!ok) {
      failed.incrementAndGet();
    }
  }

  private synchronized void print() {
    double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    double mbps = bytes.get() / seconds / 1e6;
    long left = Math.max(0, totalBytes - bytes.get() - skippedBytes.get());
    String eta = bytes.get() == 0 ? "--" : duration((long) (left / (bytes.get() / seconds)));
    double share = totalBytes == 0 ? 1 : (bytes.get() + skippedBytes.get()) / (double) totalBytes;
    String counts = String.format("%d/%d files, %d documents (%d failed), %.1f MB/s, ETA %s",
        files.get(), totalFiles, documents.get(), failed.get(), mbps, eta);
    if (terminal) {
      int width = 30;
      int full = (int) Math.round(Math.min(1, share) * width);
      err.print("\r[" + "#".repeat(full) + ".".repeat(width - full) + "] "
          + String.format("%3d%% ", Math.round(share * 100)) + counts + "   ");
    } else {
      err.println("maskmark redact: " + String.format("%d%% ", Math.round(share * 100)) + counts);
    }
    err.flush();
  }

  private static String duration(long s) {
    return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60)
        : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    print();
    if (terminal) {
      err.println();
      err.flush();
    }
  }
}
