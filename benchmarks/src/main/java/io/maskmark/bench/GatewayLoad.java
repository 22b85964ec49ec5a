package io.maskmark.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Load generator for {@code maskmark serve}, run as its own process against a server on loopback:
 * POSTs generated answers (English and Chinese with planted PII, {@link BenchCorpus}) to
 * {@code /v1/process} and reports latency percentiles and throughput.
 *
 * <p>With {@code --rate N} the load is open-loop: request k is due at {@code start + k/N} and its
 * latency counts from that due time, so a stalled server shows up as latency instead of silently
 * lowering the rate (no coordinated omission). With {@code --rate 0} every connection sends its
 * next request as soon as the last one is answered: the maximum throughput.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.maskmark.bench.GatewayLoad \
 *     --url http://127.0.0.1:8080 --rate 500 --seconds 30
 * </pre>
 * The token is read from {@code $MASKMARK_API_TOKEN} (none sent when unset).
 */
public final class GatewayLoad {

  private record Options(URI url, double rate, int connections, int warmupSeconds, int seconds,
                         int docBytes, String token) {
  }

  private GatewayLoad() {
  }

  public static void main(String[] args) throws Exception {
    Options o = parse(args);
    List<byte[]> bodies = bodies(o.docBytes());
    double meanBytes = bodies.stream().mapToInt(b -> b.length).average().orElse(0);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    System.out.printf(Locale.ROOT, "target %s, %s, %d connections, request bodies %.0f bytes "
            + "(mean), warm-up %d s, measured %d s%n", o.url(),
        o.rate() > 0 ? "fixed rate " + o.rate() + " req/s" : "max throughput", o.connections(),
        meanBytes, o.warmupSeconds(), o.seconds());
    if (o.warmupSeconds() > 0) {
      run(client, o, bodies, o.warmupSeconds());
    }
    Result r = run(client, o, bodies, o.seconds());
    Histogram h = r.latency();
    System.out.printf(Locale.ROOT, "requests %d in %.1f s = %.0f req/s; errors %d%n",
        h.getTotalCount(), r.seconds(), h.getTotalCount() / r.seconds(), r.errors());
    System.out.printf(Locale.ROOT, "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max "
            + "%.2f%n", ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)),
        ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()));
    if (r.errors() > 0) {
      System.out.println("first error: " + r.firstError());
      System.exit(1);
    }
  }

  private record Result(Histogram latency, double seconds, long errors, String firstError) {
  }

  private static Result run(HttpClient client, Options o, List<byte[]> bodies, int seconds)
      throws InterruptedException {
    Recorder recorder = new Recorder(3);
    AtomicLong next = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    String[] firstError = new String[1];
    long start = System.nanoTime();
    long end = start + Duration.ofSeconds(seconds).toNanos();
    double interval = o.rate() > 0 ? 1e9 / o.rate() : 0;
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < o.connections(); w++) {
      Thread t = new Thread(() -> {
        while (true) {
          long k = next.getAndIncrement();
          long due = interval > 0 ? start + (long) (k * interval) : System.nanoTime();
          if (due >= end) {
            return;
          }
          long wait;
          while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
          }
          String err = send(client, o, bodies.get((int) (k % bodies.size())));
          long done = System.nanoTime();
          if (err == null) {
            recorder.recordValue(Math.max(1, done - due));
          } else if (errors.getAndIncrement() == 0) {
            firstError[0] = err;
          }
          if (interval == 0 && done >= end) {
            return;
          }
        }
      }, "load-" + w);
      t.setDaemon(true);
      t.start();
      workers.add(t);
    }
    for (Thread t : workers) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new Result(recorder.getIntervalHistogram(), elapsed, errors.get(), firstError[0]);
  }

  /** Null when answered 200 with a labelled result, else what went wrong. */
  private static String send(HttpClient client, Options o, byte[] body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(o.url().resolve("/v1/process"))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (o.token() != null) {
      b.header("Authorization", "Bearer " + o.token());
    }
    try {
      HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        return "HTTP " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8);
      }
      if (r.headers().firstValue("AIGC").isEmpty()) {
        return "no AIGC header: the answer was not labelled";
      }
      return null;
    } catch (Exception e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /** Generated answers of about {@code bytes} UTF-8 bytes each, as /v1/process requests. */
  static List<byte[]> bodies(int bytes) {
    List<byte[]> out = new ArrayList<>();
    // BenchCorpus counts chars; its English/Chinese mix averages ~1.5 UTF-8 bytes per char
    for (String doc : BenchCorpus.documents(256, (int) (bytes / 1.5), 42)) {
      out.add(("{\"text\":" + quote(doc) + ",\"generated\":true}")
          .getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static Options parse(String[] args) {
    URI url = URI.create("http://127.0.0.1:8080");
    double rate = 500;
    int connections = 0;
    int warmup = 10;
    int seconds = 30;
    int docBytes = 2048;
    for (int i = 0; i < args.length; i++) {
      String v = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--url" -> url = URI.create(v);
        case "--rate" -> rate = Double.parseDouble(v);
        case "--connections" -> connections = Integer.parseInt(v);
        case "--warmup" -> warmup = Integer.parseInt(v);
        case "--seconds" -> seconds = Integer.parseInt(v);
        case "--doc-bytes" -> docBytes = Integer.parseInt(v);
        default -> {
          System.err.println("usage: GatewayLoad [--url URL] [--rate REQ_PER_S|0] "
              + "[--connections N] [--warmup S] [--seconds S] [--doc-bytes N]");
          System.exit(2);
        }
      }
      i++;
    }
    if (connections == 0) {
      // open loop needs spare senders so one slow answer does not delay the next due request
      connections = rate > 0 ? 32 : 8;
    }
    String token = System.getenv("MASKMARK_API_TOKEN");
    return new Options(url, rate, connections, warmup, seconds, docBytes,
        token == null || token.isBlank() ? null : token.strip());
  }
}
