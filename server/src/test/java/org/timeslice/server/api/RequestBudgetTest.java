package org.timeslice.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/**
 * Every {@code /api/simulate} request is bounded (docs/api.md, "Budget"): what cannot fit is refused before
 * running, a run past its events stops, and an answer never passes its byte cap; all as 400 errors naming
 * the field and the limit.
 */
class RequestBudgetTest {
  /** The 12 KB request: 256 tasks of 1,000,000 CPU ticks on 64 cores, round robin, quantum 1. */
  static String worstCase() {
    StringBuilder tasks = new StringBuilder();
    for (int i = 0; i < 256; i++) {
      tasks.append(i == 0 ? "" : ",").append("{\"name\":\"T").append(i).append("\",\"program\":[{\"cpu\":1000000}]}");
    }
    return "{\"version\":1,\"machine\":{\"cores\":64},\"scheduler\":{\"policy\":\"RR\",\"quantumTicks\":1},"
        + "\"tasks\":[" + tasks + "]}";
  }

  /** {@code n} tasks of {@code cpu} ticks on one core, round robin with a 1-tick quantum: ~2 events a tick. */
  static String roundRobin(int n, int cpu) {
    StringBuilder tasks = new StringBuilder();
    for (int i = 0; i < n; i++) {
      tasks.append(i == 0 ? "" : ",").append("{\"name\":\"T").append(i).append("\",\"program\":[{\"cpu\":")
          .append(cpu).append("}]}");
    }
    return "{\"version\":1,\"machine\":{\"cores\":1},\"scheduler\":{\"policy\":\"RR\",\"quantumTicks\":1},"
        + "\"tasks\":[" + tasks + "]}";
  }

  private static JsonNode error(Response response, int status, String field) throws Exception {
    String text = response.body().string();
    assertEquals(status, response.code(), text);
    JsonNode error = ScenarioJson.MAPPER.readTree(text);
    assertEquals(field, error.get("field").textValue(), text);
    return error;
  }

  @Test
  void theWorstLegalScenarioIsRefusedBeforeRunning() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      JsonNode e = error(SimulateApiTest.post(client, "/api/simulate", worstCase()), 400, "tasks");
      assertEquals("<= 1000000 ticks", e.get("limit").textValue());
      assertTrue(e.get("error").textValue().contains("at least 4000000 ticks"), e.toString());
    });
  }

  @Test
  void tasksThatMustMakeMoreEventsThanTheBudgetAreRefusedBeforeRunning() {
    AppConfig config = AppConfig.defaults().withBudget(new RequestBudget(100, 100, 1_000_000, 1 << 20));
    StringBuilder ops = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      ops.append(i == 0 ? "" : ",").append("{\"cpu\":1},{\"io\":1}");
    }
    String body = "{\"version\":1,\"machine\":{\"cores\":1},\"scheduler\":{\"policy\":\"FIFO\"},"
        + "\"tasks\":[{\"name\":\"A\",\"program\":[" + ops + "]}]}";
    JavalinTest.test(App.create(config), (server, client) -> {
      JsonNode e = error(SimulateApiTest.post(client, "/api/simulate", body), 400, "tasks");
      assertEquals("<= 100 events", e.get("limit").textValue());
      assertTrue(e.get("error").textValue().contains("at least 123 trace events"), e.toString());
    });
  }

  @Test
  void aRunPastItsEventsStopsWithA400NamingTheTrace() {
    AppConfig config = AppConfig.defaults().withBudget(new RequestBudget(10_000, 10_000, 1_000_000, 1 << 20));
    JavalinTest.test(App.create(config), (server, client) -> {
      // 4 tasks × 5,000 ticks with a 1-tick quantum: about 40,000 events, found only by running.
      JsonNode e = error(SimulateApiTest.post(client, "/api/simulate", roundRobin(4, 5_000)), 400, "trace");
      assertEquals("<= 10000 events", e.get("limit").textValue());
      assertEquals(200, SimulateApiTest.post(client, "/api/simulate", roundRobin(4, 500)).code(),
          "a run within the budget is answered");
    });
  }

  @Test
  void anAnswerPastItsByteCapIsRefusedWholeNamingTheRemedy() {
    AppConfig config = AppConfig.defaults().withBudget(new RequestBudget(100_000, 100_000, 1_000_000, 8_192));
    JavalinTest.test(App.create(config), (server, client) -> {
      String body = roundRobin(4, 200); // about 1,600 events: far more than 8 KB of JSON
      JsonNode e = error(SimulateApiTest.post(client, "/api/simulate?include=trace", body), 400, "traceLimit");
      assertEquals("<= 8192 bytes per answer", e.get("limit").textValue());
      Response page = SimulateApiTest.post(client, "/api/simulate?include=trace&traceLimit=20", body);
      assertEquals(200, page.code());
      assertEquals(20, ScenarioJson.MAPPER.readTree(page.body().string()).get("trace").size());
    });
  }

  @Test
  void pageParametersAreCheckedAgainstTheBudget() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      JsonNode tooMany = error(SimulateApiTest.post(client, "/api/simulate?include=trace&traceLimit=100001",
          SimulateApiTest.RR), 400, "traceLimit");
      assertEquals("1..100000", tooMany.get("limit").textValue());
      error(SimulateApiTest.post(client, "/api/simulate?include=trace&traceFrom=-1", SimulateApiTest.RR), 400,
          "traceFrom");
      error(SimulateApiTest.post(client, "/api/simulate?include=trace&traceLimit=ten", SimulateApiTest.RR), 400,
          "traceLimit");
    });
  }

  @Test
  void aFullQueueIsA429WithRetryAfter() {
    AppConfig config = AppConfig.defaults().withSimulationSlots(1, 0);
    SimulateApi api = new SimulateApi(config.maxRequestBytes(), config.budget(), 1, 0);
    org.timeslice.server.load.Admission.Ticket held = api.admission().tryEnter();
    JavalinTest.test(App.create(config), (server, client) -> {
      assertEquals(200, SimulateApiTest.post(client, "/api/simulate", SimulateApiTest.RR).code(),
          "each app has its own slots");
    });
    io.javalin.Javalin app = io.javalin.Javalin.create();
    app.post("/api/simulate", ApiErrors.guard(api::simulate));
    JavalinTest.test(app, (server, client) -> {
      Response busy = SimulateApiTest.post(client, "/api/simulate", SimulateApiTest.RR);
      assertEquals("1", busy.header("Retry-After"));
      JsonNode e = error(busy, 429, null);
      assertEquals("maxConcurrentSimulations = 1, maxQueuedSimulations = 0", e.get("limit").textValue());
      held.close();
      assertEquals(200, SimulateApiTest.post(client, "/api/simulate", SimulateApiTest.RR).code());
    });
  }
}
