package org.timeslice.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.timeslice.model.ostep.tool.OstepTools;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;
import org.timeslice.server.cli.OstepCommand;

/**
 * {@code timeslice ostep} and {@code POST /api/ostep} print the same text with the same status for random
 * valid command lines of all eight tools, and no command line, however broken, makes the API answer
 * anything but 200 or a 400 in the error shape. One server serves every try.
 */
class OstepApiProperties {
  /** A program of our own for the two x86.py versions (the CLI reads it from a folder, the API from files). */
  static final String PROGRAM = String.join("\n", "# adds 1 to 3000, %bx times", ".top", "mov 3000, %ax",
      "add $1, %ax", "mov %ax, 3000", "sub $1, %bx", "test $0, %bx", "jgt .top", "halt", "");
  private static Javalin server;
  private static HttpClient http;
  private static Path folder;

  @BeforeContainer
  static void start() throws IOException {
    server = App.create(AppConfig.defaults().withPort(0)).start(0);
    http = HttpClient.newHttpClient();
    folder = Files.createTempDirectory("ostep-cli");
    Files.writeString(folder.resolve("count.s"), PROGRAM);
  }

  @AfterContainer
  static void stop() throws IOException {
    server.stop();
    Files.deleteIfExists(folder.resolve("count.s"));
    Files.deleteIfExists(folder);
  }

  private static Arbitrary<String> n(int min, int max) {
    return Arbitraries.integers().between(min, max).map(String::valueOf);
  }

  private static Arbitrary<List<String>> flags(String... flags) {
    return Arbitraries.of(flags).list().uniqueElements().ofMaxSize(flags.length);
  }

  @Provide
  Arbitrary<List<String>> commandLines() {
    Arbitrary<List<String>> processRun = Combinators.combine(n(1, 6), n(0, 100), n(0, 500), n(0, 6),
        flags("-c", "-p")).as((x, y, s, l, f) -> with(List.of("process-run.py", "-l", x + ":" + y + "," + y + ":"
            + x, "-s", s, "-L", l), f));
    Arbitrary<List<String>> scheduler = Combinators.combine(Arbitraries.of("FIFO", "SJF", "RR"), n(1, 5),
        n(0, 500), n(1, 8), flags("-c")).as((p, q, s, j, f) -> with(List.of("cpu-sched/scheduler.py", "-p", p,
            "-q", q, "-s", s, "-j", j), f));
    Arbitrary<List<String>> mlfq = Combinators.combine(n(1, 4), n(1, 12), n(0, 500), n(1, 4), n(0, 30),
        flags("-c", "-S", "-I")).as((nq, q, s, j, b, f) -> with(List.of("mlfq.py", "-n", nq, "-q", q, "-s", s,
            "-j", j, "-m", "40", "-B", b), f));
    Arbitrary<List<String>> lottery = Combinators.combine(n(0, 500), n(1, 5), n(1, 4), flags("-c"))
        .as((s, j, q, f) -> with(List.of("lottery.py", "-s", s, "-j", j, "-q", q), f));
    Arbitrary<List<String>> multi = Combinators.combine(n(0, 500), n(1, 4), n(1, 4), flags("-c", "-t", "-T",
        "-C", "-S", "-p", "-o")).as((s, j, cpus, f) -> with(List.of("multi.py", "-s", s, "-j", j, "-n", cpus,
            "-R", "60", "-W", "150"), f));
    Arbitrary<List<String>> fork = Combinators.combine(n(0, 500), n(1, 12), Arbitraries.of("basic", "line1",
        "line2", "fancy"), flags("-c", "-t", "-F", "-L", "-R")).as((s, a, style, f) -> with(List.of("fork.py",
            "-s", s, "-a", a, "-P", style), f));
    Arbitrary<List<String>> x86 = Combinators.combine(Arbitraries.of("threads-intro/x86.py",
        "threads-locks/x86.py"), n(1, 3), n(1, 9), n(1, 3), flags("-c", "-r", "-C", "-S", "-v"))
        .as((tool, t, i, bx, f) -> with(List.of(tool, "-p", "count.s", "-t", t, "-i", i, "-a", "bx=" + bx, "-M",
            "3000", "-R", "ax,bx"), f));
    return Arbitraries.oneOf(processRun, scheduler, mlfq, lottery, multi, fork, x86);
  }

  private static List<String> with(List<String> words, List<String> flags) {
    List<String> all = new ArrayList<>(words);
    all.addAll(flags);
    return all;
  }

  @Property(tries = 120)
  void theCommandLineAndTheApiPrintTheSame(@ForAll("commandLines") List<String> words) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = OstepCommand.run(words.toArray(new String[0]), folder, out,
        new PrintStream(err, true, StandardCharsets.UTF_8));
    HttpResponse<String> response = post(request(words));
    assertEquals(200, response.statusCode(), words + " → " + response.body());
    JsonNode answer = ScenarioJson.MAPPER.readTree(response.body());
    assertEquals(out.toString(StandardCharsets.UTF_8), answer.get("stdout").textValue(), words.toString());
    assertEquals(status, answer.get("exitCode").intValue(), words.toString());
    assertEquals(err.toString(StandardCharsets.UTF_8), answer.get("stderr").textValue(), words.toString());
  }

  @Provide
  Arbitrary<List<String>> brokenCommandLines() {
    Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of("-c", "-s", "-l", "-p", "-P", "-a", "-j", "-L",
        "-A", "-M", "-q", "-t", "--seed", "--x", "-", "--", "0", "-1", "1e9", "999999999999", "x:y", "a+b,b-",
        "count.s", "nan", "RR", "3:0,0:3", ",", ":", "0,0,0"), Arbitraries.strings().ofMaxLength(12));
    return Combinators.combine(Arbitraries.of(OstepTools.TOOLS), word.list().ofMaxSize(8))
        .as((tool, args) -> with(List.of(tool), args));
  }

  @Property(tries = 300)
  void noCommandLineMakesTheApiFail(@ForAll("brokenCommandLines") List<String> words) throws Exception {
    HttpResponse<String> response = post(request(words));
    assertTrue(response.statusCode() == 200 || response.statusCode() == 400, words + " → " + response.statusCode()
        + " " + response.body());
    JsonNode answer = ScenarioJson.MAPPER.readTree(response.body());
    if (response.statusCode() == 400) {
      assertEquals(List.of("error", "field", "limit"), SimulateApiTest.names(answer), words.toString());
    } else {
      assertEquals(List.of("stdout", "stderr", "exitCode", "open"), SimulateApiTest.names(answer));
    }
  }

  private static byte[] request(List<String> words) {
    ObjectNode body = ScenarioJson.MAPPER.createObjectNode();
    body.put("tool", words.get(0));
    words.subList(1, words.size()).forEach(body.putArray("args")::add);
    body.putObject("files").put("count.s", PROGRAM);
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> post(byte[] body) throws IOException, InterruptedException {
    return JsonPosts.post(http, server, "/api/ostep", body);
  }
}
