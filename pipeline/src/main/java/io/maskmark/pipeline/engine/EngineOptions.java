package io.maskmark.pipeline.engine;

import io.maskmark.deid.Policies;
import io.maskmark.deid.Policy;
import io.maskmark.deid.keys.KeyRing;
import io.maskmark.detect.Analyzer;
import io.maskmark.detect.Detectors;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Command-line options that choose the engine, shared by every command that detects: the
 * detector chain, and for commands that de-identify, the policy and the key ring.
 */
public final class EngineOptions {

  /** Environment variable naming the key file when no key option is given. */
  public static final String KEY_FILE_ENV = "MASKMARK_KEY_FILE";

  @Option(names = "--detectors", split = ",", paramLabel = "NAME",
      description = "Detector chain, comma separated (default: ${DEFAULT-VALUE}). "
          + "`maskmark detectors` lists what is available.")
  List<String> detectors = Detectors.DEFAULT_CHAIN;

  @ArgGroup(validate = false, heading = "%nDe-identification (redact and the stream):%n")
  Deid deid = new Deid();

  static final class Deid {
    @Option(names = "--policy", paramLabel = "NAME|FILE",
        description = "Built-in policy (pipl-deidentify, gdpr-pseudonymise, anonymise, "
            + "training-data, support-mask, tags) or a policy YAML file. Default: ${DEFAULT-VALUE}.")
    String policy = Policies.DEFAULT;

    @Option(names = "--key-file", paramLabel = "FILE",
        description = "Key ring for keyed operators (hash, encrypt, keyed surrogates); repeat "
            + "to add older rings, the first file's primary key is used. Default: $"
            + KEY_FILE_ENV + ". Create one with `maskmark keygen --out FILE`.")
    List<Path> keyFiles;

    @Option(names = "--key-env", paramLabel = "VAR",
        description = "Read the key ring from this environment variable (the key file's JSON, "
            + "or its base64).")
    String keyEnv;
  }

  public List<String> detectors() {
    return detectors;
  }

  public Analyzer analyzer() {
    return Detectors.analyzer(detectors);
  }

  /** The configured key ring, or null when none is given (keyless policies need none). */
  public KeyRing keyRing() {
    return keyRing(deid.keyFiles, deid.keyEnv);
  }

  /** Loads and validates the policy, binding its keyed operators to the key ring. */
  public Policy policy() {
    return Policies.load(deid.policy, keyRing());
  }

  public Engine build() {
    return new Engine(analyzer(), policy());
  }

  /**
   * Key files, then the environment variable; with neither, the file named by
   * {@value #KEY_FILE_ENV}; null when nothing is configured.
   */
  public static KeyRing keyRing(List<Path> files, String envVariable) {
    KeyRing ring = null;
    if (files != null && !files.isEmpty()) {
      ring = KeyRing.load(files);
    }
    if (envVariable != null) {
      KeyRing env = KeyRing.fromEnvironment(envVariable);
      ring = ring == null ? env : ring.merge(env);
    }
    if (ring == null) {
      String file = System.getenv(KEY_FILE_ENV);
      if (file != null && !file.isBlank()) {
        ring = KeyRing.load(Path.of(file.strip()));
      }
    }
    return ring;
  }
}
