package io.maskmark.pipeline.metrics;

import com.sun.net.httpserver.HttpServer;
import io.maskmark.pipeline.http.HttpServers;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A small HTTP server for {@link HealthHandlers}: what {@code run} and {@code demo} expose. */
public final class MetricsServer implements AutoCloseable {

  public static final int DEFAULT_PORT = 9464;

  private final HttpServer server;
  private final ExecutorService executor;

  private MetricsServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts serving on {@code address} (port 0 picks a free port).
   *
   * @throws IOException when the address cannot be bound (e.g. the port is taken)
   */
  public static MetricsServer start(InetSocketAddress address, HealthHandlers handlers)
      throws IOException {
    HttpServer server = HttpServers.bind(address, 16);
    AtomicInteger n = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "maskmark-metrics-http-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    handlers.mount(server);
    server.start();
    return new MetricsServer(server, executor);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
