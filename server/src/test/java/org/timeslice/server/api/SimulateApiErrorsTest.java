package org.timeslice.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/** Every class of bad input to {@code POST /api/simulate} gets its status and {@code {error, field, limit}}. */
class SimulateApiErrorsTest {
  private static final String TASKS = "\"tasks\":[{\"name\":\"A\",\"program\":[{\"cpu\":2}]}]";
  private static final String HEAD = "{\"version\":1,\"machine\":{\"cores\":1},\"scheduler\":{\"policy\":\"FIFO\"},";

  static Stream<Arguments> badScenarios() {
    return Stream.of(
        Arguments.of("a body that is not JSON", "{\"version\": 1,", "body", "JSON"),
        Arguments.of("an empty body", "", "body", "JSON"),
        Arguments.of("a body with trailing content", HEAD + TASKS + "} {}", "body", "JSON"),
        Arguments.of("a duplicate key", HEAD + TASKS + ",\"seed\":1,\"seed\":2}", "body", "JSON"),
        Arguments.of("a JSON array instead of an object", "[1, 2]", "body", "object"),
        Arguments.of("a missing version", "{\"machine\":{\"cores\":1},\"scheduler\":{\"policy\":\"FIFO\"},"
            + TASKS + "}", "version", "required"),
        Arguments.of("an unsupported version", HEAD.replace("\"version\":1", "\"version\":2") + TASKS + "}",
            "version", "== 1"),
        Arguments.of("an unknown top-level field", HEAD + TASKS + ",\"colour\":\"red\"}", "colour",
            "one of: version, title, profile, machine, scheduler, tasks, seed, ostep"),
        Arguments.of("an unknown nested field",
            HEAD.replace("\"policy\":\"FIFO\"", "\"policy\":\"RR\",\"quantum\":2") + TASKS + "}",
            "scheduler.quantum", null),
        Arguments.of("a string where an integer belongs",
            HEAD.replace("\"cores\":1", "\"cores\":\"2\"") + TASKS + "}", "machine.cores", "integer"),
        Arguments.of("a fraction where an integer belongs",
            HEAD + "\"tasks\":[{\"name\":\"A\",\"arrival\":1.5,\"program\":[{\"cpu\":2}]}]}",
            "tasks[0].arrival", "integer"),
        Arguments.of("an integer beyond 32 bits",
            HEAD + "\"tasks\":[{\"name\":\"A\",\"program\":[{\"cpu\":99999999999}]}]}",
            "tasks[0].program[0].cpu", "-2147483648..2147483647"),
        Arguments.of("a null value", HEAD + TASKS + ",\"title\":null}", "title", "string"),
        Arguments.of("a number where a boolean belongs",
            HEAD.replace("\"policy\":\"FIFO\"", "\"policy\":\"PRIORITY\",\"preemptive\":1") + TASKS + "}",
            "scheduler.preemptive", "boolean"),
        Arguments.of("an unknown policy", HEAD.replace("FIFO", "FASTEST") + TASKS + "}", "scheduler.policy",
            "one of: FIFO, SJF, STCF, RR, PRIORITY, MLFQ, LOTTERY"),
        Arguments.of("an unknown profile", HEAD + TASKS + ",\"profile\":\"ostep\"}", "profile", null),
        Arguments.of("an op with two keys",
            HEAD + "\"tasks\":[{\"name\":\"A\",\"program\":[{\"cpu\":1}]},"
                + "{\"name\":\"B\",\"program\":[{\"cpu\":1,\"io\":2}]}]}",
            "tasks[1].program[0]", "{\"cpu\": n} or {\"io\": n}"),
        Arguments.of("an op of an unknown kind",
            HEAD + "\"tasks\":[{\"name\":\"A\",\"program\":[{\"sleep\":1}]}]}",
            "tasks[0].program[0]", "{\"cpu\": n} or {\"io\": n}"),
        Arguments.of("missing tasks", HEAD.substring(0, HEAD.length() - 1) + "}", "tasks", "required"),
        Arguments.of("tasks that are not an array", HEAD + "\"tasks\":{}}", "tasks", "array"),
        Arguments.of("no tasks at all", HEAD + "\"tasks\":[]}", "tasks", ">= 1 task"),
        Arguments.of("zero cores", HEAD.replace("\"cores\":1", "\"cores\":0") + TASKS + "}", "machine.cores",
            "1..64"),
        Arguments.of("a negative op length",
            HEAD + "\"tasks\":[{\"name\":\"A\",\"program\":[{\"io\":-3}]}]}", "tasks[0].program[0].io",
            "1..1000000"),
        Arguments.of("two tasks with one name",
            HEAD + "\"tasks\":[{\"name\":\"A\",\"program\":[{\"cpu\":1}]},"
                + "{\"name\":\"A\",\"program\":[{\"cpu\":1}]}]}", "tasks[1].name", "unique"),
        Arguments.of("tasks that need more ticks than a run may take, refused before running",
            HEAD + "\"tasks\":[{\"name\":\"A\",\"program\":[{\"cpu\":1000000}]},"
                + "{\"name\":\"B\",\"program\":[{\"cpu\":1000000}]}]}", "tasks", "<= 1000000 ticks"),
        Arguments.of("one task whose arrival plus program passes the tick limit, refused before running",
            HEAD + "\"tasks\":[{\"name\":\"A\",\"arrival\":600000,\"program\":[{\"cpu\":300000},"
                + "{\"io\":200000}]}]}", "tasks", "<= 1000000 ticks"),
        Arguments.of("a run that only passes the tick limit while running (switch costs)",
            "{\"version\":1,\"machine\":{\"cores\":1,\"contextSwitchTicks\":1000},"
                + "\"scheduler\":{\"policy\":\"RR\",\"quantumTicks\":1000},\"tasks\":["
                + "{\"name\":\"A\",\"program\":[{\"cpu\":500000}]},{\"name\":\"B\",\"program\":[{\"cpu\":500000}]}]}",
            "ticks", "<= 1000000"));
  }

