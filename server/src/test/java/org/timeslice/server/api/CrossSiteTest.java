package org.timeslice.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;
import org.timeslice.server.PublicUrl;
import org.timeslice.server.run.RunConfig;

/**
 * No other site's page can start work here through a visitor's browser: API POSTs need a JSON
 * {@code Content-Type} (a form post, which needs no preflight, is 415) and a browser's {@code Origin} must be
 * this site's public URL (403 otherwise); scripts without an {@code Origin} are served.
 */
class CrossSiteTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String RUN = "{\"runtime\":\"python\",\"workload\":\"cpu\",\"model\":\"threads\",\"workers\":1,\"size\":1}";

  private static Response post(HttpClient client, String path, String body, String... headers) {
    return client.request(path, b -> {
      b.post(RequestBody.create(body, JSON));
      for (int i = 0; i < headers.length; i += 2) {
        b.header(headers[i], headers[i + 1]);
      }
    });
  }

  @Test
  void aForeignOriginIsRefusedWith403OnEveryApiPost() {
    RunConfig neverRuns = RunConfig.defaults().withRunner(request -> {
      throw new AssertionError("a refused request reached the runner");
    });
    JavalinTest.test(App.create(AppConfig.defaults(), neverRuns), (server, client) -> {
      for (String path : new String[] {"/api/simulate", "/api/run"}) {
        String body = path.equals("/api/run") ? RUN : SimulateApiTest.RR;
        Response response = post(client, path, body, "Origin", "https://evil.example");
        String text = response.body().string();
        assertEquals(403, response.code(), text);
        JsonNode error = ScenarioJson.MAPPER.readTree(text);
        assertEquals("Origin", error.get("field").textValue(), text);
        assertEquals("http://localhost:" + server.port(), error.get("limit").textValue(), text);
        assertTrue(error.get("error").textValue().contains("https://evil.example"), text);
        Response noOrigin = post(client, path, body, "Sec-Fetch-Site", "cross-site");
        assertEquals(403, noOrigin.code(), path + " with Sec-Fetch-Site: cross-site");
      }
    });
  }

  @Test
  void thisSitesOriginAndNoOriginAtAllAreServed() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      int port = server.port();
      for (String origin : new String[] {"http://localhost:" + port, "http://127.0.0.1:" + port,
          "http://[::1]:" + port}) {
        assertEquals(200, post(client, "/api/simulate", SimulateApiTest.RR, "Origin", origin).code(), origin);
      }
      assertEquals(200, post(client, "/api/simulate", SimulateApiTest.RR, "Sec-Fetch-Site", "same-origin").code());
      assertEquals(200, post(client, "/api/simulate", SimulateApiTest.RR).code(), "a script sends no Origin");
      assertEquals(403, post(client, "/api/simulate", SimulateApiTest.RR, "Origin", "http://localhost:1").code(),
          "another port is another site");
    });
  }

  @Test
  void withAPublicUrlOnlyItsOriginIsThisSite() {
    AppConfig config = AppConfig.defaults().withPublicUrl(PublicUrl.parse("https://timeslice.example.org"));
    JavalinTest.test(App.create(config), (server, client) -> {
      assertEquals(200, post(client, "/api/simulate", SimulateApiTest.RR, "Origin", "https://timeslice.example.org")
          .code());
      assertEquals(403, post(client, "/api/simulate", SimulateApiTest.RR, "Origin", "http://localhost:" + server.port())
          .code(), "behind a public URL the listening address is not the site");
      assertEquals(403, post(client, "/api/simulate", SimulateApiTest.RR, "Origin", "null").code(),
          "an opaque origin (a sandboxed frame, a file) is not the site");
    });
  }

  @Test
  void aFormPostWithoutPreflightIsRefusedWith415() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      for (String type : new String[] {"application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
          "text/plain"}) {
        Response response = client.request("/api/simulate",
            b -> b.post(RequestBody.create(SimulateApiTest.RR, MediaType.get(type))).header("Origin", "https://evil.example"));
        assertTrue(response.code() == 403 || response.code() == 415, type + ": " + response.code());
        Response sameSite = client.request("/api/simulate",
            b -> b.post(RequestBody.create(SimulateApiTest.RR, MediaType.get(type))));
        assertEquals(415, sameSite.code(), type);
      }
    });
  }
}
