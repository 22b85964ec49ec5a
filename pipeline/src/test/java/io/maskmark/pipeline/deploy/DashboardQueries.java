package io.maskmark.pipeline.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.pipeline.record.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PromQL queries of the Grafana dashboard, each with the row it sits in, as Grafana sends
 * them (variables substituted for "All" jobs and a 5 minute range). The pipeline and the gateway
 * are separate processes, so each integration test checks the rows its process feeds.
 */
public final class DashboardQueries {

  /** The row of the dashboard fed by {@code maskmark serve} and {@code maskmark proxy}. */
  public static final String GATEWAY_ROW = "Gateway";
  /** Variable queries count as a row of their own, fed by every process. */
  public static final String VARIABLES = "variables";

  public record Query(String row, String promql) {
  }

  private DashboardQueries() {
  }

  public static List<Query> load() throws IOException {
    JsonNode dashboard = Json.MAPPER.readTree(
        RepoFiles.deploy("grafana/dashboards/maskmark.json").toFile());
    List<Query> out = new ArrayList<>();
    String row = "";
    for (JsonNode p : dashboard.path("panels")) {
      if (p.path("type").asText().equals("row")) {
        row = p.path("title").asText();
      }
      for (JsonNode t : p.path("targets")) {
        out.add(new Query(row, forPrometheus(t.path("expr").asText())));
      }
    }
    for (JsonNode variable : dashboard.path("templating").path("list")) {
      JsonNode q = variable.path("query");
      String text = q.isObject() ? q.path("query").asText() : q.asText();
      Matcher m = Pattern.compile("label_values\\((\\w+),\\s*(\\w+)\\)").matcher(text);
      if (variable.path("type").asText().equals("query")) {
        assertTrue(m.matches(), "unsupported variable query: " + text);
        out.add(new Query(VARIABLES, "group by (" + m.group(2) + ") (" + m.group(1) + ")"));
      }
    }
    return out;
  }

  /** The queries of every row but the gateway's, and the variables. */
  public static List<Query> pipeline() throws IOException {
    return load().stream().filter(q -> !q.row().equals(GATEWAY_ROW)).toList();
  }

  public static List<Query> gateway() throws IOException {
    return load().stream().filter(q -> q.row().equals(GATEWAY_ROW)).toList();
  }

  /** Queries that fail to parse or return no series, with the reason; empty when all have data. */
  public static List<String> withoutData(PrometheusProcess prometheus, List<Query> queries)
      throws IOException, InterruptedException {
    List<String> failures = new ArrayList<>();
    for (Query q : queries) {
      JsonNode r = prometheus.query(q.promql());
      if (!"success".equals(r.path("status").asText())) {
        failures.add(q.promql() + " -> " + r.path("error").asText());
      } else if (r.path("data").path("result").isEmpty()) {
        failures.add(q.promql() + " -> no series");
      }
    }
    return failures;
  }

  /** What Grafana substitutes before sending a query, for "All" jobs and a 5 minute range. */
  private static String forPrometheus(String q) {
    String s = q.replace("$__rate_interval", "30s").replace("$__interval", "15s")
        .replace("$__range", "5m").replace("$job", ".+");
    assertFalse(s.contains("$"), "unknown Grafana variable in " + q);
    return s;
  }
}
