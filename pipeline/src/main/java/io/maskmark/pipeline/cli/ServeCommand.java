package io.maskmark.pipeline.cli;

import io.maskmark.pipeline.engine.EngineOptions;
import io.maskmark.pipeline.gateway.GatewayServer;
import io.maskmark.pipeline.gateway.Publishers;
import io.maskmark.pipeline.http.BearerAuth;
import io.maskmark.pipeline.label.LabelOptions;
import io.maskmark.pipeline.metrics.Telemetry;
import io.maskmark.pipeline.topology.Topics;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code maskmark serve}: the HTTP API for inference gateways. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Serve the HTTP API: POST /v1/process, /v1/redact, /v1/label (JSON), "
        + "/v1/files/label, /v1/files/inspect (raw file body); GET /healthz, /readyz, /metrics.",
        "Requests need Authorization: Bearer <token> (--token-file or $MASKMARK_API_TOKEN)."})
final class ServeCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "Address to listen on (default: 0.0.0.0, or 127.0.0.1 with --no-auth).")
  String host;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "File holding the API token (first line). Default: $" + BearerAuth.TOKEN_ENV
          + ".")
  Path tokenFile;

  @Option(names = "--no-auth", description = "Accept requests without a token. Local use only: "
      + "binds to 127.0.0.1 unless --host is given.")
  boolean noAuth;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: 2 per core, at least 4).")
  Integer threads;

  @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "1048576",
      description = "Largest JSON request accepted; larger ones get 413. Default: ${DEFAULT-VALUE}.")
  int maxBodyBytes;

  @Option(names = "--max-file-bytes", paramLabel = "N", defaultValue = "33554432",
      description = "Largest file upload accepted; larger ones get 413. Default: ${DEFAULT-VALUE}.")
  int maxFileBytes;

  @Mixin
  EngineOptions engineOptions;

  @Mixin
  LabelOptions labelOptions;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
      description = "Publish every answered request to Kafka here (off when not given).")
  String bootstrapServers;

  @Option(names = "--publish-topic", paramLabel = "TOPIC", defaultValue = "maskmark.generated",
      description = "Topic for published requests (default: ${DEFAULT-VALUE}).")
  String publishTopic;

  @Option(names = "--publish-mode", paramLabel = "MODE", defaultValue = "fire-and-forget",
      description = "fire-and-forget (never delays a response) or acknowledged (a response "
          + "waits for the broker; 503 when publishing fails). Default: ${DEFAULT-VALUE}.")
  String publishMode;

  @Option(names = "--publish-timeout", paramLabel = "DURATION", defaultValue = "PT5S",
      description = "How long acknowledged publishing waits (ISO-8601). Default: ${DEFAULT-VALUE}.")
  Duration publishTimeout;

  @Option(names = "--producer-property", paramLabel = "KEY=VALUE",
      description = "Extra Kafka producer setting (e.g. security.protocol=SASL_SSL); repeatable.")
  Map<String, String> producerProperties = Map.of();

  @Override
  public Integer call() throws Exception {
    BearerAuth auth = auth();
    String bind = host != null ? host : noAuth ? "127.0.0.1" : "0.0.0.0";
    int workers = threads != null ? threads : Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    if (workers < 1 || maxBodyBytes < 1 || maxFileBytes < 1) {
      throw new IllegalArgumentException("--threads, --max-body-bytes and --max-file-bytes must be "
          + "positive");
    }
    GatewayServer.Settings settings = new GatewayServer.Settings(
        new InetSocketAddress(bind, port), workers, maxBodyBytes, maxFileBytes, auth,
        engineOptions.analyzer(), engineOptions.policy(), engineOptions.keyRing(),
        labelOptions.config());
    try (Telemetry telemetry = Telemetry.create(Topics.DEFAULT)) {
      var publisher = bootstrapServers == null ? Publishers.none()
          : Publishers.kafka(bootstrapServers, publishTopic, publishMode, producerProperties,
              publishTimeout, telemetry.registry());
      GatewayServer server;
      try {
        server = GatewayServer.start(settings, telemetry, publisher);
      } catch (IOException e) {
        publisher.close();
        throw new IllegalArgumentException("cannot listen on " + bind + ":" + port + " ("
            + e.getMessage() + "); choose another with --port");
      }
      LOG.info("serving the maskmark API on {}:{} ({} threads, policy {}, authentication {}{})",
          bind, server.port(), workers, settings.policy().name(), auth.enabled() ? "on" : "OFF",
          bootstrapServers == null ? "" : ", publishing to " + publishTopic + " " + publishMode);
      awaitShutdown(server);
      return 0;
    }
  }

  private BearerAuth auth() {
    if (noAuth) {
      if (tokenFile != null) {
        throw new IllegalArgumentException("--no-auth and --token-file exclude each other");
      }
      LOG.warn("*** AUTHENTICATION IS DISABLED (--no-auth): any client that reaches this port can "
          + "use the API. Never use this outside a trusted local machine. ***");
      return BearerAuth.DISABLED;
    }
    return BearerAuth.load(tokenFile, System.getenv(BearerAuth.TOKEN_ENV));
  }

  static void awaitShutdown(AutoCloseable server) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("shutting down");
      try {
        server.close();
      } catch (Exception e) {
        LOG.warn("shutdown: {}", e.getClass().getSimpleName());
      }
      stopped.countDown();
    }, "maskmark-shutdown"));
    stopped.await();
  }
}
