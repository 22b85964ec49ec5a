package io.maskmark.pipeline.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The rules of deploy/prometheus/alerts.yml checked against a running Prometheus: each expression
 * must parse, and each series it watches must have data, or the alert can never fire. Each
 * integration test checks the groups for what it runs (the stream or the gateway).
 */
public final class AlertRules {

  /** How many alerts were checked, and what is wrong with them. */
  public record Check(int alerts, List<String> failures) {
  }

  private AlertRules() {
  }

  public static Check check(PrometheusProcess prometheus, Predicate<String> groups) throws Exception {
    JsonNode rules = new YAMLMapper().readTree(RepoFiles.deploy("prometheus/alerts.yml").toFile());
    List<String> failures = new ArrayList<>();
    int alerts = 0;
    for (JsonNode group : rules.path("groups")) {
      if (!groups.test(group.path("name").asText())) {
        continue;
      }
      for (JsonNode rule : group.path("rules")) {
        alerts += rule.has("alert") ? 1 : 0;
        String name = rule.has("alert") ? rule.path("alert").asText() : rule.path("record").asText();
        String expr = rule.path("expr").asText();
        JsonNode whole = prometheus.query(expr);
        if (!"success".equals(whole.path("status").asText())) {
          failures.add(name + ": " + whole.path("error").asText());
          continue;
        }
        for (String operand : PromQl.watchedOperands(expr)) {
          if (prometheus.series(operand).isEmpty()) {
            failures.add(name + " watches " + operand + ", which has no series");
          }
        }
      }
    }
    return new Check(alerts, failures);
  }
}
