package org.timeslice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.timeslice.server.run.RunConfig;

/**
 * What a hostile visitor can send, fuzzed (bounded tries; the simulate body itself is {@code
 * SimulateApiFuzzTest}'s): share links of any widget and any {@code s}/{@code t}, oEmbed with any URL, the
 * simulate query parameters, and {@code /api/run} with any body, content type and origin. Every answer is
 * one the API documents (a 400 page for an address the HTTP layer cannot read, e.g. {@code %00}), carries the
 * security headers, and none is a 5xx. Real runs are replaced by a
 * runner that answers at once, so nothing is executed.
 */
class PublicSurfaceFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
  private static Javalin server;
  private static HttpClient http;

  @BeforeContainer
  static void startServer() {
    RunConfig instant = RunConfig.defaults().withRunner(request -> JSON.createObjectNode()
        .put("wallMillis", 1.0).put("cpuMillis", 1.0).set("workers", JSON.createArrayNode()));
    server = App.create(AppConfig.defaults().withPort(0), instant).start(0);
    http = HttpClient.newHttpClient();
  }

  @AfterContainer
  static void stopServer() {
    server.stop();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String pathAndQuery) {
    return URI.create("http://localhost:" + server.port() + pathAndQuery);
  }

  private static void assertAnswered(HttpResponse<String> response, Set<Integer> allowed, String what) {
    assertTrue(allowed.contains(response.statusCode()), what + " → " + response.statusCode() + " " + response.body());
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), what);
    assertTrue(response.headers().firstValue("Content-Security-Policy").isPresent(), what);
  }

  @Property(tries = 200)
  void anyShareLinkOpensAPageOrA404(@ForAll("widgetIds") String widget, @ForAll("payloads") String s,
      @ForAll("ticks") String t, @ForAll boolean embed) throws Exception {
    String path = (embed ? "/embed/" : "/play/") + URLEncoder.encode(widget, StandardCharsets.UTF_8) + "?s="
        + URLEncoder.encode(s, StandardCharsets.UTF_8) + "&t=" + URLEncoder.encode(t, StandardCharsets.UTF_8);
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)));
    assertAnswered(response, Set.of(200, 400, 404), path); // 400: an address the HTTP layer cannot read (%00)
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
  }

  @Property(tries = 150)
  void anyOembedQueryIsAnsweredAsTheSpecSays(@ForAll("oembedUrls") String url, @ForAll("sizes") String maxwidth,
      @ForAll("formats") String format) throws Exception {
    String path = "/oembed?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8) + "&maxwidth="
        + URLEncoder.encode(maxwidth, StandardCharsets.UTF_8) + "&format=" + URLEncoder.encode(format, StandardCharsets.UTF_8);
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)));
    assertAnswered(response, Set.of(200, 400, 404, 501), path);
    JSON.readTree(response.body());
  }

  @Property(tries = 150)
  void anySimulateQueryIsAResultOrA400(@ForAll("queries") String query) throws Exception {
    String body = "{\"version\":1,\"machine\":{\"cores\":1},\"scheduler\":{\"policy\":\"RR\",\"quantumTicks\":2},"
        + "\"tasks\":[{\"name\":\"A\",\"program\":[{\"cpu\":5}]},{\"name\":\"B\",\"program\":[{\"io\":2},{\"cpu\":3}]}]}";
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/simulate?" + query))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    assertAnswered(response, Set.of(200, 400), query);
    JSON.readTree(response.body());
  }

  @Property(tries = 250)
  void anyRunRequestIsAnsweredWithADocumentedStatus(@ForAll("runBodies") String body,
      @ForAll("contentTypes") String contentType, @ForAll("origins") String origin) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/run")).POST(HttpRequest.BodyPublishers.ofString(body));
    if (!contentType.isEmpty()) {
      request.header("Content-Type", contentType);
    }
    if (!origin.isEmpty()) {
      request.header("Origin", origin.replace("PORT", Integer.toString(server.port())));
    }
    HttpResponse<String> response = send(request);
    assertAnswered(response, Set.of(200, 400, 403, 409, 413, 415, 429), body + " as " + contentType + " from " + origin);
    JSON.readTree(response.body());
  }

  @Provide
  Arbitrary<String> widgetIds() {
    return Arbitraries.oneOf(Arbitraries.of("lifecycle", "scheduler", "cores", "race", "philosophers", "gil",
        "multitasking"), Arbitraries.strings().ofMaxLength(20).filter(s -> !s.isEmpty()));
  }

  @Provide
  Arbitrary<String> payloads() {
    Arbitrary<String> alphabet = Arbitraries.strings().withChars(BASE64URL.toCharArray()).ofMaxLength(7_000);
    return Arbitraries.oneOf(alphabet, alphabet.map(s -> "1." + s), Arbitraries.strings().ofMaxLength(200));
  }

  @Provide
  Arbitrary<String> ticks() {
    return Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf), Arbitraries.strings().ofMaxLength(12));
  }

  @Provide
  Arbitrary<String> oembedUrls() {
    Arbitrary<String> ours = Combinators.combine(widgetIds(), payloads()).as((w, s) ->
        "http://localhost:" + server.port() + "/play/" + w + "?s=" + s);
    return Arbitraries.oneOf(ours, Arbitraries.strings().ofMaxLength(300),
        Arbitraries.of("javascript:alert(1)", "http://evil.example/play/scheduler", "", "//x", "http://[::1"));
  }

  @Provide
  Arbitrary<String> sizes() {
    return Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf), Arbitraries.strings().ofMaxLength(8),
        Arbitraries.just(""));
  }

  @Provide
  Arbitrary<String> formats() {
    return Arbitraries.of("json", "xml", "", "JSON", "json ");
  }

  @Provide
  Arbitrary<String> queries() {
    Arbitrary<String> include = Arbitraries.of("trace", "timeline", "trace,timeline", "", "all", "trace,,timeline");
    Arbitrary<String> number = Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf),
        Arbitraries.longs().map(String::valueOf), Arbitraries.strings().ofMaxLength(6));
    return Combinators.combine(include, number, number).as((i, from, limit) ->
        "include=" + URLEncoder.encode(i, StandardCharsets.UTF_8) + "&traceFrom="
            + URLEncoder.encode(from, StandardCharsets.UTF_8) + "&traceLimit=" + URLEncoder.encode(limit, StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<String> runBodies() {
    Arbitrary<Object> values = Arbitraries.oneOf(Arbitraries.of("python", "jvm", "cpu", "io", "mixed", "counter",
        "counter-locked", "sequential", "threads", "processes", "asyncio", "virtual-threads", ""),
        Arbitraries.integers().between(-3, 12).map(i -> (Object) i), Arbitraries.strings().ofMaxLength(10).map(s -> (Object) s),
        Arbitraries.just((Object) null), Arbitraries.doubles().map(d -> (Object) d));
    Arbitrary<String> objects = values.list().ofSize(5).flatMap(v -> Arbitraries.of(List.of("runtime", "workload",
        "model", "workers", "size", "extra")).list().ofMinSize(0).ofMaxSize(6).map(names -> {
          ObjectNode node = JSON.createObjectNode();
          for (int i = 0; i < names.size(); i++) {
            node.set(names.get(i), JSON.valueToTree(v.get(i % v.size())));
          }
          return node.toString();
        }));
    return Arbitraries.oneOf(objects, Arbitraries.strings().ofMaxLength(300), Arbitraries.of("", "[]", "null",
        "{\"runtime\":\"jvm\",\"workload\":\"cpu\",\"model\":\"threads\",\"workers\":2,\"size\":1}"));
  }

  @Provide
  Arbitrary<String> contentTypes() {
    return Arbitraries.of("application/json", "application/json; charset=utf-8", "text/plain",
        "application/x-www-form-urlencoded", "", "application/vnd.x+json", "multipart/form-data; boundary=z");
  }

  @Provide
  Arbitrary<String> origins() {
    return Arbitraries.of("", "http://localhost:PORT", "https://evil.example", "null", "http://127.0.0.1:PORT");
  }
}
