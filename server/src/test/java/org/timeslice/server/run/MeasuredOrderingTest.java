package org.timeslice.server.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timeslice.server.run.RunHttp.body;
import static org.timeslice.server.run.RunHttp.post;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.Arrays;
import okhttp3.Response;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/**
 * What the model predicts about real CPython, checked against real runs with ratios only (never absolute
 * times): CPU-bound work on two or more cores is faster in processes than in GIL-bound threads, and
 * I/O-bound work is far faster in threads and in asyncio than sequentially. Each figure is the fastest of
 * five runs, and the ways compared take turns: a busy stretch of the host (another VM taking a core for a
 * second) then slows runs of every way alike, and only adds time, so the fastest run is the one closest
 * to the uncontended time the model predicts. (Three runs of one way and then three of the other failed
 * once on a loaded CI host: the second core was gone while the processes ran.)
 */
class MeasuredOrderingTest {
  private static final int RUNS = 5;

  @TempDir Path scratch;

  @Test
  void cpuBoundProcessesBeatThreadsOnTwoOrMoreCores() {
    Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs at least 2 cores");
    withPython(client -> {
      double[] fastest = fastestWallMillis(client, body("python", "cpu", "threads", 2, 3),
          body("python", "cpu", "processes", 2, 3));
      double threads = fastest[0];
      double processes = fastest[1];
      // The model predicts processes / threads ≈ 0.64 / 1.09 ≈ 0.59 (docs/fidelity.md); 0.85 leaves
      // room for process start-up and a loaded machine while still failing if processes shared a GIL.
      assertTrue(processes < 0.85 * threads,
          "processes " + processes + " ms should beat threads " + threads + " ms");
    });
  }

  @Test
  void ioBoundThreadsAndAsyncioBeatSequentialByAWideMargin() {
    withPython(client -> {
      double[] fastest = fastestWallMillis(client, body("python", "io", "sequential", 4, 1),
          body("python", "io", "threads", 4, 1), body("python", "io", "asyncio", 4, 1));
      double sequential = fastest[0];
      double threads = fastest[1];
      double asyncio = fastest[2];
      // Four workers that only sleep overlap completely: the model predicts about 1/4 of sequential.
      assertTrue(threads < 0.5 * sequential, "threads " + threads + " ms vs sequential " + sequential + " ms");
      assertTrue(asyncio < 0.5 * sequential, "asyncio " + asyncio + " ms vs sequential " + sequential + " ms");
    });
  }

  private interface PythonTest {
    void run(HttpClient client) throws Exception;
  }

  private void withPython(PythonTest test) {
    JavalinTest.test(App.create(AppConfig.defaults(), RunHttp.config(scratch)), (server, client) -> {
      JsonNode caps = RunHttp.json(client.get("/api/run/capabilities"));
      Assumptions.assumeTrue(caps.get("runtimes").get(1).get("available").booleanValue(),
          "python3 is not available here");
      Assumptions.assumeTrue(caps.get("runtimes").get(1).get("gilEnabled").booleanValue(),
          "the ordering of threads and processes assumes a GIL");
      test.run(client);
    });
  }

  /** The fastest wall time of each request over {@link #RUNS} rounds, the requests taking turns. */
  private static double[] fastestWallMillis(HttpClient client, String... requests) throws Exception {
    double[] fastest = new double[requests.length];
    Arrays.fill(fastest, Double.MAX_VALUE);
    for (int round = 0; round < RUNS; round++) {
      for (int i = 0; i < requests.length; i++) {
        try (Response response = post(client, requests[i])) {
          String text = response.body().string();
          assertEquals(200, response.code(), text);
          fastest[i] = Math.min(fastest[i], RunHttp.MAPPER.readTree(text).get("wallMillis").doubleValue());
        }
      }
    }
    return fastest;
  }
}
