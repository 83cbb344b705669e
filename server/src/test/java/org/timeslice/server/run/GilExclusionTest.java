package org.timeslice.server.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Response;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/**
 * What the model says about CPython's GIL that holds however loaded the machine is: two CPU-bound threads
 * never compute at the same moment. A thread only runs bytecode while it holds the GIL, and each run slice
 * is made of the thread's own clock reads taken while it computes, so two threads' slices can only overlap
 * where the measurement is blind: a slice bridges gaps between reads shorter than {@code GAP_SECONDS} (0.5
 * ms, workload.py), so another thread's hold shorter than that (its last few iterations) may fall inside
 * one. Every overlap is therefore shorter than 0.5 ms, whether the host is idle or busy (a busy host only
 * stretches the gaps, which cuts slices more often); without a GIL the two lanes overlap for most of the
 * run. Speed
 * comparisons between threads and processes depend on free cores and live in {@code
 * MeasuredOrderingBenchmark} (the {@code bench} profile).
 */
class GilExclusionTest {
  /** workload.py's GAP_SECONDS: reads closer than this are joined into one slice. */
  private static final double GAP_MILLIS = 0.5;

  @TempDir Path scratch;

  @Test
  void cpuBoundThreadsUnderTheGilNeverComputeAtTheSameTime() {
    JavalinTest.test(App.create(AppConfig.defaults(), RunHttp.config(scratch)), (server, client) -> {
      JsonNode python = RunHttp.json(client.get("/api/run/capabilities")).get("runtimes").get(1);
      Assumptions.assumeTrue(python.get("available").booleanValue(), "python3 is not available here");
      Assumptions.assumeTrue(python.get("gilEnabled").booleanValue(), "needs a CPython with its GIL");
      try (Response response = RunHttp.post(client, RunHttp.body("python", "cpu", "threads", 2, 2))) {
        String text = response.body().string();
        assertEquals(200, response.code(), text);
        JsonNode workers = RunHttp.MAPPER.readTree(text).get("workers");
        List<double[]> first = slices(workers.get(0));
        List<double[]> second = slices(workers.get(1));
        assertTrue(!first.isEmpty() && !second.isEmpty(), text);
        for (double[] a : first) {
          for (double[] b : second) {
            double overlap = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
            assertTrue(overlap < GAP_MILLIS,
                "worker 0 computed during " + a[0] + ".." + a[1] + " ms and worker 1 during " + b[0] + ".."
                    + b[1] + " ms: both held the GIL at once? " + text);
          }
        }
      }
    });
  }

  private static List<double[]> slices(JsonNode worker) {
    List<double[]> slices = new ArrayList<>();
    for (JsonNode slice : worker.get("runs")) {
      slices.add(new double[] {slice.get(0).doubleValue(), slice.get(1).doubleValue()});
    }
    return slices;
  }
}
