package org.timeslice.server.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server in a child JVM, killed as an operator or a crash would: after SIGKILL no process of its runs is
 * left (they die with it); on SIGTERM in-flight runs get the grace period and then a clear 503, queued runs a
 * 503 at once, the process exits, and nothing is logged as an error (docs/api-run.md, "No orphans"; docs/hosting.md).
 */
class ChildServerTest {
  /** Safety nets for a broken build; the conditions awaited are met in well under a second when all works. */
  private static final long GIVE_UP_SECONDS = 90;

  @TempDir Path scratch;
  private Process server;
  private final List<String> stderr = new ArrayList<>();

  @AfterEach
  void killServer() throws Exception {
    if (server != null && server.isAlive()) {
      server.destroyForcibly().waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS);
    }
  }

  private int startServer(int workScalePercent, long graceMillis) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    server = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        ChildServer.class.getName(), scratch.toString(), Integer.toString(workScalePercent), Long.toString(graceMillis))
        .start();
    Thread errors = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          synchronized (stderr) {
            stderr.add(line);
          }
        }
      } catch (java.io.IOException e) {
        // the server is gone
      }
    });
    errors.setDaemon(true);
    errors.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("PORT ")) {
        return Integer.parseInt(line.substring(5).trim());
      }
    }
    throw new AssertionError("the child server did not start: " + stderr);
  }

  private static CompletableFuture<HttpResponse<String>> post(int port, String body) {
    return HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/run"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode get(int port, String path) throws Exception {
    String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .build(), HttpResponse.BodyHandlers.ofString()).body();
    return RunHttp.MAPPER.readTree(text);
  }

  /** The live processes whose owner mark names {@code serverPid}. */
  private static List<Long> runProcesses(long serverPid) throws Exception {
    List<Long> found = new ArrayList<>();
    try (var entries = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path entry : entries) {
        long pid = Long.parseLong(entry.getFileName().toString());
        String mark = RunOwner.environmentValue(pid, RunOwner.VARIABLE);
        if (mark != null && mark.startsWith(serverPid + ":") && ProcessHandle.of(pid).map(ProcessHandle::isAlive)
            .orElse(false) && !isZombie(pid)) {
          found.add(pid);
        }
      }
    }
    return found;
  }

  private static boolean isZombie(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    } catch (Exception e) {
      return true;
    }
  }

  private static void awaitUntil(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
    while (!condition.call()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("gave up waiting until " + what);
      }
      Thread.sleep(20);
    }
  }

  private static boolean pythonAvailable(int port) throws Exception {
    JsonNode python = get(port, "/api/run/capabilities").get("runtimes").get(1);
    return python.get("available").booleanValue();
  }

  @Test
  void afterSigkillOfTheServerNoProcessOfItsRunsIsLeft() throws Exception {
    int port = startServer(100_000, 10_000);
    Assumptions.assumeTrue(pythonAvailable(port), "python3 is not available here");
    long pid = server.pid();
    post(port, RunHttp.body("python", "cpu", "processes", 3, 5));
    // The Python parent and its three workers are running.
    awaitUntil("the run's four processes exist", () -> runProcesses(pid).size() >= 4);
    server.destroyForcibly(); // SIGKILL: no shutdown hook, nothing of the server's code runs
    server.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS);
    awaitUntil("no process of the run is left", () -> runProcesses(pid).isEmpty());
    assertEquals(List.of(), runProcesses(pid));
  }

  @Test
  void afterSigkillOfTheServerItsJvmRunIsGoneToo() throws Exception {
    int port = startServer(100_000, 10_000);
    long pid = server.pid();
    post(port, RunHttp.body("jvm", "cpu", "threads", 2, 5));
    awaitUntil("the run's JVM exists", () -> runProcesses(pid).size() >= 1);
    server.destroyForcibly();
    server.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS);
    awaitUntil("the run's JVM is gone", () -> runProcesses(pid).isEmpty());
  }

  @Test
  void onSigtermRunsGetTheirGraceThenAClear503AndTheServerExitsQuietly() throws Exception {
    int port = startServer(4_000, 3_000);
    Assumptions.assumeTrue(pythonAvailable(port), "python3 is not available here");
    long pid = server.pid();
    CompletableFuture<HttpResponse<String>> running = post(port, RunHttp.body("python", "cpu", "threads", 2, 5));
    awaitUntil("the run started", () -> get(port, "/api/run/capabilities").get("load").get("running").intValue() == 1);
    CompletableFuture<HttpResponse<String>> queued = post(port, RunHttp.body("python", "io", "threads", 2, 1));
    awaitUntil("a second run queues", () -> get(port, "/api/run/capabilities").get("load").get("queued").intValue() == 1);

    server.destroy(); // SIGTERM

    HttpResponse<String> queuedAnswer = queued.get(GIVE_UP_SECONDS, TimeUnit.SECONDS);
    assertEquals(503, queuedAnswer.statusCode(), queuedAnswer.body());
    assertTrue(queuedAnswer.body().contains("shutting down"), queuedAnswer.body());
    assertFalse(running.isDone(), "the running run still has its grace period when the queued one is answered");
    HttpResponse<String> runningAnswer = running.get(GIVE_UP_SECONDS, TimeUnit.SECONDS);
    assertEquals(503, runningAnswer.statusCode(), runningAnswer.body());
    assertTrue(runningAnswer.body().contains("the run was stopped before it finished"), runningAnswer.body());
    assertTrue(runningAnswer.headers().firstValue("Retry-After").isPresent());
    assertTrue(server.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS), "the server exits");
    awaitUntil("no process of the runs is left", () -> runProcesses(pid).isEmpty());
    synchronized (stderr) {
      for (String line : stderr) {
        assertFalse(line.contains("ERROR") || line.contains("Exception") || line.startsWith("\tat "),
            "an expected cancellation was logged as an error: " + String.join("\n", stderr));
      }
    }
  }
}
