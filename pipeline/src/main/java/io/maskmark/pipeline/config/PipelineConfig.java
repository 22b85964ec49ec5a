package io.maskmark.pipeline.config;

import io.maskmark.detect.Detectors;
import io.maskmark.pipeline.topology.Topics;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Pipeline settings from a properties file, overridden by environment variables
 * ({@code MASKMARK_TOPICS_RAW} sets {@code topics.raw}; {@code MASKMARK_KAFKA_SASL_MECHANISM}
 * sets the Kafka property {@code sasl.mechanism}). Keys under {@code kafka.} pass through to the
 * Kafka Streams, producer and consumer configuration unchanged. Unknown keys are errors, so a typo
 * stops start-up instead of being ignored.
 */
public final class PipelineConfig {

  public static final String KAFKA_PREFIX = "kafka.";

  private static final Map<String, String> DEFAULTS = Map.ofEntries(
      Map.entry("application.id", "maskmark"),
      Map.entry("bootstrap.servers", "localhost:9092"),
      Map.entry("topics.raw", Topics.DEFAULT.raw()),
      Map.entry("topics.generated", Topics.DEFAULT.generated()),
      Map.entry("topics.redacted", Topics.DEFAULT.redacted()),
      Map.entry("topics.dlq", Topics.DEFAULT.dlq()),
      Map.entry("detectors", String.join(",", Detectors.DEFAULT_CHAIN)),
      Map.entry("policy", io.maskmark.deid.Policies.DEFAULT),
      Map.entry("processing.guarantee", "exactly_once_v2"),
      Map.entry("num.stream.threads", "1"),
      Map.entry("max.input.bytes", Integer.toString(20 * 1024 * 1024)),
      Map.entry("document.max.chars", "5000000"),
      Map.entry("document.parse.timeout.ms", "60000"),
      Map.entry("detect.timeout.ms", "30000"),
      Map.entry("metrics.port", "9464"));

  /** Settings without a default value. */
  private static final Set<String> OPTIONAL = Set.of("key.file", "dlq.key.file",
      "label.service-code", "label.role", "label.explicit.enabled", "label.explicit.position",
      "label.explicit.language", "label.explicit.wording.zh", "label.explicit.wording.en",
      "label.digital-source-type", "label.signing-key-file");

  private final Map<String, String> values;

  private PipelineConfig(Map<String, String> values) {
    this.values = values;
  }

  public static PipelineConfig defaults() {
    return of(Map.of(), Map.of());
  }

