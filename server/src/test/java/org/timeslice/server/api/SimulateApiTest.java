package org.timeslice.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.timeslice.model.core.Limits;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.trace.Trace;
import org.timeslice.model.trace.TraceEvent;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/** {@code POST /api/simulate} through real HTTP: hand-computed results, every error class, the limits. */
class SimulateApiTest {
  /** A: cpu 3 from tick 0; B: cpu 2, io 2, cpu 1 from tick 1. FIFO on one core, free switches. */
  static final String FIFO = """
      {"version": 1, "title": "FIFO with I/O",
       "machine": {"cores": 1, "contextSwitchTicks": 0},
       "scheduler": {"policy": "FIFO"},
       "tasks": [{"name": "A", "arrival": 0, "program": [{"cpu": 3}]},
                 {"name": "B", "arrival": 1, "program": [{"cpu": 2}, {"io": 2}, {"cpu": 1}]}],
       "seed": 1}""";

  /** A: cpu 3, B: cpu 2, both at tick 0; round robin with a 2-tick quantum. */
  static final String RR = """
      {"version": 1, "machine": {"cores": 1}, "scheduler": {"policy": "RR", "quantumTicks": 2},
       "tasks": [{"name": "A", "program": [{"cpu": 3}]}, {"name": "B", "program": [{"cpu": 2}]}]}""";

  static final MediaType JSON = MediaType.get("application/json");

  static Response post(HttpClient client, String path, String body) {
    return client.request(path, b -> b.post(RequestBody.create(body, JSON)));
  }

  static JsonNode json(Response response) throws IOException {
    return ScenarioJson.MAPPER.readTree(response.body().string());
  }

  @Test
  void fifoScenarioWithIoGivesTheHandComputedResultFieldByField() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      Response response = post(client, "/api/simulate?include=trace,timeline", FIFO);
      assertEquals(200, response.code());
      assertTrue(response.header("Content-Type").startsWith("application/json"));
      JsonNode r = json(response);

      assertEquals(8, r.get("makespan").intValue());
      assertTask(r.get("tasks").get(0), "A", 0, 0, 3, 0, 3, 0, 3, 0);
      assertTask(r.get("tasks").get(1), "B", 1, 3, 8, 2, 7, 2, 3, 2);
      assertEquals(1.0, r.get("averages").get("response").doubleValue());
      assertEquals(5.0, r.get("averages").get("turnaround").doubleValue());
      assertEquals(1.0, r.get("averages").get("wait").doubleValue());
      assertEquals(6, r.get("cpuBusyTicks").longValue());
      assertEquals(2, r.get("ioBusyTicks").longValue());
      assertEquals(1, r.get("contextSwitches").intValue());
      assertEquals(0.75, r.get("cpuUtilization").doubleValue());

      assertEquals("[[\"A\",\"A\",\"A\",\"B\",\"B\",null,null,\"B\"]]", r.get("timeline").get("cores").toString());
      assertEquals(states("RUNNING", "RUNNING", "RUNNING", "TERMINATED", "TERMINATED", "TERMINATED",
          "TERMINATED", "TERMINATED"), r.get("timeline").get("states").get("A").toString());
      assertEquals(states("NEW", "READY", "READY", "RUNNING", "RUNNING", "WAITING", "WAITING", "RUNNING"),
          r.get("timeline").get("states").get("B").toString());

