package org.timeslice.server.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timeslice.server.run.RunHttp.assertError;
import static org.timeslice.server.run.RunHttp.body;
import static org.timeslice.server.run.RunHttp.post;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Response;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/**
 * A run that outlasts its (deliberately tiny) time limit is a 504, and every process it started is gone
 * afterwards: the test collects the run's processes while it executes (their command lines name the
 * scratch directory) and checks each of them after the answer.
 */
class RunTimeLimitTest {
  /** Enough work to run for minutes: only the time limit can end these runs. */
  private static final int ENDLESS_SCALE_PERCENT = 100_000;

  @TempDir Path scratch;

  @Test
  void pythonProcessesRunPastTheLimitIs504AndLeavesNoProcessBehind() throws Exception {
    Assumptions.assumeTrue(Toolchains.resolveOnPath("python3") != null, "python3 is not on the PATH");
    int workers = 3;
    Map<Long, ProcessHandle> seen = runPastTheLimit(body("python", "cpu", "processes", workers, 5), 1 + workers);
    assertTrue(seen.size() >= 1 + workers, "the parent and its workers were seen: " + seen.keySet());
  }

  @Test
  void pythonThreadsRunPastTheLimitIs504AndLeavesNoProcessBehind() throws Exception {
    Assumptions.assumeTrue(Toolchains.resolveOnPath("python3") != null, "python3 is not on the PATH");
    runPastTheLimit(body("python", "counter-locked", "threads", 8, 5), 1);
  }

  @Test
  void jvmRunPastTheLimitIs504AndLeavesNoProcessBehind() throws Exception {
    runPastTheLimit(body("jvm", "cpu", "threads", 2, 5), 1);
  }

  @Test
  void outputIsCappedTooTheRunIsKilledAnd500() {
    Assumptions.assumeTrue(Toolchains.resolveOnPath("python3") != null, "python3 is not on the PATH");
    RunConfig config = RunHttp.config(scratch).withMaxOutputBytes(1024);
    JavalinTest.test(App.create(AppConfig.defaults(), config), (server, client) -> {
      // Eight asyncio counters yield after every chunk: far more than 1 KiB of slices.
      JsonNode error = assertError(post(client, body("python", "counter", "asyncio", 8, 1)), 500, null);
      assertEquals("maxOutputBytes <= 1024", error.get("limit").textValue());
    });
  }

  /**
   * Runs {@code json} with a small time limit, collecting the run's processes until at least
   * {@code expectedProcesses} were seen, and asserts the 504 and that none of them survived.
   */
  private Map<Long, ProcessHandle> runPastTheLimit(String json, int expectedProcesses) throws Exception {
    long limitMillis = 4_000;
    RunConfig config = RunHttp.config(scratch).withTimeLimitMillis(limitMillis)
        .withWorkScalePercent(ENDLESS_SCALE_PERCENT);
    String marker = scratch.toAbsolutePath().toString();
    Map<Long, ProcessHandle> seen = new LinkedHashMap<>();
    JavalinTest.test(App.create(AppConfig.defaults(), config), (server, client) -> {
      long started = System.nanoTime();
      CompletableFuture<Response> answer = CompletableFuture.supplyAsync(() -> {
        try {
          return post(client, json);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      while (!answer.isDone()) {
        for (ProcessHandle process : runProcesses(marker)) {
          seen.putIfAbsent(process.pid(), process);
        }
        Thread.sleep(100);
      }
      JsonNode error = assertError(answer.get(1, TimeUnit.MINUTES), 504, null);
      assertEquals("timeLimitMillis <= " + limitMillis, error.get("limit").textValue());
      // Generous: the answer comes soon after the limit, not when the work would have ended.
      assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(30));
    });
    assertTrue(seen.size() >= expectedProcesses, "the run's processes were observed: " + seen.keySet());
    for (ProcessHandle process : seen.values()) {
      assertTrue(isGone(process), "process " + process.pid() + " survived the killed run");
    }
    assertEquals(List.of(), runProcesses(marker).stream().map(ProcessHandle::pid).toList(),
        "no process of the run is left");
    return seen;
  }

  /** Live processes whose command line names {@code marker} (the run's scratch directory). */
  private static List<ProcessHandle> runProcesses(String marker) {
    return ProcessHandle.allProcesses()
        .filter(process -> process.info().commandLine().orElse("").contains(marker))
        .filter(process -> !isGone(process))
        .toList();
  }

  /** Dead, or a zombie (it runs no code; only its parent or init can reap it). */
  private static boolean isGone(ProcessHandle process) {
    if (!process.isAlive()) {
      return true;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
      return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    } catch (IOException e) {
      return true; // no /proc entry: gone
    }
  }
}
