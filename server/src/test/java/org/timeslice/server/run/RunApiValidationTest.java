package org.timeslice.server.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.timeslice.server.run.RunHttp.assertError;
import static org.timeslice.server.run.RunHttp.body;
import static org.timeslice.server.run.RunHttp.post;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/** Every bad {@code POST /api/run} body is a 400 naming its field and limit, and never reaches a runner. */
class RunApiValidationTest {
  @TempDir Path scratch;

  static Stream<Arguments> badBodies() {
    String workloads = "one of: cpu, io, mixed, counter, counter-locked";
    return Stream.of(
        Arguments.of("not JSON", "{\"runtime\":", "body", "JSON"),
        Arguments.of("trailing content", body("jvm", "cpu", "threads", 2, 1) + "{}", "body", "JSON"),
        Arguments.of("a duplicate key", "{\"runtime\":\"jvm\",\"runtime\":\"python\"}", "body", "JSON"),
        Arguments.of("an array", "[]", "body", "object"),
        Arguments.of("an unknown field", body("jvm", "cpu", "threads", 2, 1).replace("}", ",\"code\":\"x\"}"),
            "code", "one of: runtime, workload, model, workers, size"),
        Arguments.of("a missing runtime", "{\"workload\":\"cpu\",\"model\":\"threads\",\"workers\":1,\"size\":1}",
            "runtime", "one of: python, jvm"),
        Arguments.of("an unknown runtime", body("ruby", "cpu", "threads", 2, 1), "runtime", "one of: python, jvm"),
        Arguments.of("an unknown workload", body("jvm", "fork-bomb", "threads", 2, 1), "workload", workloads),
        Arguments.of("a workload that is not a string",
            "{\"runtime\":\"jvm\",\"workload\":1,\"model\":\"threads\",\"workers\":1,\"size\":1}", "workload",
            workloads),
        Arguments.of("an unknown model", body("python", "cpu", "greenlets", 2, 1), "model",
            "one of: sequential, threads, processes, asyncio, virtual-threads"),
        Arguments.of("asyncio on the jvm", body("jvm", "io", "asyncio", 2, 1), "model",
            "one of: sequential, threads, virtual-threads"),
        Arguments.of("virtual threads in python", body("python", "io", "virtual-threads", 2, 1), "model",
            "one of: sequential, threads, processes, asyncio"),
        Arguments.of("processes on the jvm", body("jvm", "cpu", "processes", 2, 1), "model",
            "one of: sequential, threads, virtual-threads"),
        Arguments.of("zero workers", body("jvm", "cpu", "threads", 0, 1), "workers", "1..8"),
        Arguments.of("nine workers", body("jvm", "cpu", "threads", 9, 1), "workers", "1..8"),
        Arguments.of("workers as a string", body("jvm", "cpu", "threads", 2, 1).replace(":2,", ":\"2\","),
            "workers", "1..8"),
        Arguments.of("fractional workers", body("jvm", "cpu", "threads", 2, 1).replace(":2,", ":2.5,"),
            "workers", "1..8"),
        Arguments.of("size 6", body("jvm", "cpu", "threads", 2, 6), "size", "1..5"),
        Arguments.of("a huge size", body("jvm", "cpu", "threads", 2, 1).replace("\"size\":1", "\"size\":1e12"),
            "size", "1..5"),
        Arguments.of("a missing size", "{\"runtime\":\"jvm\",\"workload\":\"cpu\",\"model\":\"threads\",\"workers\":1}",
            "size", "1..5"));
  }

  @ParameterizedTest(name = "{0} is a 400")
  @MethodSource("badBodies")
  void badBodyIsA400NamingFieldAndLimit(String what, String json, String field, String limit) {
    AtomicInteger runs = new AtomicInteger();
    RunConfig config = RunHttp.config(scratch).withRunner(request -> {
      runs.incrementAndGet();
      throw new AssertionError("a bad request reached the runner");
    });
    JavalinTest.test(App.create(AppConfig.defaults(), config), (server, client) -> {
      JsonNode error = assertError(post(client, json), 400, field);
      assertEquals(limit, error.get("limit").textValue(), what + ": " + error);
    });
    assertEquals(0, runs.get());
  }

  @Test
  void nonJsonContentTypeIs415AndOversizedBodyIs413() {
    JavalinTest.test(App.create(AppConfig.defaults(), RunHttp.config(scratch)), (server, client) -> {
      assertError(client.request("/api/run", b -> b.post(RequestBody.create(body("jvm", "cpu", "threads", 1, 1),
          MediaType.get("text/plain")))), 415, "Content-Type");
      String padded = body("jvm", "cpu", "threads", 1, 1).replace("{", "{" + " ".repeat(5000));
      JsonNode error = assertError(post(client, padded), 413, "body");
      assertEquals("<= 4096 bytes", error.get("limit").textValue());
    });
  }
}
