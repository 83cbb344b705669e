package org.timeslice.server.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timeslice.server.run.RunHttp.body;
import static org.timeslice.server.run.RunHttp.post;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.Response;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/**
 * Real runs of every workload (every Python model; the JVM's threads, plus its other models on the
 * workloads where they differ most), at size 1 with two workers and half the calibrated work to keep the
 * suite short, asserting the structure of what was measured, never how long it took.
 */
class RealRunTest {
  private static final int WORKERS = 2;
  private static final int SCALE_PERCENT = 50;

  @TempDir Path scratch;

  static Stream<Arguments> runs() {
    List<Arguments> runs = new ArrayList<>();
    for (String workload : List.of("cpu", "io", "mixed", "counter", "counter-locked")) {
      for (String model : List.of("sequential", "threads", "processes", "asyncio")) {
        runs.add(Arguments.of("python", workload, model));
      }
      runs.add(Arguments.of("jvm", workload, "threads"));
    }
    // Each JVM run starts a child JVM (about a second here), so the other JVM models get the workloads
    // where they differ most.
    runs.add(Arguments.of("jvm", "cpu", "sequential"));
    runs.add(Arguments.of("jvm", "counter", "sequential"));
    runs.add(Arguments.of("jvm", "io", "virtual-threads"));
    runs.add(Arguments.of("jvm", "counter-locked", "virtual-threads"));
    return runs.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("runs")
  void realRunHasOneSaneLanePerWorker(String runtime, String workload, String model) {
    RunConfig config = RunHttp.config(scratch).withWorkScalePercent(SCALE_PERCENT);
    JavalinTest.test(App.create(AppConfig.defaults(), config), (server, client) -> {
      JsonNode caps = RunHttp.json(client.get("/api/run/capabilities"));
      JsonNode runtimeCaps = caps.get("runtimes").get(runtime.equals("jvm") ? 0 : 1);
      Assumptions.assumeTrue(runtimeCaps.get("available").booleanValue(), runtime + " is not available here");
      Assumptions.assumeTrue(runtimeCaps.get("models").toString().contains("\"" + model + "\""),
          model + " is not available here");

      Response response = post(client, body(runtime, workload, model, WORKERS, 1));
      String text = response.body().string();
      assertEquals(200, response.code(), text);
      JsonNode result = RunHttp.MAPPER.readTree(text);
      double wall = result.get("wallMillis").doubleValue();
      assertTrue(wall > 0, text);
      assertTrue(result.get("cpuMillis").doubleValue() >= 0, text);
      assertEquals(runtime, result.get("environment").get("runtime").textValue());
      assertTrue(result.get("environment").get("cores").intValue() >= 1);
      if (runtime.equals("python")) {
        assertEquals(runtimeCaps.get("version").textValue(), result.get("environment").get("version").textValue());
      }

      JsonNode workers = result.get("workers");
      assertEquals(WORKERS, workers.size(), text);
      for (int i = 0; i < WORKERS; i++) {
        JsonNode lane = workers.get(i);
        assertEquals(i, lane.get("id").intValue());
        double start = lane.get("startMillis").doubleValue();
        double end = lane.get("endMillis").doubleValue();
        assertTrue(0 <= start && start <= end && end <= wall + 0.01, "lane " + i + " in the run: " + text);
        assertSlicesInside(lane.get("runs"), start, end, text);
        assertSlicesInside(lane.get("waits"), start, end, text);
        int waits = lane.get("waits").size();
        int runs = lane.get("runs").size();
        switch (workload) {
          case "io" -> assertTrue(waits == 5 && runs == 0, "io: five sleeps, no compute: " + lane);
          case "mixed" -> assertTrue(waits == 5 && runs >= 5, "mixed: five rounds: " + lane);
          default -> assertTrue(waits == 0 && runs >= 1, workload + ": compute only: " + lane);
        }
      }
      if (model.equals("sequential")) {
        assertTrue(workers.get(0).get("endMillis").doubleValue() <= workers.get(1).get("startMillis").doubleValue(),
            "sequential workers do not overlap: " + text);
      }

      JsonNode counter = result.get("counter");
      if (workload.startsWith("counter")) {
        long perSize = runtime.equals("python") ? 500_000 : JvmWorkload.COUNTER_INCREMENTS_PER_SIZE;
        long expected = perSize * SCALE_PERCENT / 100;
        assertEquals(expected, counter.get("expected").longValue(), text);
        long value = counter.get("value").longValue();
        if (workload.equals("counter-locked") || model.equals("sequential") || model.equals("asyncio")) {
          assertEquals(expected, value, "no update can be lost here: " + text);
        } else {
          assertTrue(1 <= value && value <= expected, "lost updates only lower the count: " + text);
        }
      } else {
        assertTrue(counter == null, text);
      }
    });
  }

  /** Every slice is [from, to] with from <= to, inside the lane, and after the previous slice. */
  private static void assertSlicesInside(JsonNode slices, double start, double end, String text) {
    double previous = start;
    for (JsonNode slice : slices) {
      double from = slice.get(0).doubleValue();
      double to = slice.get(1).doubleValue();
      assertTrue(previous <= from && from <= to && to <= end, "slice " + slice + " in order: " + text);
      previous = to;
    }
  }
}
