package io.maskmark.pipeline.broker;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node Kafka broker (KRaft, combined controller and broker) running in this JVM on
 * a free loopback port, for the demo, the bench command and the integration tests. It wraps
 * Kafka's {@code KafkaClusterTestKit}, an internal API, so that only this class knows about it.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private final KafkaClusterTestKit cluster;

  private EmbeddedKafka(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /** Starts a broker and waits until it accepts requests (about 3 s warm). */
  public static EmbeddedKafka start() throws Exception {
    return start(Map.of());
  }

  /** Starts a broker with extra broker properties (e.g. SASL listeners for tests). */
  public static EmbeddedKafka start(Map<String, String> brokerProperties) throws Exception {
    TestKitNodes nodes = new TestKitNodes.Builder()
        .setCombined(true)
        .setNumBrokerNodes(1)
        .setNumControllerNodes(1)
        .build();
    KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes)
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("offsets.topic.num.partitions", "4")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .setConfigProp("transaction.state.log.num.partitions", "4")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .setConfigProp("auto.create.topics.enable", "false");
    brokerProperties.forEach(builder::setConfigProp);
    KafkaClusterTestKit cluster = builder.build();
    try {
      formatQuietly(cluster);
      cluster.startup();
      cluster.waitForReadyBrokers();
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
    return new EmbeddedKafka(cluster);
  }

  /**
   * The test kit prints its bootstrap metadata to stdout while formatting the log directory; stdout
   * is the commands' output (the bench's report, the demo's table), so it is kept out of it.
   */
  private static void formatQuietly(KafkaClusterTestKit cluster) throws Exception {
    java.io.PrintStream stdout = System.out;
    System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
    try {
      cluster.format();
    } finally {
      System.setOut(stdout);
    }
  }

  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /**
   * Stops the broker and starts it again in place (the controller keeps running), as a rolling
   * restart does; clients reconnect to the same address.
   */
  public void restartBroker() throws Exception {
    for (kafka.server.BrokerServer broker : cluster.brokers().values()) {
      broker.shutdown();
      broker.awaitShutdown();
      broker.startup();
    }
    cluster.waitForReadyBrokers();
  }

  /** Creates topics (replication factor 1) unless they exist. */
  public void createTopics(Collection<String> names, int partitions) throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
        bootstrapServers()))) {
      createTopics(admin, names, partitions, (short) 1);
    }
  }

  /** Creates topics with an existing admin client unless they exist. */
  public static void createTopics(Admin admin, Collection<String> names, int partitions,
                                  short replication) throws InterruptedException, ExecutionException {
    List<NewTopic> topics = names.stream().map(n -> new NewTopic(n, partitions, replication)).toList();
    for (var f : admin.createTopics(topics).values().values()) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
    }
  }

  @Override
  public void close() throws Exception {
    // The test kit closes a controller channel twice on shutdown and warns about it; nothing is wrong.
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
        .getLogger("org.apache.kafka.clients.NetworkClient")).setLevel(ch.qos.logback.classic.Level.ERROR);
    cluster.close();
  }
}
