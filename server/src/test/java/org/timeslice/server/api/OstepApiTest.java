package org.timeslice.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.timeslice.model.core.Limits;
import org.timeslice.model.ostep.tool.OstepTools;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/** {@code POST /api/ostep}: the tool's text and status, or a 400 naming the field and the limit. */
class OstepApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode post(String body, int expectedStatus) throws Exception {
    JsonNode[] answer = new JsonNode[1];
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      try (Response r = client.request("/api/ostep",
          b -> b.post(RequestBody.create(body, MediaType.get("application/json"))))) {
        assertEquals(expectedStatus, r.code(), body.length() > 300 ? body.substring(0, 300) : body);
        assertTrue(r.header("Content-Type").startsWith("application/json"));
        answer[0] = JSON.readTree(r.body().string());
      }
    });
    return answer[0];
  }

  @Test
  void aCommandLineAnswersTheToolsTextAndStatus() throws Exception {
    JsonNode r = post("{\"tool\": \"fork.py\", \"args\": [\"-s\", \"4\", \"-c\", \"-P\", \"line1\"]}", 200);
    assertEquals(OstepTools.run("cpu-api/fork.py", List.of("-s", "4", "-c", "-P", "line1"), null).stdout(),
        r.get("stdout").textValue());
    assertTrue(r.get("stdout").textValue().contains("Action: a forks b\n"));
    assertEquals(0, r.get("exitCode").intValue());
    assertEquals("", r.get("stderr").textValue());
    assertTrue(r.get("open").isNull(), "no widget animates fork.py yet");
  }

  @Test
  void argumentsTheToolRejectsAreItsUsageAndStatusTwo() throws Exception {
    JsonNode r = post("{\"tool\": \"cpu-api/fork.py\", \"args\": [\"-s\", \"x\"]}", 200);
    assertEquals("", r.get("stdout").textValue());
    assertEquals(2, r.get("exitCode").intValue());
    assertEquals("Usage: fork.py [options]\n\nfork.py: error: option -s: invalid integer value: 'x'\n",
        r.get("stderr").textValue());
  }

  static Stream<Arguments> badRequests() {
    String tooMany = "[" + "\"-c\",".repeat(Limits.MAX_OSTEP_ARGS) + "\"-c\"]";
    return Stream.of(
        Arguments.of("{\"args\": []}", "tool", "required"),
        Arguments.of("{\"tool\": 3}", "tool", "string"),
        Arguments.of("{\"tool\": \"nosuch.py\"}", "tool", String.join(" | ", OstepTools.TOOLS)),
        Arguments.of("{\"tool\": \"x86.py\"}", "tool", "threads-intro/x86.py | threads-locks/x86.py"),
        Arguments.of("{\"tool\": \"fork.py\", \"args\": \"-c\"}", "args", "array"),
        Arguments.of("{\"tool\": \"fork.py\", \"args\": [\"-c\", 5]}", "args[1]", "string"),
        Arguments.of("{\"tool\": \"fork.py\", \"args\": " + tooMany + "}", "args",
            "at most " + Limits.MAX_OSTEP_ARGS + " arguments"),
        Arguments.of("{\"tool\": \"fork.py\", \"files\": []}", "files", "object"),
        Arguments.of("{\"tool\": \"fork.py\", \"files\": {\"a.s\": 1}}", "files.a.s", "string"),
        Arguments.of("{\"tool\": \"fork.py\", \"colour\": 1}", "colour", "one of: tool, args, files"),
        Arguments.of("{\"tool\": \"fork.py\", \"args\": [\"-A\", \"" + "x".repeat(Limits.MAX_OSTEP_ARG_CHARS + 1)
            + "\"]}", "args[1]", "a string of at most " + Limits.MAX_OSTEP_ARG_CHARS + " characters"),
        Arguments.of("{\"tool\": \"fork.py\", \"args\": [\"-f\", \"nan\", \"-s\", \"1\"]}", "args",
            "-a and -f: at most " + Limits.MAX_OSTEP_DRAWS + " draws"));
  }

  @ParameterizedTest
  @MethodSource("badRequests")
  void badRequestsAreA400NamingTheFieldAndTheLimit(String body, String field, String limit) throws Exception {
    JsonNode r = post(body, 400);
    assertEquals(field, r.get("field").textValue(), r.toString());
    if (limit != null) {
      assertEquals(limit, r.get("limit").textValue(), r.toString());
    }
    assertTrue(r.get("error").textValue().length() > 10);
  }
}
