package io.maskmark.pipeline.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.maskmark.pipeline.cli.Main;
import io.maskmark.pipeline.config.PipelineConfig;
import io.maskmark.pipeline.metrics.HealthHandlers;
import io.maskmark.pipeline.metrics.MetricsServer;
import io.maskmark.pipeline.record.EnvelopeParser;
import io.maskmark.pipeline.record.Json;
import io.maskmark.pipeline.topology.Topics;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Static checks of deploy/ and docker-compose.yml (no Docker engine runs on the build machines):
 * the files parse, everything they mount or copy exists, commands are valid {@code maskmark}
 * command lines, and ports, paths, service names, topics and settings agree with the pipeline's
 * own defaults.
 */
class DeployFilesTest {

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Path ROOT = RepoFiles.root();
  private static final int METRICS_PORT = PipelineConfig.defaults().getInt("metrics.port");

  private static JsonNode yaml(String relative) throws IOException {
    JsonNode n = YAML.readTree(ROOT.resolve(relative).toFile());
    assertNotNull(n, relative + " is empty");
    return n;
  }

  // --- the pipeline's side of the contract -------------------------------------------------------

  @Test
  void metricsPortIsTheSameEverywhereInThePipeline() {
    assertEquals(9464, METRICS_PORT);
    assertEquals(METRICS_PORT, MetricsServer.DEFAULT_PORT);
    String demoDefault = Main.commandLine().getSubcommands().get("demo").getCommandSpec()
        .findOption("--metrics-port").defaultValue();
    assertEquals(Integer.toString(METRICS_PORT), demoDefault);
  }

  /** Parses a command line of the image with the real CLI (throws on an unknown option). */
  private static ParseResult maskmark(List<String> args) {
    return Main.commandLine().parseArgs(args.toArray(String[]::new));
  }

  private static String optionValue(ParseResult top, String option) {
    ParseResult sub = top.subcommand();
    assertNotNull(sub, "no subcommand in " + top.originalArgs());
    return sub.matchedOptionValue(option, (Object) null) == null ? null
        : sub.matchedOptionValue(option, (Object) null).toString();
  }

  private static PipelineConfig loadConfig(Path file, Map<String, String> env) throws IOException {
    return PipelineConfig.load(file, env); // unknown keys and bad values throw
  }

  private static void assertDefaultTopicsAndPort(PipelineConfig c, String where) {
    assertEquals(Topics.DEFAULT, c.topics(), "topics in " + where);
    assertEquals(METRICS_PORT, c.getInt("metrics.port"), "metrics.port in " + where);
  }

  // --- Dockerfile --------------------------------------------------------------------------------

  @Test
  void dockerfileBuildsWithMavenRunsTheJarAsNonRootAndExposesMetrics() throws IOException {
    List<String> lines = dockerfile();
    assertTrue(lines.stream().anyMatch(l -> l.matches("FROM maven:3\\.9-eclipse-temurin-17 AS build")));
    assertTrue(lines.stream().anyMatch(l -> l.equals("FROM eclipse-temurin:17-jre")));
    assertTrue(lines.stream().anyMatch(l -> l.contains("mvn -B -DskipTests package")));
    for (String l : lines) {
      if (l.startsWith("COPY ") && !l.contains("--from=")) {
        String[] parts = l.split("\\s+");
        for (int i = 1; i < parts.length - 1; i++) {
          assertTrue(Files.exists(ROOT.resolve(parts[i])), "COPY source missing: " + parts[i]);
        }
      }
    }
    assertTrue(lines.contains("COPY --from=build /src/pipeline/target/maskmark.jar /opt/maskmark/maskmark.jar"));
    assertTrue(lines.contains("COPY --from=build /src/pipeline/target/lib/ /opt/maskmark/lib/"));
    String pom = Files.readString(ROOT.resolve("pipeline/pom.xml"));
    assertTrue(pom.contains("<finalName>maskmark</finalName>") && pom.contains("<classpathPrefix>lib/</classpathPrefix>"),
        "the image layout follows the pipeline's jar name and manifest class path");
    assertEquals(List.of("USER 10001:10001"), lines.stream().filter(l -> l.startsWith("USER")).toList());
    assertEquals(List.of("EXPOSE " + METRICS_PORT), lines.stream().filter(l -> l.startsWith("EXPOSE")).toList());
    ParseResult cmd = maskmark(dockerCmd());
    assertEquals("run", cmd.subcommand().commandSpec().name());
    String config = optionValue(cmd, "--config");
    assertTrue(lines.contains("COPY deploy/maskmark.properties " + config),
        "the image's default configuration is where CMD reads it");
    assertDefaultTopicsAndPort(loadConfig(ROOT.resolve("deploy/maskmark.properties"), Map.of()),
        "deploy/maskmark.properties");
    assertTrue(Files.isRegularFile(ROOT.resolve("deploy/Dockerfile.dockerignore")));
  }