      List<TraceEvent> expected = List.of(
          new TraceEvent(0, "A", State.NEW, State.READY, Event.ADMITTED, -1),
          new TraceEvent(0, "A", State.READY, State.RUNNING, Event.DISPATCHED, 0),
          new TraceEvent(1, "B", State.NEW, State.READY, Event.ADMITTED, -1),
          new TraceEvent(3, "A", State.RUNNING, State.TERMINATED, Event.EXITED, 0),
          new TraceEvent(3, "B", State.READY, State.RUNNING, Event.DISPATCHED, 0),
          new TraceEvent(5, "B", State.RUNNING, State.WAITING, Event.IO_REQUESTED, 0),
          new TraceEvent(7, "B", State.WAITING, State.READY, Event.IO_COMPLETED, -1),
          new TraceEvent(7, "B", State.READY, State.RUNNING, Event.DISPATCHED, 0),
          new TraceEvent(8, "B", State.RUNNING, State.TERMINATED, Event.EXITED, 0));
      assertEquals(expected.size(), r.get("trace").size(), r.get("trace").toString());
      for (int i = 0; i < expected.size(); i++) {
        assertEvent(expected.get(i), r.get("trace").get(i));
      }
      assertTrue(r.get("trace").get(0).get("core").isNull(), "an event off the cores has core null");
      assertEquals(Trace.hash(expected), r.get("hash").textValue());
    });
  }

  @Test
  void roundRobinPreemptsAfterTheQuantumAndCountsBothSwitches() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      JsonNode r = json(post(client, "/api/simulate?include=timeline&include=trace", RR));
      assertEquals(5, r.get("makespan").intValue());
      assertTask(r.get("tasks").get(0), "A", 0, 0, 5, 0, 5, 2, 3, 0);
      assertTask(r.get("tasks").get(1), "B", 0, 2, 4, 2, 4, 2, 2, 0);
      assertEquals(2, r.get("contextSwitches").intValue());
      assertEquals(1.0, r.get("cpuUtilization").doubleValue());
      assertEquals(4.5, r.get("averages").get("turnaround").doubleValue());
      assertEquals("[[\"A\",\"A\",\"B\",\"B\",\"A\"]]", r.get("timeline").get("cores").toString());
      assertEquals("PREEMPTED", r.get("trace").get(3).get("event").textValue(), r.get("trace").toString());
    });
  }

  @Test
  void resultFieldsAreExactlyTheDocumentedOnesInOrder() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      JsonNode plain = json(post(client, "/api/simulate", FIFO));
      assertEquals(List.of("makespan", "tasks", "averages", "cpuBusyTicks", "ioBusyTicks", "contextSwitches",
          "cpuUtilization", "traceEvents", "hash"), names(plain), "the default answer is small");
      JsonNode r = json(post(client, "/api/simulate?include=trace,timeline", FIFO));
      assertEquals(List.of("makespan", "tasks", "averages", "cpuBusyTicks", "ioBusyTicks", "contextSwitches",
          "cpuUtilization", "timeline", "traceEvents", "trace", "traceNext", "hash"), names(r));
      assertEquals(List.of("name", "arrival", "firstRun", "completion", "response", "turnaround", "wait",
          "cpuTicks", "ioTicks"), names(r.get("tasks").get(0)));
      assertEquals(List.of("response", "turnaround", "wait"), names(r.get("averages")));
      assertEquals(List.of("cores", "states"), names(r.get("timeline")));
      assertEquals(List.of("tick", "task", "from", "to", "event", "core"), names(r.get("trace").get(0)));
    });
  }

  @Test
  void sameScenarioGivesTheSameHashEveryTime() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      String first = json(post(client, "/api/simulate", RR)).get("hash").textValue();
      assertEquals(first, json(post(client, "/api/simulate", RR)).get("hash").textValue());
      assertTrue(first.matches("[0-9a-f]{16}"), first);
    });
  }

  @Test
  void aTimelineIsSentOnlyWhenAskedForAndRefusedPastTheCellLimit() {
    // Two tasks, 600 000 ticks of CPU in all on one core: (2 + 1) × 600 000 cells > the 1 000 000 allowed.
    int half = 300_000;
    String big = "{\"version\":1,\"machine\":{\"cores\":1},\"scheduler\":{\"policy\":\"FIFO\"},\"tasks\":["
        + "{\"name\":\"A\",\"program\":[{\"cpu\":" + half + "}]},"
        + "{\"name\":\"B\",\"program\":[{\"cpu\":" + half + "}]}]}";
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      JsonNode plain = json(post(client, "/api/simulate", big));
      assertEquals(2 * half, plain.get("makespan").intValue());
      assertFalse(plain.has("timeline"), "not asked for");
      assertFalse(plain.has("trace"), "not asked for");
      assertEquals(6, plain.get("traceEvents").intValue());

      Response refused = post(client, "/api/simulate?include=timeline", big);
      JsonNode error = json(refused);
      assertEquals(400, refused.code(), error.toString());
      assertEquals("include", error.get("field").textValue());
      assertEquals("timeline of <= 1000000 cells", error.get("limit").textValue());
      assertTrue(error.get("error").textValue().contains("3 × 600000") || error.get("error").textValue()
          .contains("1800000 cells"), error.toString());

      JsonNode small = json(post(client, "/api/simulate?include=timeline", RR));
      assertEquals(5, small.get("timeline").get("cores").get(0).size());
      assertEquals(plain.get("hash"), json(post(client, "/api/simulate?include=trace", big)).get("hash"));
    });
  }

  @Test
  void theTraceIsPagedWithTraceFromAndTraceLimit() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      JsonNode all = json(post(client, "/api/simulate?include=trace", FIFO));
      assertEquals(9, all.get("trace").size());
      assertTrue(all.get("traceNext").isNull(), "the whole trace fits one page");
      JsonNode first = json(post(client, "/api/simulate?include=trace&traceLimit=4", FIFO));
      assertEquals(4, first.get("trace").size());
      assertEquals(4, first.get("traceNext").intValue());
      JsonNode second = json(post(client, "/api/simulate?include=trace&traceFrom=4&traceLimit=4", FIFO));
      JsonNode last = json(post(client, "/api/simulate?include=trace&traceFrom=8&traceLimit=4", FIFO));
      assertEquals(8, second.get("traceNext").intValue());
      assertEquals(1, last.get("trace").size());
      assertTrue(last.get("traceNext").isNull());
      List<JsonNode> pages = List.of(first.get("trace"), second.get("trace"), last.get("trace"));
      int i = 0;
      for (JsonNode page : pages) {
        for (JsonNode event : page) {
          assertEquals(all.get("trace").get(i++), event);
        }
      }
      assertEquals(9, i);
      JsonNode past = json(post(client, "/api/simulate?include=trace&traceFrom=100", FIFO));
      assertEquals(0, past.get("trace").size());
      assertEquals(9, past.get("traceEvents").intValue());
    });
  }

  static void assertTask(JsonNode t, String name, int arrival, int firstRun, int completion, int response,
      int turnaround, int wait, long cpu, long io) {
    String where = "task " + name + ": " + t;
    assertEquals(name, t.get("name").textValue(), where);
    assertEquals(arrival, t.get("arrival").intValue(), where);
    assertEquals(firstRun, t.get("firstRun").intValue(), where);
    assertEquals(completion, t.get("completion").intValue(), where);
    assertEquals(response, t.get("response").intValue(), where);
    assertEquals(turnaround, t.get("turnaround").intValue(), where);
    assertEquals(wait, t.get("wait").intValue(), where);
    assertEquals(cpu, t.get("cpuTicks").longValue(), where);
    assertEquals(io, t.get("ioTicks").longValue(), where);
  }

  static void assertEvent(TraceEvent expected, JsonNode actual) {
    String where = "expected " + expected.canonical() + " but got " + actual;
    assertEquals(expected.tick(), actual.get("tick").intValue(), where);
    assertEquals(expected.task(), actual.get("task").textValue(), where);
    assertEquals(expected.from().name(), actual.get("from").textValue(), where);
    assertEquals(expected.to().name(), actual.get("to").textValue(), where);
    assertEquals(expected.event().name(), actual.get("event").textValue(), where);
    if (expected.core() == TraceEvent.NO_CORE) {
      assertTrue(actual.get("core").isNull(), where);
    } else {
      assertEquals(expected.core(), actual.get("core").intValue(), where);
    }
  }

  static String states(String... names) {
    return ScenarioJson.MAPPER.valueToTree(List.of(names)).toString();
  }

  static List<String> names(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
