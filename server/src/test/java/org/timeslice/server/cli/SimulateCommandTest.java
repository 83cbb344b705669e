package org.timeslice.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/** {@code timeslice simulate}: the API's result on stdout and exit 0, or one error line and exit 2. */
class SimulateCommandTest {
  private static final String RR = """
      {"version": 1, "machine": {"cores": 1}, "scheduler": {"policy": "RR", "quantumTicks": 2},
       "tasks": [{"name": "A", "program": [{"cpu": 3}]}, {"name": "B", "program": [{"cpu": 2}]}]}""";

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(InputStream in, String... args) {
    return SimulateCommand.run(args, in, out, new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void scenarioFilePrintsExactlyWhatTheApiAnswersWithTheTraceAndTheTimeline() throws Exception {
    Path file = Files.writeString(dir.resolve("rr.json"), RR);
    assertEquals(0, run(InputStream.nullInputStream(), file.toString()));
    assertEquals("", stderr());
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      String api = client.request("/api/simulate?include=trace,timeline",
          b -> b.post(RequestBody.create(RR, MediaType.get("application/json")))).body().string();
      assertEquals(api + "\n", stdout());
    });
  }

  @Test
  void dashReadsTheScenarioFromStandardInput() throws Exception {
    int code = run(new ByteArrayInputStream(RR.getBytes(StandardCharsets.UTF_8)), "-");
    assertEquals(0, code, stderr());
    JsonNode result = new ObjectMapper().readTree(stdout());
    assertEquals(5, result.get("makespan").intValue());
    assertTrue(result.has("timeline"), "a small timeline is included, as in the API");
  }

  @Test
  void timelineFlagForcesTheTimelineOfALargeRun() throws Exception {
    String big = "{\"version\":1,\"machine\":{\"cores\":1},\"scheduler\":{\"policy\":\"FIFO\"},\"tasks\":["
        + "{\"name\":\"A\",\"program\":[{\"cpu\":300000}]},{\"name\":\"B\",\"program\":[{\"cpu\":300000}]}]}";
    Path file = Files.writeString(dir.resolve("big.json"), big);
    assertEquals(0, run(InputStream.nullInputStream(), file.toString()));
    assertFalse(new ObjectMapper().readTree(stdout()).has("timeline"));
    out.reset();
    assertEquals(0, run(InputStream.nullInputStream(), "--timeline", file.toString()));
    assertEquals(600_000, new ObjectMapper().readTree(stdout()).get("timeline").get("cores").get(0).size());
  }

  @Test
  void invalidScenarioExitsWith2AndNamesTheField() {
    String bad = RR.replace("\"cores\": 1", "\"cores\": 0");
    int code = run(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "-");
    assertEquals(2, code);
    assertEquals("", stdout());
    assertTrue(stderr().startsWith("timeslice: machine.cores: "), stderr());
    assertEquals(1, stderr().lines().count(), stderr());
  }

  @Test
  void malformedJsonExitsWith2NamingTheBody() {
    assertEquals(2, run(new ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8)), "-"));
    assertTrue(stderr().startsWith("timeslice: body: body is not valid JSON"), stderr());
  }

  @Test
  void runOverTheTickLimitExitsWith2() {
    String endless = RR.replace("{\"cpu\": 3}", "{\"cpu\": 1000000}").replace("{\"cpu\": 2}", "{\"cpu\": 10}");
    assertEquals(2, run(new ByteArrayInputStream(endless.getBytes(StandardCharsets.UTF_8)), "-"));
    assertTrue(stderr().startsWith("timeslice: ticks: "), stderr());
  }

  @Test
  void missingFileExitsWith2NamingTheFile() {
    String missing = dir.resolve("nope.json").toString();
    assertEquals(2, run(InputStream.nullInputStream(), missing));
    assertEquals("timeslice: " + missing + ": no such file\n", stderr().replace("\r\n", "\n"));
  }

  @Test
  void missingOrExtraArgumentsExitWith2WithTheUsage() {
    assertEquals(2, run(InputStream.nullInputStream()));
    assertTrue(stderr().contains("usage: timeslice simulate"), stderr());
    err.reset();
    assertEquals(2, run(InputStream.nullInputStream(), "a.json", "b.json"));
    assertTrue(stderr().startsWith("timeslice: arguments: unexpected argument b.json"), stderr());
    err.reset();
    assertEquals(2, run(InputStream.nullInputStream(), "--verbose", "a.json"));
    assertTrue(stderr().contains("--verbose"), stderr());
  }
}