  /** Reads a properties file (UTF-8) and applies {@code env} overrides. */
  public static PipelineConfig load(Path file, Map<String, String> env) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("configuration file not found: " + file);
    }
    Map<String, String> fileValues = new HashMap<>();
    p.stringPropertyNames().forEach(k -> fileValues.put(k.trim(), p.getProperty(k).trim()));
    return of(fileValues, env);
  }

  public static PipelineConfig of(Map<String, String> settings, Map<String, String> env) {
    Map<String, String> v = new TreeMap<>(DEFAULTS);
    settings.forEach((k, val) -> v.put(check(k, "configuration"), val));
    env.forEach((k, val) -> {
      if (k.startsWith(ENV_PREFIX) && !NOT_SETTINGS.contains(k)) {
        v.put(envKey(k), val);
      }
    });
    PipelineConfig c = new PipelineConfig(v);
    c.validate();
    return c;
  }

  private static final String ENV_PREFIX = "MASKMARK_";

  /** MASKMARK_* variables that are not settings. */
  private static final Set<String> NOT_SETTINGS = Set.of("MASKMARK_LOG_LEVEL", "MASKMARK_JAVA_OPTS",
      "MASKMARK_REBUILD", "MASKMARK_API_TOKEN");

  /**
   * The setting an environment variable names: {@code MASKMARK_LABEL_SERVICE_CODE} is
   * {@code label.service-code} (known settings are matched with '.' and '-' read as '_');
   * {@code MASKMARK_KAFKA_SASL_MECHANISM} is the Kafka property {@code kafka.sasl.mechanism}.
   */
  private static String envKey(String variable) {
    String name = variable.substring(ENV_PREFIX.length());
    for (String known : knownKeys()) {
      if (known.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_').equals(name)) {
        return known;
      }
    }
    if (name.startsWith("KAFKA_")) {
      return KAFKA_PREFIX + name.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }
    throw new IllegalArgumentException("unknown setting in environment variable " + variable
        + "; known settings: " + String.join(", ", knownKeys()) + ", kafka.*");
  }

  private static List<String> knownKeys() {
    List<String> keys = new java.util.ArrayList<>(DEFAULTS.keySet());
    keys.addAll(OPTIONAL);
    keys.sort(null);
    return keys;
  }

  private static String check(String key, String where) {
    if (!DEFAULTS.containsKey(key) && !OPTIONAL.contains(key) && !key.startsWith(KAFKA_PREFIX)) {
      throw new IllegalArgumentException("unknown setting '" + key + "' in " + where
          + "; known settings: " + String.join(", ", knownKeys()) + ", kafka.*");
    }
    return key;
  }

  private void validate() {
    positive("num.stream.threads");
    positive("max.input.bytes");
    positive("document.max.chars");
    positive("document.parse.timeout.ms");
    positive("detect.timeout.ms");
    positive("metrics.port");
    String g = get("processing.guarantee");
    if (!List.of("exactly_once_v2", "at_least_once").contains(g)) {
      throw new IllegalArgumentException("processing.guarantee must be exactly_once_v2 or "
          + "at_least_once, not '" + g + "'");
    }
  }

  private void positive(String key) {
    try {
      if (Integer.parseInt(get(key)) > 0) {
        return;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(key + " must be a positive integer");
  }

  public String get(String key) {
    return values.get(key);
  }

  public boolean has(String key) {
    String v = values.get(key);
    return v != null && !v.isBlank();
  }

  public int getInt(String key) {
    return Integer.parseInt(get(key));
  }

  public PipelineConfig with(String key, String value) {
    Map<String, String> v = new TreeMap<>(values);
    v.put(check(key, "override"), value);
    PipelineConfig c = new PipelineConfig(v);
    c.validate();
    return c;
  }

  public Topics topics() {
    return new Topics(get("topics.raw"), get("topics.generated"), get("topics.redacted"),
        get("topics.dlq"));
  }

  public List<String> detectors() {
    return Arrays.stream(get("detectors").split(",")).map(String::trim)
        .filter(s -> !s.isEmpty()).toList();
  }

  /** The {@code label.*} settings as the label library's {@code maskmark.label.*} properties. */
  public Properties labeling() {
    Properties p = new Properties();
    values.forEach((key, val) -> {
      if (key.startsWith("label.")) {
        p.setProperty("maskmark." + key, val);
      }
    });
    return p;
  }

  /** The pass-through Kafka properties, prefix removed. */
  public Map<String, String> kafka() {
    Map<String, String> k = new TreeMap<>();
    values.forEach((key, val) -> {
      if (key.startsWith(KAFKA_PREFIX)) {
        k.put(key.substring(KAFKA_PREFIX.length()), val);
      }
    });
    return k;
  }

  /** The settings for a configuration dump, with every secret-looking value hidden. */
  public Map<String, String> redactedView() {
    Map<String, String> view = new TreeMap<>();
    values.forEach((k, v) -> view.put(k, secret(k) ? "[hidden]" : v));
    return view;
  }

  private static boolean secret(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    // Kafka's own (sasl.jaas.config, ssl.*password, ssl.keystore.key, oauthbearer client secret
    // and key passphrase) and those of serializers configured through kafka.* (the Schema
    // Registry's basic.auth.user.info is "user:password").
    return k.contains("password") || k.contains("jaas") || k.contains("secret")
        || k.contains("token") || k.contains("credential") || k.contains("passphrase")
        || k.endsWith("user.info") || k.contains("key") && !k.endsWith("key.file");
  }
}
