package io.maskmark.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds detector chains from configuration by provider name. Built detectors are cached per
 * (name, options), so models load once per process however many analyzers are built.
 */
public final class Detectors {

  /** The chain used when configuration names none. */
  public static final List<String> DEFAULT_CHAIN = List.of("structured", "zh-ner", "en-ner");

  private static final Map<String, Detector> CACHE = new ConcurrentHashMap<>();

  private Detectors() {
  }

  /** Every provider on the class path, by name. */
  public static Map<String, DetectorProvider> providers() {
    Map<String, DetectorProvider> byName = new TreeMap<>();
    for (DetectorProvider p : ServiceLoader.load(DetectorProvider.class)) {
      DetectorProvider previous = byName.putIfAbsent(p.name(), p);
      if (previous != null) {
        throw new IllegalStateException("two detector providers are named '" + p.name() + "': "
            + previous.getClass().getName() + " and " + p.getClass().getName());
      }
    }
    return byName;
  }

  public static Detector create(String name, Map<String, String> options) {
    String key = name + options;
    return CACHE.computeIfAbsent(key, k -> {
      DetectorProvider p = providers().get(name);
      if (p == null) {
        throw new IllegalArgumentException("unknown detector '" + name + "'; available: "
            + String.join(", ", providers().keySet()));
      }
      return p.create(options);
    });
  }

  /** An analyzer over the named detectors, in order, with per-type thresholds. */
  public static Analyzer analyzer(List<String> names, Map<String, Map<String, String>> options,
                                  Map<EntityType, Double> thresholds) {
    List<Detector> chain = new ArrayList<>();
    for (String n : names) {
      chain.add(create(n, options.getOrDefault(n, Map.of())));
    }
    return new Analyzer(chain, thresholds);
  }

  public static Analyzer analyzer(List<String> names) {
    return analyzer(names, Map.of(), Map.of());
  }

  public static Analyzer defaultAnalyzer() {
    return analyzer(DEFAULT_CHAIN);
  }
}