  private static List<String> dockerfile() throws IOException {
    return Files.readAllLines(ROOT.resolve("deploy/Dockerfile")).stream().map(String::trim)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  private static List<String> dockerCmd() throws IOException {
    String cmd = dockerfile().stream().filter(l -> l.startsWith("CMD ")).findFirst().orElseThrow();
    List<String> args = new ArrayList<>();
    for (JsonNode a : Json.MAPPER.readTree(cmd.substring(4))) {
      args.add(a.asText());
    }
    return args;
  }

  // --- docker-compose.yml ------------------------------------------------------------------------

  @Test
  void composeMountsExistingFilesAndItsServicesAgree() throws IOException {
    JsonNode services = yaml("docker-compose.yml").path("services");
    for (String s : List.of("kafka", "pipeline", "traffic", "prometheus", "grafana")) {
      assertTrue(services.has(s), "service " + s);
    }
    Map<String, String> mounts = new HashMap<>(); // container path -> repository path
    for (var e : services.properties()) {
      for (JsonNode v : e.getValue().path("volumes")) {
        String[] parts = v.asText().split(":");
        assertTrue(parts[0].startsWith("./"), "bind mounts come from the repository: " + v);
        Path source = ROOT.resolve(parts[0].substring(2)).normalize();
        assertTrue(Files.exists(source), e.getKey() + " mounts a missing path: " + parts[0]);
        mounts.put(e.getKey() + ":" + parts[1], parts[0].substring(2));
      }
    }
    JsonNode kafkaEnv = services.path("kafka").path("environment");
    assertTrue(services.path("kafka").path("image").asText().matches("apache/kafka:4\\.\\d+\\.\\d+"));
    assertEquals("broker,controller", kafkaEnv.path("KAFKA_PROCESS_ROLES").asText(), "KRaft, one node");

    // The pipeline: built from deploy/Dockerfile, a valid `maskmark run`, valid settings.
    JsonNode pipeline = services.path("pipeline");
    assertEquals(".", pipeline.path("build").path("context").asText());
    assertTrue(Files.isRegularFile(ROOT.resolve(pipeline.path("build").path("dockerfile").asText())));
    List<String> command = new ArrayList<>();
    pipeline.path("command").forEach(a -> command.add(a.asText()));
    ParseResult run = maskmark(command);
    assertEquals("run", run.subcommand().commandSpec().name());
    String configPath = optionValue(run, "--config");
    String configSource = mounts.get("pipeline:" + configPath);
    assertNotNull(configSource, "the --config file is mounted into the pipeline container");
    Map<String, String> env = new HashMap<>();
    pipeline.path("environment").properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
    PipelineConfig config = loadConfig(ROOT.resolve(configSource), env);
    assertDefaultTopicsAndPort(config, "the compose pipeline");
    assertEquals(List.of(METRICS_PORT + ":" + METRICS_PORT), texts(pipeline.path("ports")));

    // The pipeline reaches Kafka on the listener Kafka advertises inside the network.
    String bootstrap = config.get("bootstrap.servers");
    assertTrue(services.has(bootstrap.split(":")[0]), "bootstrap host is a service: " + bootstrap);
    assertTrue(kafkaEnv.path("KAFKA_ADVERTISED_LISTENERS").asText().contains("://" + bootstrap),
        "kafka advertises " + bootstrap);
    assertTrue(Boolean.parseBoolean(run.subcommand().matchedOptionValue("--create-topics", false).toString()));
    int partitions = run.subcommand().matchedOptionValue("--partitions", 0);

    // Sample traffic: the same topics and partitions, valid records.
    String traffic = Files.readString(ROOT.resolve(mounts.get("traffic:/traffic")).resolve("traffic.sh"));
    assertTrue(traffic.contains("for topic in " + String.join(" ", Topics.DEFAULT.all()) + ";"));
    assertTrue(traffic.contains("--partitions " + partitions));
    assertTrue(traffic.contains("--topic " + Topics.DEFAULT.raw() + " < /traffic/raw.jsonl"));
    assertTrue(traffic.contains("--topic " + Topics.DEFAULT.generated() + " < /traffic/generated.jsonl"));
    EnvelopeParser parser = new EnvelopeParser(config.getInt("max.input.bytes"));
    for (String file : List.of("raw.jsonl", "generated.jsonl")) {
      List<String> records = Files.readAllLines(ROOT.resolve("deploy/compose").resolve(file));
      assertFalse(records.isEmpty());
      for (String r : records) {
        parser.parse(r.getBytes(StandardCharsets.UTF_8), null, "sample"); // throws when invalid
      }
    }

    // Prometheus reads the repository's configuration and scrapes the pipeline service.
    JsonNode prom = services.path("prometheus");
    String configFile = texts(prom.path("command")).stream()
        .filter(a -> a.startsWith("--config.file=")).findFirst().orElseThrow().substring(14);
    String promDir = mounts.get("prometheus:" + Path.of(configFile).getParent());
    assertEquals("deploy/prometheus", promDir);
    JsonNode promConfig = yaml(promDir + "/" + Path.of(configFile).getFileName());
    List<String> targets = new ArrayList<>();
    for (JsonNode job : promConfig.path("scrape_configs")) {
      if (job.path("job_name").asText().equals("maskmark")) {
        assertEquals(HealthHandlers.METRICS, job.path("metrics_path").asText(HealthHandlers.METRICS));
        job.path("static_configs").forEach(sc -> targets.addAll(texts(sc.path("targets"))));
      }
    }
    assertEquals(List.of("pipeline:" + METRICS_PORT), targets);
    for (JsonNode rules : promConfig.path("rule_files")) {
      assertTrue(Files.isRegularFile(ROOT.resolve(promDir).resolve(rules.asText())));
    }

    // Grafana: provisioning and dashboards mounted where the provisioning files say.
    JsonNode grafana = services.path("grafana");
    assertEquals("deploy/grafana/provisioning", mounts.get("grafana:/etc/grafana/provisioning"));
    JsonNode datasources = yaml("deploy/grafana/provisioning/datasources/prometheus.yml");
    assertEquals("http://prometheus:9090", datasources.path("datasources").get(0).path("url").asText());
    assertTrue(texts(prom.path("ports")).contains("9090:9090"));
    assertEquals(promConfig.path("global").path("scrape_interval").asText(),
        datasources.path("datasources").get(0).path("jsonData").path("timeInterval").asText());
    JsonNode providers = yaml("deploy/grafana/provisioning/dashboards/maskmark.yml");
    String dashboardsDir = providers.path("providers").get(0).path("options").path("path").asText();
    assertEquals("deploy/grafana/dashboards", mounts.get("grafana:" + dashboardsDir));
    String home = grafana.path("environment").path("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH").asText();
    assertTrue(home.startsWith(dashboardsDir + "/"));
    assertTrue(Files.isRegularFile(ROOT.resolve("deploy/grafana/dashboards")
        .resolve(home.substring(dashboardsDir.length() + 1))));
  }

  @Test
  void dashboardUsesItsDatasourceVariableEverywhere() throws IOException {
    JsonNode d = Json.MAPPER.readTree(ROOT.resolve("deploy/grafana/dashboards/maskmark.json").toFile());
    assertEquals("maskmark-overview", d.path("uid").asText());
    JsonNode ds = d.path("templating").path("list").get(0);
    assertEquals("datasource", ds.path("type").asText());
    assertEquals("prometheus", ds.path("query").asText());
    List<Integer> ids = new ArrayList<>();
    for (JsonNode p : d.path("panels")) {
      ids.add(p.path("id").asInt());
      if (!p.path("type").asText().equals("row")) {
        assertEquals("${datasource}", p.path("datasource").path("uid").asText(), p.path("title").asText());
        assertFalse(p.path("targets").isEmpty(), p.path("title").asText());
      }
    }
    assertEquals(ids.size(), ids.stream().distinct().count(), "panel ids are unique");
  }

  // --- Kubernetes --------------------------------------------------------------------------------

  @Test
  void kubernetesManifestsAgreeWithEachOtherAndWithThePipeline() throws IOException {
    JsonNode kustomization = yaml("deploy/kubernetes/kustomization.yaml");
    for (JsonNode r : kustomization.path("resources")) {
      assertTrue(Files.isRegularFile(ROOT.resolve("deploy/kubernetes").resolve(r.asText())), r.asText());
    }
    JsonNode configMap = yaml("deploy/kubernetes/configmap.yaml");
    JsonNode secret = yaml("deploy/kubernetes/secret.yaml");
    JsonNode deployment = yaml("deploy/kubernetes/deployment.yaml");
    JsonNode service = yaml("deploy/kubernetes/service.yaml");
    JsonNode podMonitor = yaml("deploy/kubernetes/podmonitor.yaml");
    assertEquals("ConfigMap", configMap.path("kind").asText());
    assertEquals("Secret", secret.path("kind").asText());
    assertEquals("Deployment", deployment.path("kind").asText());
    assertEquals("Service", service.path("kind").asText());
    assertEquals("PodMonitor", podMonitor.path("kind").asText());

    JsonNode pod = deployment.path("spec").path("template");
    JsonNode podLabels = pod.path("metadata").path("labels");
    assertContains(podLabels, deployment.path("spec").path("selector").path("matchLabels"), "deployment selector");
    JsonNode container = pod.path("spec").path("containers").get(0);

    // Settings: the ConfigMap holds a valid configuration that run reads from the mounted volume.
    String configFile = optionValue(maskmark(texts(container.path("args"))), "--config");
    Path configPath = Path.of(configFile);
    JsonNode configVolume = volumeMountedAt(pod, container, configPath.getParent().toString());
    assertEquals(configMap.path("metadata").path("name").asText(), configVolume.path("configMap").path("name").asText());
    String properties = configMap.path("data").path(configPath.getFileName().toString()).asText();
    assertFalse(properties.isEmpty(), "the ConfigMap has the --config file as a key");
    Properties p = new Properties();
    p.load(new StringReader(properties));
    Map<String, String> settings = new HashMap<>();
    p.stringPropertyNames().forEach(k -> settings.put(k, p.getProperty(k)));
    PipelineConfig config = PipelineConfig.of(settings, Map.of());
    assertDefaultTopicsAndPort(config, "configmap.yaml");

    // Keys: key.file points into the Secret's volume, at one of its keys.
    Path keyFile = Path.of(config.get("key.file"));
    JsonNode keysVolume = volumeMountedAt(pod, container, keyFile.getParent().toString());
    assertEquals(secret.path("metadata").path("name").asText(), keysVolume.path("secret").path("secretName").asText());
    assertTrue(secret.path("stringData").has(keyFile.getFileName().toString())
        || secret.path("data").has(keyFile.getFileName().toString()), "the Secret holds " + keyFile.getFileName());

    // Every mount names a volume.
    for (JsonNode m : container.path("volumeMounts")) {
      volumeNamed(pod, m.path("name").asText());
    }

    // Ports and probes.
    JsonNode port = container.path("ports").get(0);
    assertEquals("metrics", port.path("name").asText());
    assertEquals(METRICS_PORT, port.path("containerPort").asInt());
    assertEquals(HealthHandlers.HEALTH, container.path("livenessProbe").path("httpGet").path("path").asText());
    assertEquals(HealthHandlers.READY, container.path("readinessProbe").path("httpGet").path("path").asText());
    for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
      assertEquals("metrics", container.path(probe).path("httpGet").path("port").asText(), probe);
    }
    JsonNode annotations = pod.path("metadata").path("annotations");
    assertEquals("true", annotations.path("prometheus.io/scrape").asText());
    assertEquals(Integer.toString(METRICS_PORT), annotations.path("prometheus.io/port").asText());
    assertEquals(HealthHandlers.METRICS, annotations.path("prometheus.io/path").asText());

    // Replicas: at most one stream thread per input partition.
    int partitions = Integer.parseInt(Main.commandLine().getSubcommands().get("run").getCommandSpec()
        .findOption("--partitions").defaultValue());
    int replicas = deployment.path("spec").path("replicas").asInt();
    assertTrue(replicas >= 1 && replicas * config.getInt("num.stream.threads") <= partitions,
        replicas + " replicas for " + partitions + " partitions");

    // Non-root, as the image.
    JsonNode security = pod.path("spec").path("securityContext");
    assertTrue(security.path("runAsNonRoot").asBoolean());
    assertEquals(10001, security.path("runAsUser").asInt());
    assertTrue(dockerfile().contains("USER 10001:10001"));

    // Service and PodMonitor select these pods and name the metrics port.
    assertContains(podLabels, service.path("spec").path("selector"), "service selector");
    JsonNode servicePort = service.path("spec").path("ports").get(0);
    assertEquals(METRICS_PORT, servicePort.path("port").asInt());
    assertEquals("metrics", servicePort.path("targetPort").asText());
    assertContains(podLabels, podMonitor.path("spec").path("selector").path("matchLabels"), "podmonitor");
    JsonNode endpoint = podMonitor.path("spec").path("podMetricsEndpoints").get(0);
    assertEquals("metrics", endpoint.path("port").asText());
    assertEquals(HealthHandlers.METRICS, endpoint.path("path").asText());
  }

