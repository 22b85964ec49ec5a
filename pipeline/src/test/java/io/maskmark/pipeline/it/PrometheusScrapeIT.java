package io.maskmark.pipeline.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.maskmark.pipeline.app.Components;
import io.maskmark.pipeline.app.KafkaClients;
import io.maskmark.pipeline.app.PipelineApp;
import io.maskmark.pipeline.broker.EmbeddedKafka;
import io.maskmark.pipeline.config.PipelineConfig;
import io.maskmark.pipeline.deploy.AlertRules;
import io.maskmark.pipeline.deploy.DashboardQueries;
import io.maskmark.pipeline.deploy.PrometheusProcess;
import io.maskmark.pipeline.deploy.RepoFiles;
import io.maskmark.pipeline.metrics.HealthHandlers;
import io.maskmark.pipeline.metrics.MetricsServer;
import io.maskmark.pipeline.metrics.Readiness;
import io.maskmark.pipeline.metrics.Telemetry;
import io.maskmark.pipeline.record.Json;
import io.maskmark.pipeline.topology.DeadLetterPayload;
import io.maskmark.pipeline.topology.Topics;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operations contract against real parts: the pipeline runs on an in-process KRaft broker
 * with traffic that touches every metric family (raw and generated records, several entity types
 * in English and Chinese, documents, dead letters), serves /metrics, and a real Prometheus scrapes
 * it and evaluates deploy/prometheus/alerts.yml. Then every query of the Grafana dashboard and
 * every series an alert watches must return data, the alert for dead letters must fire, and no
 * value planted in the input may appear in the metrics.
 */
class PrometheusScrapeIT {

  /** Planted values: they go into texts, ids, keys, headers, envelope fields; never into metrics. */
  static final List<String> PLANTED = List.of("Quentin", "Ravensworth", "13912340017",
      "13800001234", "quentin.ravensworth@example.com", "zhao.li@example.cn", "11010519491231002X",
      "110105198805123016", "planted-id-7731", "crm-export-7731", "葛优然");

  @TempDir
  static Path tmp;

  static EmbeddedKafka broker;
  static Telemetry telemetry;
  static volatile PipelineApp app;
  static MetricsServer server;
  static PrometheusProcess prometheus;
  static int inputs;
  static int generatedInputs;

