package org.timeslice.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.timeslice.model.runtime.PyOp;
import org.timeslice.model.runtime.PyTask;
import org.timeslice.model.runtime.RuntimeKind;
import org.timeslice.model.runtime.RuntimeScenario;
import org.timeslice.model.runtime.RuntimeSimulator;
import org.timeslice.model.runtime.RuntimeSpec;
import org.timeslice.model.runtime.StartMethod;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/** {@code POST /api/simulate} with a Python-runtime scenario: the result, its hash, and its errors. */
class RuntimeApiTest {
  private static final MediaType JSON = MediaType.get("application/json");
  /** GilTest's two CPU threads: interval 5, hand-off 1, no other costs. */
  private static final String TWO_THREADS = "{\"version\":1,\"title\":\"two threads\",\"machine\":{\"cores\":2},"
      + "\"runtime\":{\"kind\":\"cpython\",\"tickMicros\":100,\"switchIntervalTicks\":5,\"handoffTicks\":1,"
      + "\"wakeupTicks\":0,\"threadStartTicks\":0,\"processStartTicks\":0,\"ipcTicks\":0,"
      + "\"parallelSpeedPercent\":100,\"osQuantumTicks\":1000},"
      + "\"tasks\":[{\"name\":\"A\",\"program\":[{\"cpu\":12}]},{\"name\":\"B\",\"program\":[{\"cpu\":12}]}]}";

  private static Response post(io.javalin.testtools.HttpClient client, String body) {
    return client.request("/api/simulate?include=trace", b -> b.post(RequestBody.create(body, JSON)));
  }

  @Test
  void aRuntimeScenarioRunsTheGilModel() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      Response r = post(client, TWO_THREADS);
      assertEquals(200, r.code());
      JsonNode doc = ScenarioJson.MAPPER.readTree(r.body().string());
      assertEquals("cpython", doc.get("runtime").asText());
      assertEquals(29, doc.get("wallTicks").asInt(), "as GilTest computes by hand");
      assertEquals(5, doc.get("gil").get("handoffs").asInt());
      assertEquals(4, doc.get("gil").get("dropRequests").asInt());
      assertEquals(14, doc.get("lanes").get(0).get("ticks").get("GIL_WAIT").asInt());
      RuntimeSpec spec = new RuntimeSpec(RuntimeKind.CPYTHON, 100, 5, 1, 0, 0, StartMethod.FORK, 0, 0, 0, 100,
          1000, 0);
      RuntimeScenario same = new RuntimeScenario("two threads", 2, spec,
          List.of(PyTask.of("A", PyOp.cpu(12)), PyTask.of("B", PyOp.cpu(12))), 0);
      assertEquals(RuntimeSimulator.run(same).hash(), doc.get("hash").asText());
      assertTrue(doc.get("events").size() > 4);
      assertEquals(doc.get("events").size(), doc.get("eventCount").intValue());
      assertTrue(doc.get("eventsNext").isNull());
    });
  }

  @Test
  void costsDefaultToTheMeasuredOnes() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      String minimal = "{\"version\":1,\"machine\":{\"cores\":2},\"runtime\":{\"kind\":\"asyncio\"},"
          + "\"tasks\":[{\"name\":\"t\",\"program\":[{\"cpu\":2},{\"awaitSleep\":5},{\"cpu\":1}]}]}";
      Response r = post(client, minimal);
      assertEquals(200, r.code());
      JsonNode doc = ScenarioJson.MAPPER.readTree(r.body().string());
      assertEquals("asyncio", doc.get("runtime").asText());
      assertEquals(0, doc.get("loopStallTicks").asInt());
    });
  }

  @Test
  void badRuntimeScenariosNameTheField() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      String[][] cases = {
          {TWO_THREADS.replace("\"cpython\"", "\"jython\""), "runtime.kind"},
          {TWO_THREADS.replace("{\"cpu\":12}]},{\"name\"", "{\"gpu\":12}]},{\"name\""), "tasks[0].program[0]"},
          {TWO_THREADS.replace("\"switchIntervalTicks\":5", "\"switchIntervalTicks\":0"), "runtime.switchIntervalTicks"},
          {TWO_THREADS.replace("\"handoffTicks\":1", "\"handoffTicks\":1,\"colour\":2"), "runtime.colour"},
          {TWO_THREADS.replace("{\"cpu\":12}]},{\"name\"", "{\"awaitIo\":3}]},{\"name\""), null}};
      for (String[] c : cases) {
        Response r = post(client, c[0]);
        assertEquals(400, r.code(), c[0]);
        JsonNode doc = ScenarioJson.MAPPER.readTree(r.body().string());
        assertTrue(doc.has("error") && doc.has("limit"), doc.toString());
        if (c[1] != null) {
          assertEquals(c[1], doc.get("field").asText(), doc.toString());
        }
      }
    });
  }
}
