package org.timeslice.server.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Response;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/**
 * A real run whose client went away is killed at once, not at its time limit; and real runs can be turned off.
 */
class AbandonedRealRunTest {
  private static final long GIVE_UP_SECONDS = 90;

  @TempDir Path scratch;

  /** Processes running a script of this test's scratch directory. */
  private List<ProcessHandle> runProcesses() {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().arguments().map(args -> String.join(" ", args).contains(scratch.toString())).orElse(false))
        .toList();
  }

  private static String describe(List<ProcessHandle> processes) {
    return processes.stream().map(p -> p.pid() + (p.isAlive() ? " alive" : " gone")).toList().toString();
  }

  @Test
  void aRunWhoseClientLeftIsKilledAtOnce() throws Exception {
    // About 500 s of work, far past the give-up time: only the client's leaving can end it in time.
    RunConfig config = RunHttp.config(scratch).withWorkScalePercent(100_000).withTimeLimitMillis(600_000);
    Javalin app = App.create(AppConfig.defaults().withPort(0), config).start(0);
    try {
      JsonNode python = RunHttp.MAPPER.readTree(java.net.URI.create("http://localhost:" + app.port()
          + "/api/run/capabilities").toURL().openStream()).get("runtimes").get(1);
      Assumptions.assumeTrue(python.get("available").booleanValue(), "python3 is not available here");
      byte[] body = RunHttp.body("python", "cpu", "processes", 2, 5).getBytes(StandardCharsets.UTF_8);
      List<ProcessHandle> run;
      try (Socket socket = new Socket("localhost", app.port())) {
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/run HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
        run = runProcesses();
        while (run.size() < 3 && System.nanoTime() < until) {
          Thread.sleep(20);
          run = runProcesses();
        }
        assertTrue(run.size() >= 3, "the run's parent and two workers started: " + describe(run));
        assertTrue(run.stream().allMatch(ProcessHandle::isAlive), "still running while the client waits: "
            + describe(run));
      }
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
      while (run.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      assertEquals(List.of(), run.stream().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList(),
          "the run was killed once its client left");
    } finally {
      app.stop();
    }
  }

  @Test
  void withRealRunsOffNothingRunsAndCapabilitiesSaySo() {
    RunConfig neverRuns = RunConfig.defaults().withRunner(request -> {
      throw new AssertionError("a run was started with real runs off");
    });
    JavalinTest.test(App.create(AppConfig.defaults().withRealRuns(false), neverRuns), (server, client) -> {
      JsonNode caps = RunHttp.json(client.get("/api/run/capabilities"));
      for (JsonNode runtime : caps.get("runtimes")) {
        assertEquals(false, runtime.get("available").booleanValue(), caps.toString());
        assertEquals("real runs are turned off on this server", runtime.get("reason").textValue());
      }
      try (Response response = RunHttp.post(client, RunHttp.body("jvm", "cpu", "threads", 1, 1))) {
        RunHttp.assertError(response, 409, "runtime");
      }
    });
  }
}