  @BeforeAll
  static void runPipelineUnderPrometheus() throws Exception {
    Path binary = RepoFiles.executable("prometheus").orElse(null);
    assumeTrue(binary != null, "prometheus is not installed (Debian package prometheus)");
    Topics topics = Topics.DEFAULT;
    // Metrics and Prometheus start first, while the broker starts; until the pipeline exists
    // the process is alive but not ready.
    telemetry = Telemetry.create(topics);
    server = MetricsServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        telemetry.handlers(() -> app == null ? new Readiness.Status(false, "STARTING")
            : Readiness.of(app.streams()).check()));
    prometheus = PrometheusProcess.launch(binary, tmp, "127.0.0.1:" + server.port(),
        RepoFiles.deploy("prometheus/alerts.yml"));
    broker = EmbeddedKafka.start();
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      EmbeddedKafka.createTopics(admin, topics.all(), 2, (short) 1);
    }
    PipelineConfig config = PipelineConfig.defaults()
        .with("bootstrap.servers", broker.bootstrapServers())
        .with("application.id", "maskmark-it")
        .with("label.service-code", "TEST-PRODUCER")
        .with("key.file", TestKeys.file().toString())
        .with("kafka.commit.interval.ms", "100");
    app = PipelineApp.create(config, Components.stages(config), telemetry.pipelineMetrics(),
        DeadLetterPayload.PLAIN);
    telemetry.bind(app.streams());
    prometheus.awaitReady();
    awaitSeries("maskmark_records_in_total"); // a scrape before any record: counters start at 0
    app.start();
    produceTraffic(topics);
    awaitEveryRecordOut(topics);
    System.gc(); // the GC pause timer appears with the first collection
    awaitInPrometheus("sum(maskmark_records_out_total) + sum(maskmark_records_dead_lettered_total)",
        inputs);
    // Kafka client metrics bound after the partitions were assigned (consumer lag) come in on
    // the binder's next refresh.
    awaitSeries("kafka_consumer_fetch_manager_records_lag");
    awaitSeries("jvm_gc_pause_seconds_count");
    Thread.sleep(3000); // a few more scrapes and rule evaluations after the last change
  }

  @AfterAll
  static void stop() throws Exception {
    if (prometheus != null) {
      prometheus.close();
    }
    if (server != null) {
      server.close();
    }
    if (app != null) {
      app.close();
    }
    if (telemetry != null) {
      telemetry.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  private static void produceTraffic(Topics topics) throws Exception {
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String text = i % 2 == 0
          ? "Customer Quentin Ravensworth asked us to call 13912340017 or write to "
              + "quentin.ravensworth@example.com."
          : "客户葛优然的手机号是13800001234，身份证号11010519491231002X，邮箱zhao.li@example.cn。";
      records.add(record(topics.raw(), "key-Ravensworth-" + i, envelope("planted-id-7731-" + i,
          text, "crm-export-7731")));
    }
    // Raw content that declares itself AI-generated with an Annex E label in the envelope.
    records.add(record(topics.raw(), "k-aigc", "{\"id\":\"a1\",\"text\":\"员工110105198805123016\","
        + "\"aigc\":{\"Label\":\"1\",\"ContentProducer\":\"001191110108MA01KP2T8U00000\","
        + "\"ProduceID\":\"planted-id-7731\",\"ReservedCode1\":\"\",\"ContentPropagator\":\"\","
        + "\"PropagateID\":\"\",\"ReservedCode2\":\"\"}}"));
    for (int i = 0; i < 3; i++) {
      records.add(record(topics.generated(), "gen-" + i, envelope("gen-" + i,
          "Summary: Quentin Ravensworth can be reached at quentin.ravensworth@example.com.",
          "assistant")));
    }
    // Dead letters: a broken envelope and documents (a declared PDF that is not one, and a
    // document whose declared type is free text).
    records.add(record(topics.raw(), "broken", "{\"id\":\"planted-id-7731\",\"text\":\"Quentin"));
    byte[] notAPdf = "%PDF-1.7 Quentin Ravensworth 13912340017".getBytes(StandardCharsets.UTF_8);
    records.add(record(topics.raw(), "doc-1", "{\"id\":\"doc-1\",\"mime\":\"application/pdf\","
        + "\"content_b64\":\"" + Base64.getEncoder().encodeToString(notAPdf) + "\"}"));
    records.add(record(topics.raw(), "doc-2", "{\"id\":\"doc-2\",\"mime\":\"application/x-Ravensworth\","
        + "\"content_b64\":\"" + Base64.getEncoder().encodeToString(notAPdf) + "\"}"));
    for (ProducerRecord<byte[], byte[]> r : records) {
      r.headers().add("x-customer", "Quentin Ravensworth".getBytes(StandardCharsets.UTF_8));
    }
    inputs = records.size();
    generatedInputs = (int) records.stream().filter(r -> r.topic().equals(topics.generated())).count();
    try (KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(broker.bootstrapServers(), Map.of())) {
      for (ProducerRecord<byte[], byte[]> r : records) {
        producer.send(r);
      }
    }
  }

  private static String envelope(String id, String text, String source) throws Exception {
    return "{\"id\":\"" + id + "\",\"text\":" + Json.MAPPER.writeValueAsString(text)
        + ",\"source\":\"" + source + "\"}";
  }

  private static ProducerRecord<byte[], byte[]> record(String topic, String key, String value) {
    return new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8),
        value.getBytes(StandardCharsets.UTF_8));
  }

  private static void awaitEveryRecordOut(Topics topics) {
    try (KafkaConsumer<byte[], byte[]> reader = KafkaClients.committedReader(broker.bootstrapServers(), Map.of())) {
      reader.subscribe(List.of(topics.redacted(), topics.dlq()));
      int seen = 0;
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (seen < inputs && System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> r : reader.poll(Duration.ofMillis(200))) {
          seen++;
        }
      }
      assertEquals(inputs, seen, "records out of the pipeline");
    }
  }

  private static void awaitInPrometheus(String query, double expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    double v = Double.NaN;
    while (System.nanoTime() < deadline) {
      v = prometheus.value(query);
      if (v == expected) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError(query + " = " + v + " in Prometheus, expected " + expected);
  }

  private static void awaitSeries(String query) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (!prometheus.series(query).isEmpty()) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no series for " + query + " in Prometheus after 30 s");
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void everyDashboardQueryReturnsData() throws Exception {
    List<DashboardQueries.Query> queries = DashboardQueries.pipeline();
    assertTrue(queries.size() >= 30, "dashboard queries found: " + queries.size());
    assertEquals(List.of(), DashboardQueries.withoutData(prometheus, queries));
  }

  @Test
  void everyAlertParsesAndWatchesSeriesThatExist() throws Exception {
    AlertRules.Check check = AlertRules.check(prometheus, group -> !group.equals("maskmark-gateway"));
    assertTrue(check.alerts() >= 5, "alert rules found: " + check.alerts());
    assertEquals(List.of(), check.failures());
  }

  @Test
  void alertsFireForWhatHappenedAndOnlyForThat() throws Exception {
    Set<String> active = new HashSet<>();
    for (JsonNode a : prometheus.alerts()) {
      active.add(a.path("labels").path("alertname").asText());
    }
    assertTrue(active.contains("MaskmarkDeadLetters"), "active alerts: " + active);
    boolean unlabelled = prometheus.value(
        "sum(maskmark_records_out_total{source=\"generated\",labelled=\"false\"})") > 0;
    assertEquals(unlabelled, active.contains("MaskmarkGeneratedRecordsUnlabelled"), "active: " + active);
    for (String healthy : List.of("MaskmarkStreamThreadNotRunning", "MaskmarkStreamsNotRunning",
        "MaskmarkTargetDown", "MaskmarkConsumerLagGrowing")) {
      assertFalse(active.contains(healthy), healthy + " must not be active: " + active);
    }
  }

  @Test
  void countsReachPrometheus() throws Exception {
    assertEquals(inputs, prometheus.value("sum(maskmark_records_in_total)"));
    assertEquals(generatedInputs, prometheus.value("sum(maskmark_records_in_total{source=\"generated\"})"));
    assertEquals(generatedInputs, prometheus.value("sum(maskmark_records_out_total{source=\"generated\"})"));
    assertTrue(prometheus.value("sum(maskmark_records_dead_lettered_total{stage=\"parse\"})") >= 1);
    assertEquals(1, prometheus.value("sum(maskmark_documents_total{mime=\"application/pdf\"})"));
    assertEquals(1, prometheus.value("sum(maskmark_documents_total{mime=\"other\"})"));
    Set<String> types = labelValues("maskmark_entities_detected_total", "type");
    assertTrue(types.containsAll(Set.of("PHONE", "EMAIL", "CN_RESIDENT_ID")), "types: " + types);
    assertTrue(labelValues("maskmark_entities_detected_total", "lang").containsAll(Set.of("en", "zh")));
    assertTrue(prometheus.value("sum(maskmark_operator_applications_total)") > 0);
    // Every record that reached the label stage was counted once as present, absent or invalid.
    assertEquals(prometheus.value("sum(maskmark_stage_duration_seconds_count{stage=\"label\"})"),
        prometheus.value("sum(maskmark_labels_found_total)"));
    assertEquals(1, prometheus.value("maskmark_streams_state{state=\"RUNNING\"}"));
    assertEquals(1, prometheus.value("sum(maskmark_stream_threads{state=\"RUNNING\"})"));
    // Kafka 4 reports dotted topic names twice; the legacy underscore form is dropped.
    assertTrue(labelValues("kafka_consumer_fetch_manager_records_lag", "topic")
        .stream().noneMatch(t -> t.contains("_")));
  }

  private static Set<String> labelValues(String metric, String label) throws Exception {
    Set<String> values = new HashSet<>();
    for (JsonNode s : prometheus.series("group by (" + label + ") (" + metric + ")")) {
      values.add(s.path("metric").path(label).asText());
    }
    return values;
  }

  @Test
  void noPlantedValueAppearsInTheMetrics() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    for (String accept : List.of("text/plain", "application/openmetrics-text; version=1.0.0")) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + server.port() + HealthHandlers.METRICS))
          .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
      assertTrue(r.body().contains("maskmark_entities_detected_total"), "a real exposition");
      String body = r.body().toLowerCase(Locale.ROOT);
      for (String planted : PLANTED) {
        assertFalse(body.contains(planted.toLowerCase(Locale.ROOT)),
            "planted value " + planted + " appears in /metrics (" + accept + ")");
      }
    }
  }

  @Test
  void readinessFollowsTheStreamsState() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + server.port();
    HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(base + HealthHandlers.READY))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ready.statusCode());
    assertEquals("RUNNING", ready.body().trim());
    assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + HealthHandlers.HEALTH)).GET()
        .build(), HttpResponse.BodyHandlers.ofString()).statusCode());

    // A pipeline that has not started is alive but not ready.
    PipelineConfig other = PipelineConfig.defaults()
        .with("bootstrap.servers", broker.bootstrapServers())
        .with("application.id", "maskmark-it-idle")
        .with("label.service-code", "TEST-PRODUCER")
        .with("key.file", TestKeys.file().toString());
    try (PipelineApp idle = PipelineApp.create(other, Components.stages(other),
        io.maskmark.pipeline.topology.PipelineMetrics.NONE, DeadLetterPayload.PLAIN);
         Telemetry t = Telemetry.create(Topics.DEFAULT);
         MetricsServer s = MetricsServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
             t.handlers(Readiness.of(idle.streams())))) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + s.port() + HealthHandlers.READY)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(503, r.statusCode());
      assertEquals(KafkaStreams.State.CREATED.name(), r.body().trim());
    }
  }
}
