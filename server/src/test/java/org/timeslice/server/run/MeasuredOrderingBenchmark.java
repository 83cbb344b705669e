package org.timeslice.server.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import okhttp3.Response;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/**
 * What the model predicts about real CPython, measured with ratios only: CPU-bound work on two or more cores
 * is faster in processes than in GIL-bound threads (the model: processes / threads ≈ 0.59, docs/fidelity.md),
 * and I/O-bound work is far faster in threads and in asyncio than sequentially (about 1/4 with four workers).
 *
 * <p>A benchmark, not a test: how long a run takes depends on what else the host is doing (on a loaded
 * 2-core machine the second core can be gone while the processes run, and the ordering then failed in 2 of
 * 4 runs of {@code mvn verify}). Each figure is the fastest of {@link #RUNS} runs and the ways take turns,
 * so a busy stretch slows every way alike. Run it with {@code mvn -o -q -pl server -am -Pbench -DskipTests
 * test} after an install (docs/benchmarks.md); it prints the ratios, whether each prediction held and the
 * host's load average, which is how to read a prediction that did not hold. What holds under any load stays
 * in {@code mvn verify}: {@code GilExclusionTest}.
 */
public final class MeasuredOrderingBenchmark {
  private static final int RUNS = 5;

  private MeasuredOrderingBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path scratch = Files.createTempDirectory("timeslice-bench-");
    Javalin app = App.create(AppConfig.defaults().withPort(0), RunHttp.config(scratch)).start(0);
    try {
      HttpClient client = new HttpClient(app, new okhttp3.OkHttpClient());
      JsonNode python = RunHttp.json(client.get("/api/run/capabilities")).get("runtimes").get(1);
      if (!python.get("available").booleanValue() || !python.get("gilEnabled").booleanValue()) {
        System.out.println("measured ordering: skipped (needs CPython with a GIL)");
        return;
      }
      System.out.println("measured ordering, fastest of " + RUNS + " runs each, the ways taking turns; "
          + Runtime.getRuntime().availableProcessors() + " cores, load average "
          + String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
              .getSystemLoadAverage()));
      double[] cpu = fastestWallMillis(client, RunHttp.body("python", "cpu", "threads", 2, 3),
          RunHttp.body("python", "cpu", "processes", 2, 3));
      report("cpu, 2 workers: processes / threads", cpu[1] / cpu[0], 0.85, cpu);
      double[] io = fastestWallMillis(client, RunHttp.body("python", "io", "sequential", 4, 1),
          RunHttp.body("python", "io", "threads", 4, 1), RunHttp.body("python", "io", "asyncio", 4, 1));
      report("io, 4 workers: threads / sequential", io[1] / io[0], 0.5, io);
      report("io, 4 workers: asyncio / sequential", io[2] / io[0], 0.5, io);
    } finally {
      app.stop();
    }
  }

  private static void report(String what, double ratio, double below, double[] millis) {
    boolean ok = ratio < below;
    System.out.printf(Locale.ROOT, "  %-40s %.2f (predicted below %.2f: %s)  fastest ms %s%n", what, ratio, below,
        ok ? "held" : "NOT HELD", Arrays.toString(Arrays.stream(millis).map(m -> Math.round(m * 10) / 10.0).toArray()));
  }

  /** The fastest wall time of each request over {@link #RUNS} rounds, the requests taking turns. */
  private static double[] fastestWallMillis(HttpClient client, String... requests) throws Exception {
    double[] fastest = new double[requests.length];
    Arrays.fill(fastest, Double.MAX_VALUE);
    for (int round = 0; round < RUNS; round++) {
      for (int i = 0; i < requests.length; i++) {
        try (Response response = RunHttp.post(client, requests[i])) {
          String text = response.body().string();
          if (response.code() != 200) {
            throw new IllegalStateException("run failed: " + response.code() + " " + text);
          }
          fastest[i] = Math.min(fastest[i], RunHttp.MAPPER.readTree(text).get("wallMillis").doubleValue());
        }
      }
    }
    return fastest;
  }
}
