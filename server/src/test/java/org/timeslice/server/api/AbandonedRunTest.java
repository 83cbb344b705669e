package org.timeslice.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.timeslice.server.AppConfig;

/** A simulation whose client closed its connection stops (docs/api.md, "Budget") and gives its turn back. */
class AbandonedRunTest {
  /** A safety net for a broken build, never reached when stopping works. */
  private static final long GIVE_UP_SECONDS = 120;

  @Test
  void aSimulationWhoseClientLeftStopsAndFreesItsTurn() throws Exception {
    // Priority with aging re-ranks every tick, so this runs tick by tick through about a million ticks:
    // seconds of work, found out only by running.
    StringBuilder tasks = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      tasks.append(i == 0 ? "" : ",").append("{\"name\":\"T").append(i).append("\",\"priority\":").append(i % 7)
          .append(",\"program\":[{\"cpu\":4900}]}");
    }
    String body = "{\"version\":1,\"machine\":{\"cores\":1},\"scheduler\":{\"policy\":\"PRIORITY\","
        + "\"preemptive\":true,\"agingTicks\":1},\"tasks\":[" + tasks + "]}";
    AppConfig config = AppConfig.defaults();
    SimulateApi api = new SimulateApi(config.maxRequestBytes(), config.budget(), 1, 0);
    Javalin app = Javalin.create().post("/api/simulate", ApiErrors.guard(api::simulate)).start(0);
    try {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      try (Socket socket = new Socket("localhost", app.port())) {
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/simulate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
        while (api.admission().running() == 0 && System.nanoTime() < until) {
          Thread.sleep(5);
        }
        assertEquals(1, api.admission().running(), "the run started");
      }
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(GIVE_UP_SECONDS);
      while ((api.stoppedRuns() == 0 || api.admission().running() > 0) && System.nanoTime() < until) {
        Thread.sleep(5);
      }
      assertEquals(1, api.stoppedRuns(), "the run noticed that its client left, and stopped");
      assertEquals(0, api.admission().running(), "its turn is free again");
    } finally {
      app.stop();
    }
  }
}
