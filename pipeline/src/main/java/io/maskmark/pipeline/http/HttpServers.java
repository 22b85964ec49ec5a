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
 * (see the README's gateway benchmark), and no extra dependency. Two process-wide settings are
 * made before the first server exists (the JDK reads them once), unless the operator set them:
 * {@code TCP_NODELAY}, because the JDK server writes headers and body separately and with Nagle's
 * algorithm a small body would wait for the client's delayed ACK (up to 40 ms); and a request
 * read timeout, because without one a client that sends part of a request and stalls holds a
 * worker thread for ever (the JDK server reads requests on its workers). A third setting lets the
 * server read and discard up to 1 MiB of a body it refused (413) after answering: closing a socket
 * with unread data resets the connection, and the client may then lose the answer itself.
 */
public final class HttpServers implements AutoCloseable {

  /** Seconds a client has to send a whole request, headers and body; handler time is not counted. */
  public static final String REQUEST_TIMEOUT_PROPERTY = "sun.net.httpserver.maxReqTime";
  static final int DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;
  /** Bytes of an unread request body the JDK server discards before closing (its default: 64 KiB). */
  static final String DRAIN_PROPERTY = "sun.net.httpserver.drainAmount";
  static final int DEFAULT_DRAIN_BYTES = 1 << 20;

  static {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    if (System.getProperty(REQUEST_TIMEOUT_PROPERTY) == null) {
      System.setProperty(REQUEST_TIMEOUT_PROPERTY,
          Integer.toString(DEFAULT_REQUEST_TIMEOUT_SECONDS));
    }
    if (System.getProperty(DRAIN_PROPERTY) == null) {
      System.setProperty(DRAIN_PROPERTY, Integer.toString(DEFAULT_DRAIN_BYTES));
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
    HttpServer server = bind(address, 1024);
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

  /** A JDK HTTP server on {@code address} with the settings above; not started. */
  public static HttpServer bind(InetSocketAddress address, int backlog) throws IOException {
    return HttpServer.create(address, backlog);
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
