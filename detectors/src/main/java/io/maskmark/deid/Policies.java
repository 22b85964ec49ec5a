package io.maskmark.deid;

import io.maskmark.deid.keys.KeyRing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads policies: a built-in one by name, or a YAML file (see {@link PolicyLoader} for the
 * format). Keyed operators are bound to {@code keys} at load time, so a policy that needs a key
 * and has none fails here, at startup, not on the first record.
 */
public final class Policies {

  /** The stream's default: PIPL 去标识化 (masking plus keyed pseudonyms). */
  public static final String DEFAULT = "pipl-deidentify";

  /** Built-in policies, in {@code src/main/resources/io/maskmark/deid/policies/}. */
  public static final List<String> BUILT_IN = List.of("pipl-deidentify", "gdpr-pseudonymise",
      "anonymise", "training-data", "support-mask", "tags");

  private Policies() {
  }

  /**
   * A built-in policy by name, else a policy file by path.
   *
   * @param keys the key ring for keyed operators, or null when none is configured
   */
  public static Policy load(String nameOrFile, KeyRing keys) {
    if (BUILT_IN.contains(nameOrFile)) {
      return builtIn(nameOrFile, keys);
    }
    Path p = Path.of(nameOrFile);
    if (!Files.isRegularFile(p)) {
      throw new PolicyException("policy '" + nameOrFile + "'", 0, "",
          "neither a built-in policy (" + String.join(", ", BUILT_IN) + ") nor a file");
    }
    return fromFile(p, keys);
  }

  public static Policy builtIn(String name, KeyRing keys) {
    return PolicyLoader.load(builtInYaml(name).getBytes(StandardCharsets.UTF_8),
        "built-in policy " + name + ".yaml", keys);
  }

  /** The YAML of a built-in policy: a starting point for your own. */
  public static String builtInYaml(String name) {
    if (!BUILT_IN.contains(name)) {
      throw new IllegalArgumentException("no built-in policy '" + name + "' (built-in: "
          + String.join(", ", BUILT_IN) + ")");
    }
    try (InputStream in = Policies.class.getResourceAsStream("policies/" + name + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("built-in policy " + name + " missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Policy fromFile(Path file, KeyRing keys) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new PolicyException("policy file " + file, 0, "", "cannot be read ("
          + e.getClass().getSimpleName() + ")");
    }
    return PolicyLoader.load(bytes, "policy file " + file, keys);
  }

  /** Parses policy YAML; {@code source} names it in error messages. */
  public static Policy parse(String yaml, String source, KeyRing keys) {
    return PolicyLoader.load(yaml.getBytes(StandardCharsets.UTF_8), source, keys);
  }
}
