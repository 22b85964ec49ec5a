package io.maskmark.pipeline.cli;

import io.maskmark.pipeline.engine.EngineOptions;
import io.maskmark.pipeline.label.LabelOptions;
import io.maskmark.pipeline.metrics.Telemetry;
import io.maskmark.pipeline.proxy.ProxyServer;
import io.maskmark.pipeline.topology.Topics;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code maskmark proxy}: an OpenAI-compatible labelling proxy. */
@Command(name = "proxy", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Proxy an OpenAI-compatible chat-completions server: every completion comes "
        + "back labelled (explicit label in the text, Annex E JSON in the AIGC header and the "
        + "aigc field), streamed answers chunk by chunk; prompts optionally de-identified.",
        "Point an OpenAI client's base URL at http://HOST:PORT/v1. The client's Authorization "
            + "header is forwarded to the upstream."})
final class ProxyCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ProxyCommand.class);

  @Option(names = "--upstream", required = true, paramLabel = "URL",
      description = "The upstream's base URL, as an OpenAI client takes it, e.g. "
          + "http://localhost:8000/v1 (requests to /v1/X go to URL/X).")
  URI upstream;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8081",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "0.0.0.0",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--redact-prompts",
      description = "De-identify the text of prompts (see --redact-roles) with --policy before "
          + "they leave.")
  boolean redactPrompts;

  @Option(names = "--redact-roles", split = ",", paramLabel = "ROLE",
      defaultValue = "system,developer,user",
      description = "Message roles whose text is de-identified (default: ${DEFAULT-VALUE}).")
  List<String> redactRoles;

  @Mixin
  EngineOptions engineOptions;

  @Mixin
  LabelOptions labelOptions;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "64",
      description = "Worker threads; a streamed answer holds one while it lasts "
          + "(default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--upstream-timeout", paramLabel = "DURATION", defaultValue = "PT10M",
      description = "How long to wait for the upstream's response headers (ISO-8601). "
          + "Default: ${DEFAULT-VALUE}.")
  Duration upstreamTimeout;

  @Option(names = "--connect-timeout", paramLabel = "DURATION", defaultValue = "PT10S",
      description = "Connection timeout to the upstream. Default: ${DEFAULT-VALUE}.")
  Duration connectTimeout;

  @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "8388608",
      description = "Largest request accepted (413 beyond). Default: ${DEFAULT-VALUE}.")
  int maxRequestBytes;

  @Option(names = "--max-response-bytes", paramLabel = "N", defaultValue = "33554432",
      description = "Largest non-streamed upstream response relayed (502 beyond). "
          + "Default: ${DEFAULT-VALUE}.")
  int maxResponseBytes;

  @Override
  public Integer call() throws Exception {
    if (threads < 1 || maxRequestBytes < 1 || maxResponseBytes < 1) {
      throw new IllegalArgumentException("--threads and the byte limits must be positive");
    }
    ProxyServer.Settings settings = new ProxyServer.Settings(new InetSocketAddress(host, port),
        threads, upstream, connectTimeout, upstreamTimeout, maxRequestBytes, maxResponseBytes,
        labelOptions.config(), redactPrompts ? engineOptions.build() : null,
        new LinkedHashSet<>(redactRoles));
    try (Telemetry telemetry = Telemetry.create(Topics.DEFAULT)) {
      ProxyServer server;
      try {
        server = ProxyServer.start(settings, telemetry);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot listen on " + host + ":" + port + " ("
            + e.getMessage() + "); choose another with --port");
      }
      LOG.info("proxying OpenAI-compatible requests on {}:{} to {} (prompt redaction {})", host,
          server.port(), upstream.getScheme() + "://" + upstream.getHost()
              + (upstream.getPort() < 0 ? "" : ":" + upstream.getPort()) + upstream.getPath(),
          redactPrompts ? "on, policy " + settings.redactor().policy()
              .name() : "off");
      ServeCommand.awaitShutdown(server);
      return 0;
    }
  }
}
