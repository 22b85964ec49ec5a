package io.maskmark.pipeline.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.maskmark.pipeline.metrics.HealthHandlers;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's HTTP server with a sized worker pool: enough for the latency target on a few cores
 * (see the README's gateway benchmark), and no extra dependency. {@code TCP_NODELAY} is switched
 * on before the first server starts: the JDK server writes headers and body separately, and with
 * Nagle's algorithm a small body would wait for the client's delayed ACK (up to 40 ms).
 */
public final class HttpServers implements AutoCloseable {

  static {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /** Beyond this many requests waiting for a worker, new ones are dropped (connection closed). */
  static final int QUEUE = 4096;

  private final HttpServer server;
  private final ThreadPoolExecutor executor;

  private HttpServers(HttpServer server, ThreadPoolExecutor executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Serves {@code api} at "/" plus the operational endpoints of {@code health}, on {@code threads}
   * worker threads named {@code name-N}.
   */
  public static HttpServers start(InetSocketAddress address, int threads, String name,
                                  HttpHandler api, HealthHandlers health) throws IOException {
    HttpServer server = HttpServer.create(address, 1024);
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(QUEUE), r -> {
          Thread t = new Thread(r, name + "-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    server.setExecutor(executor);
    server.createContext("/", api);
    health.mount(server);
    server.start();
    return new HttpServers(server, executor);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops accepting, gives running requests up to {@code graceSeconds} to finish. */
  public void stop(int graceSeconds) {
    server.stop(graceSeconds);
    executor.shutdownNow();
  }

  @Override
  public void close() {
    stop(0);
  }
}