  @ParameterizedTest(name = "{0} is a 400 naming the field")
  @MethodSource("badScenarios")
  void badScenarioIsA400NamingTheFieldAndTheLimit(String what, String body, String field, String limit) {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      Response response = SimulateApiTest.post(client, "/api/simulate", body);
      JsonNode error = assertError(response, 400, field);
      if (limit != null) {
        assertEquals(limit, error.get("limit").textValue(), what + ": " + error);
      } else {
        assertTrue(error.get("limit").isTextual(), what + ": " + error);
      }
    });
  }

  @Test
  void unknownIncludeValueIsA400NamingTheParameter() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      JsonNode error = assertError(
          SimulateApiTest.post(client, "/api/simulate?include=everything", SimulateApiTest.RR), 400, "include");
      assertEquals("trace, timeline", error.get("limit").textValue());
    });
  }

  @Test
  void bodyOverTheConfiguredLimitIsA413WithOrWithoutAContentLength() {
    AppConfig small = AppConfig.defaults().withPort(0).withMaxRequestBytes(100);
    String body = SimulateApiTest.FIFO; // longer than 100 bytes
    assertTrue(body.length() > 100);
    JavalinTest.test(App.create(small), (server, client) -> {
      JsonNode declared = assertError(SimulateApiTest.post(client, "/api/simulate", body), 413, "body");
      assertEquals("<= 100 bytes", declared.get("limit").textValue());

      Response chunked = client.request("/api/simulate", b -> b.post(chunked(body)));
      JsonNode streamed = assertError(chunked, 413, "body");
      assertEquals("<= 100 bytes", streamed.get("limit").textValue());
    });
  }

  @Test
  void bodyAtTheLimitIsAccepted() {
    String body = SimulateApiTest.RR;
    JavalinTest.test(App.create(AppConfig.defaults().withPort(0).withMaxRequestBytes(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)),
        (server, client) -> assertEquals(200, SimulateApiTest.post(client, "/api/simulate", body).code()));
  }

  @Test
  void nonJsonContentTypesAre415() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "application/xml"}) {
        Response response = client.request("/api/simulate",
            b -> b.post(RequestBody.create(SimulateApiTest.RR, MediaType.get(type))));
        JsonNode error = assertError(response, 415, "Content-Type");
        assertEquals("application/json", error.get("limit").textValue());
      }
    });
  }

  @Test
  void jsonWithACharsetOrAJsonSuffixTypeIsAcceptedAndNoContentTypeIs415() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      for (String type : new String[] {"application/json; charset=utf-8", "application/scenario+json"}) {
        Response response = client.request("/api/simulate",
            b -> b.post(RequestBody.create(SimulateApiTest.RR, MediaType.get(type))));
        assertEquals(200, response.code(), type);
      }
      Response untyped = client.request("/api/simulate",
          b -> b.post(RequestBody.create(SimulateApiTest.RR.getBytes(java.nio.charset.StandardCharsets.UTF_8),
              null)));
      assertEquals(null, untyped.request().header("Content-Type"));
      // What another site's page can make a browser send without a preflight: refused (docs/api.md).
      JsonNode error = assertError(untyped, 415, "Content-Type");
      assertTrue(error.get("error").textValue().contains("Content-Type: application/json"), error.toString());
    });
  }

  @Test
  void getOnTheSimulateEndpointIsAJson404() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      Response response = client.get("/api/simulate");
      assertEquals(404, response.code());
      assertTrue(response.header("Content-Type").startsWith("application/json"));
    });
  }

  static JsonNode assertError(Response response, int status, String field) throws IOException {
    String text = response.body().string();
    assertEquals(status, response.code(), text);
    assertTrue(response.header("Content-Type").startsWith("application/json"), response.header("Content-Type"));
    JsonNode error = ScenarioJson.MAPPER.readTree(text);
    assertEquals(java.util.List.of("error", "field", "limit"), SimulateApiTest.names(error), text);
    assertTrue(error.get("error").isTextual() && !error.get("error").textValue().isEmpty(), text);
    assertEquals(field, error.get("field").textValue(), text);
    return error;
  }

  /** A body of unknown length: OkHttp sends it with chunked transfer encoding and no Content-Length. */
  private static RequestBody chunked(String text) {
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return SimulateApiTest.JSON;
      }

      @Override
      public long contentLength() {
        return -1;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        sink.writeUtf8(text);
      }
    };
  }
}
