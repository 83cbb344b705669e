package org.timeslice.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.timeslice.model.core.DeterminismProbe;

class AppTest {
  private static final Pattern BUNDLE = Pattern.compile("src=\"(/assets/js/timeslice\\.[0-9a-f]{10}\\.js)\"");

  @Test
  void healthzAnswersOkWithTheVersion() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      Response response = client.get("/healthz");
      assertEquals(200, response.code());
      String body = response.body().string();
      assertTrue(body.contains("\"status\":\"ok\""), body);
      assertTrue(body.contains("\"version\""), body);
    });
  }

  @Test
  void homePageListsTheWidgetsAndLinksTheHashedBundle() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      Response response = client.get("/");
      assertEquals(200, response.code());
      assertTrue(response.header("Content-Type").startsWith("text/html"));
      String html = response.body().string();
      assertTrue(html.contains("CPU scheduler"), "widget list");
      assertTrue(html.contains("Dining philosophers"), "widget list");
      assertTrue(BUNDLE.matcher(html).find(), "hashed bundle URL in " + html);
      assertTrue(html.contains(DeterminismProbe.fingerprint(20_261_122L, 1_000)), "the JVM's probe value");
    });
  }

  @Test
  void eachWidgetPageLoadsOnlyTheBundleItNeeds() {
    Pattern labs = Pattern.compile("src=\"(/assets/js/timeslice-labs\\.[0-9a-f]{10}\\.js)\"");
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      for (String widget : new String[] {"race", "philosophers", "gil", "multitasking"}) {
        String html = client.get("/play/" + widget).body().string();
        Matcher m = labs.matcher(html);
        assertTrue(m.find(), widget + " loads the labs bundle");
        assertTrue(!BUNDLE.matcher(html).find(), widget + " does not load the scheduling bundle");
        assertEquals(200, client.get(m.group(1)).code());
      }
      for (String widget : new String[] {"lifecycle", "scheduler", "cores"}) {
        String html = client.get("/play/" + widget).body().string();
        assertTrue(BUNDLE.matcher(html).find() && !labs.matcher(html).find(), widget);
      }
    });
  }

  @Test
  void bundleIsServedUnderItsHashedNameWithImmutableCaching() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      Matcher m = BUNDLE.matcher(client.get("/").body().string());
      assertTrue(m.find());
      Response js = client.get(m.group(1));
      assertEquals(200, js.code());
      assertEquals("public, max-age=31536000, immutable", js.header("Cache-Control"));
      assertTrue(js.header("Content-Type").startsWith("text/javascript"));
      assertTrue(js.body().string().contains("probe"), "the exported probe function");
    });
  }

  @Test
  void textAssetsGoOutPrecompressedToClientsThatAcceptGzipAndPlainToOthers() throws Exception {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      Matcher m = BUNDLE.matcher(client.get("/").body().string());
      assertTrue(m.find());
      // An explicit Accept-Encoding makes OkHttp hand over the body as sent, without decompressing it.
      Response plain = client.get(m.group(1), b -> b.header("Accept-Encoding", "identity"));
      byte[] raw = plain.body().bytes();
      assertEquals(null, plain.header("Content-Encoding"));
      assertEquals("Accept-Encoding", plain.header("Vary"));

      Response gz = client.get(m.group(1), b -> b.header("Accept-Encoding", "gzip, deflate, br"));
      assertEquals("gzip", gz.header("Content-Encoding"));
      assertEquals("public, max-age=31536000, immutable", gz.header("Cache-Control"));
      byte[] compressed = gz.body().bytes();
      assertTrue(compressed.length < raw.length / 2, compressed.length + " vs " + raw.length);
      try (java.util.zip.GZIPInputStream in =
               new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
        assertTrue(java.util.Arrays.equals(raw, in.readAllBytes()), "gzip of exactly the same bytes");
      }
    });
  }

  @Test
  void staleOrUnknownAssetNamesAre404() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      assertEquals(404, client.get("/assets/js/timeslice.0000000000.js").code());
      assertEquals(404, client.get("/assets/js/timeslice.js").code());
      assertEquals(404, client.get("/assets/../templates/home.html").code());
    });
  }

  @Test
  void faviconIsServed() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      Response icon = client.get("/favicon.ico");
      assertEquals(200, icon.code());
      assertTrue(icon.header("Content-Type").startsWith("image/svg+xml"));
    });
  }

  @Test
  void unknownPageIsAFriendly404AndUnknownApiIsJson() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      Response page = client.get("/no/such/page");
      assertEquals(404, page.code());
      String html = page.body().string();
      assertTrue(html.contains("Page not found"), html);
      assertTrue(html.contains("/no/such/page"));

      Response api = client.get("/api/nope");
      assertEquals(404, api.code());
      assertTrue(api.header("Content-Type").startsWith("application/json"));
      assertTrue(api.body().string().contains("\"error\""));
    });
  }

  @Test
  void userTextInTheUrlIsEscapedOnThe404Page() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      String html = client.get("/%3Cscript%3Ealert(1)%3C%2Fscript%3E").body().string();
      assertTrue(!html.contains("<script>alert(1)"), html);
      assertTrue(html.contains("&lt;script&gt;"), html);
    });
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      Response response = client.get("/");
      assertEquals("nosniff", response.header("X-Content-Type-Options"));
      assertNotNull(response.header("Content-Security-Policy"));
      assertTrue(response.header("Content-Security-Policy").contains("script-src 'self'"));
      assertNotNull(response.header("Referrer-Policy"));
    });
  }
}
