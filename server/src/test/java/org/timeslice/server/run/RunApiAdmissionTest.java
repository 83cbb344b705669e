package org.timeslice.server.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timeslice.server.run.RunHttp.assertError;
import static org.timeslice.server.run.RunHttp.body;
import static org.timeslice.server.run.RunHttp.json;
import static org.timeslice.server.run.RunHttp.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/** Capabilities, 409 for missing runtimes, and admission: concurrency, queue, 429 with Retry-After. */
class RunApiAdmissionTest {
  @TempDir Path scratch;

  @Test
  void capabilitiesListTheJvmTheCatalogueTheLimitsAndTheLoad() {
    RunConfig config = RunHttp.config(scratch).withSlots(1, 2);
    JavalinTest.test(App.create(AppConfig.defaults(), config), (server, client) -> {
      Response response = client.get("/api/run/capabilities");
      assertEquals(200, response.code());
      assertEquals("no-store", response.header("Cache-Control"));
      JsonNode caps = json(response);
      JsonNode jvm = caps.get("runtimes").get(0);
      assertEquals("jvm", jvm.get("runtime").textValue());
      assertTrue(jvm.get("available").booleanValue());
      assertEquals(jvm.get("virtualThreads").booleanValue(), jvm.get("models").toString().contains("virtual-threads"));
      assertEquals("python", caps.get("runtimes").get(1).get("runtime").textValue());
      assertEquals("[\"cpu\",\"io\",\"mixed\",\"counter\",\"counter-locked\"]", caps.get("workloads").toString());
      assertEquals(Runtime.getRuntime().availableProcessors(), caps.get("cores").intValue());
      JsonNode limits = caps.get("limits");
      assertEquals("{\"min\":1,\"max\":8}", limits.get("workers").toString());
      assertEquals("{\"min\":1,\"max\":5}", limits.get("size").toString());
      assertEquals(1, limits.get("maxConcurrentRuns").intValue());
      assertEquals(2, limits.get("maxQueuedRuns").intValue());
      assertEquals(60_000, limits.get("timeLimitMillis").intValue());
      assertEquals("{\"running\":0,\"queued\":0}", caps.get("load").toString());
    });
  }

  @Test
  void missingPythonIsReportedByCapabilitiesAndA409ForRunsButTheJvmStillRuns() {
    AtomicInteger runs = new AtomicInteger();
    RunConfig config = RunHttp.config(scratch).withPythonExecutable("/nonexistent/bin/python3")
        .withRunner(request -> {
          runs.incrementAndGet();
          return fakeResult();
        });
    JavalinTest.test(App.create(AppConfig.defaults(), config), (server, client) -> {
      JsonNode python = json(client.get("/api/run/capabilities")).get("runtimes").get(1);
      assertFalse(python.get("available").booleanValue());
      assertFalse(python.has("models"));
      JsonNode error = assertError(post(client, body("python", "cpu", "threads", 2, 1)), 409, "runtime");
      assertEquals("python", error.get("limit").textValue());
      assertEquals(0, runs.get());
      assertEquals(200, post(client, body("jvm", "cpu", "threads", 2, 1)).code());
      assertEquals(1, runs.get());
    });
  }

  @Test
  void virtualThreadsOnAJdkOlderThan21AreA409() throws Exception {
    // A JDK home whose release file says 17, with the running java as its executable.
    Path home = Files.createDirectories(scratch.resolve("jdk17/bin"));
    Path java = Files.createSymbolicLink(home.resolve("java"),
        Path.of(System.getProperty("java.home"), "bin", "java"));
    Files.writeString(scratch.resolve("jdk17/release"), "JAVA_VERSION=\"17.0.2\"\n");
    RunConfig config = RunHttp.config(scratch.resolve("work")).withJvmExecutable(java);
    JavalinTest.test(App.create(AppConfig.defaults(), config), (server, client) -> {
      JsonNode jvm = json(client.get("/api/run/capabilities")).get("runtimes").get(0);
      assertEquals("17.0.2", jvm.get("version").textValue());
      assertEquals("[\"sequential\",\"threads\"]", jvm.get("models").toString());
      JsonNode error = assertError(post(client, body("jvm", "io", "virtual-threads", 2, 1)), 409, "model");
      assertEquals("a JDK >= 21", error.get("limit").textValue());
    });
  }

  @Test
  void oneRunExecutesTwoQueueAndTheNextIsA429WithRetryAfter() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger concurrent = new AtomicInteger();
    AtomicInteger maxConcurrent = new AtomicInteger();
    RunConfig config = RunHttp.config(scratch).withSlots(1, 2).withRunner(request -> {
      maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
      try {
        assertTrue(release.await(30, TimeUnit.SECONDS));
        return fakeResult();
      } finally {
        concurrent.decrementAndGet();
      }
    });
    JavalinTest.test(App.create(AppConfig.defaults(), config), (server, client) -> {
      List<CompletableFuture<Integer>> admitted = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        admitted.add(CompletableFuture.supplyAsync(() -> status(client, body("jvm", "cpu", "threads", 1, 1))));
      }
      awaitLoad(client, 1, 2);
      Response refused = post(client, body("jvm", "cpu", "threads", 1, 1));
      assertEquals("2", refused.header("Retry-After"));
      JsonNode error = assertError(refused, 429, null);
      assertEquals("maxConcurrentRuns = 1, maxQueuedRuns = 2", error.get("limit").textValue());
      release.countDown();
      for (CompletableFuture<Integer> run : admitted) {
        assertEquals(200, run.get(30, TimeUnit.SECONDS));
      }
      assertEquals(1, maxConcurrent.get());
      awaitLoad(client, 0, 0);
      assertEquals(200, post(client, body("jvm", "cpu", "threads", 1, 1)).code());
    });
  }

  @Test
  void aSuccessfulRunEchoesTheRequestAndSaysHowLongItQueued() {
    RunConfig config = RunHttp.config(scratch).withRunner(request -> fakeResult());
    JavalinTest.test(App.create(AppConfig.defaults(), config), (server, client) -> {
      JsonNode result = json(post(client, body("jvm", "counter", "virtual-threads", 3, 2)));
      assertEquals("{\"runtime\":\"jvm\",\"workload\":\"counter\",\"model\":\"virtual-threads\",\"workers\":3,"
          + "\"size\":2}", result.get("request").toString());
      assertTrue(result.get("queuedMillis").longValue() >= 0);
    });
  }

  static ObjectNode fakeResult() {
    ObjectNode result = RunHttp.MAPPER.createObjectNode().put("wallMillis", 1.0).put("cpuMillis", 1.0);
    result.putArray("workers");
    result.putObject("environment").put("runtime", "fake");
    return result;
  }

  private static int status(HttpClient client, String json) {
    try (Response response = post(client, json)) {
      return response.code();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void awaitLoad(HttpClient client, int running, int queued) throws Exception {
    String expected = "{\"running\":" + running + ",\"queued\":" + queued + "}";
    String load = "";
    for (int i = 0; i < 300 && !load.equals(expected); i++) {
      load = json(client.get("/api/run/capabilities")).get("load").toString();
      Thread.sleep(20);
    }
    assertEquals(expected, load);
  }
}