  @Test
  void prometheusRuleForTheOperatorIsAlertsYml() throws IOException {
    JsonNode rule = yaml("deploy/kubernetes/prometheusrule.yaml");
    assertEquals("PrometheusRule", rule.path("kind").asText());
    assertEquals(yaml("deploy/prometheus/alerts.yml"), rule.path("spec"));
  }

  private static JsonNode volumeMountedAt(JsonNode pod, JsonNode container, String mountPath) {
    for (JsonNode m : container.path("volumeMounts")) {
      if (m.path("mountPath").asText().equals(mountPath)) {
        return volumeNamed(pod, m.path("name").asText());
      }
    }
    return fail("nothing mounted at " + mountPath);
  }

  private static JsonNode volumeNamed(JsonNode pod, String name) {
    for (JsonNode v : pod.path("spec").path("volumes")) {
      if (v.path("name").asText().equals(name)) {
        return v;
      }
    }
    return fail("no volume named " + name);
  }

  private static void assertContains(JsonNode labels, JsonNode selector, String what) {
    assertFalse(selector.isEmpty(), what + " is empty");
    selector.properties().forEach(e ->
        assertEquals(e.getValue().asText(), labels.path(e.getKey()).asText(), what + ": " + e.getKey()));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  // --- promtool ----------------------------------------------------------------------------------

  @Test
  void promtoolAcceptsTheConfigurationAndTheRulesAndTheirUnitTests() throws Exception {
    Optional<Path> promtool = RepoFiles.executable("promtool");
    assumeTrue(promtool.isPresent(), "promtool is not installed (Debian package prometheus)");
    Path dir = ROOT.resolve("deploy/prometheus");
    promtool(promtool.get(), dir, "check", "config", "prometheus.yml");
    promtool(promtool.get(), dir, "check", "rules", "alerts.yml");
    promtool(promtool.get(), dir, "test", "rules", "alerts.test.yml");
  }

  private static void promtool(Path promtool, Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(promtool.toString());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "promtool timed out");
    assertEquals(0, p.exitValue(), "promtool " + String.join(" ", args) + ":\n" + out);
    Matcher m = Pattern.compile("SUCCESS").matcher(out);
    assertTrue(m.find(), out);
  }
}
