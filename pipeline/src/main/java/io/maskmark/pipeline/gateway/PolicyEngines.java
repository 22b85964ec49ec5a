package io.maskmark.pipeline.gateway;

import io.maskmark.deid.Policies;
import io.maskmark.deid.Policy;
import io.maskmark.deid.keys.KeyRing;
import io.maskmark.detect.Analyzer;
import io.maskmark.pipeline.engine.Engine;
import io.maskmark.pipeline.http.HttpError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engines a request can choose by policy name: the server's default policy (a built-in or a
 * file given at start-up) and the built-in policies. Each policy is loaded once, on first use,
 * and cached, failures included. A request cannot name a file: that would let clients read the
 * server's files.
 */
final class PolicyEngines {

  private final Analyzer analyzer;
  private final KeyRing keys;
  private final Engine defaultEngine;
  private final Map<String, Engine> engines = new ConcurrentHashMap<>();
  private final Map<String, String> unavailable = new ConcurrentHashMap<>();

  PolicyEngines(Analyzer analyzer, Policy defaultPolicy, KeyRing keys) {
    this.analyzer = analyzer;
    this.keys = keys;
    this.defaultEngine = new Engine(analyzer, defaultPolicy);
    engines.put(defaultPolicy.name(), defaultEngine);
  }

  Engine defaultEngine() {
    return defaultEngine;
  }

  /** @param name a policy name from a request, or null for the default */
  Engine forName(String name) {
    if (name == null) {
      return defaultEngine;
    }
    Engine e = engines.get(name);
    if (e != null) {
      return e;
    }
    if (!Policies.BUILT_IN.contains(name)) {
      throw HttpError.badRequest("unknown_policy", "unknown policy; available: "
          + String.join(", ", names()));
    }
    String why = unavailable.get(name);
    if (why == null) {
      try {
        return engines.computeIfAbsent(name, n -> new Engine(analyzer, Policies.builtIn(n, keys)));
      } catch (IllegalArgumentException ex) {
        // e.g. a keyed policy on a server without a key ring; policy messages hold no secrets
        why = ex.getMessage();
        unavailable.put(name, why);
      }
    }
    throw HttpError.badRequest("policy_unavailable", "policy " + name
        + " cannot be used on this server: " + why);
  }

  List<String> names() {
    List<String> all = new ArrayList<>(Policies.BUILT_IN);
    if (!all.contains(defaultEngine.policy().name())) {
      all.add(0, defaultEngine.policy().name());
    }
    return all;
  }
}
