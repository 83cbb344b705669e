package org.timeslice.server.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.share.ShareState;
import org.timeslice.model.share.ShareUrl;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/** Widget pages with shared state: metadata, /embed, /oembed, and the headers that make embedding safe. */
class ShareRoutesTest {
  /** rr-small-quantum-switch-cost with quantum 3, as a released v1 link. */
  static final String RR_QUANTUM_3 = "1.ABxyci1zbWFsbC1xdWFudHVtLXN3aXRjaC1jb3N0BgM";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String meta(String html, String attr, String name) {
    Matcher m = Pattern.compile("<meta " + attr + "=\"" + Pattern.quote(name) + "\" content=\"([^\"]*)\"")
        .matcher(html);
    return m.find() ? m.group(1) : null;
  }

  @Test
  void aSharedPlayPageDescribesTheDecodedScenarioInTitleAndPreviews() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      Response r = client.get("/play/scheduler?s=" + RR_QUANTUM_3 + "&t=14");
      assertEquals(200, r.code());
      String html = r.body().string();
      String title = "Round robin, quantum 3, 3 tasks — Timeslice";
      assertTrue(html.contains("<title>" + title + "</title>"), html);
      assertEquals(title, meta(html, "property", "og:title"));
      assertEquals(title, meta(html, "name", "twitter:title"));
      String description = "CPU scheduler. RR: a tiny quantum wastes the CPU: 3 tasks on 1 core under round"
          + " robin, quantum 3, each context switch costing 1 tick. Shared at tick 14.";
      assertEquals(description, meta(html, "name", "description"));
      assertEquals(description, meta(html, "property", "og:description"));
      assertEquals(description, meta(html, "name", "twitter:description"));
      String page = site(server) + "/play/scheduler?s=" + RR_QUANTUM_3 + "&amp;t=14";
      assertEquals(page, meta(html, "property", "og:url"));
      assertEquals("summary", meta(html, "name", "twitter:card"));
      assertTrue(html.contains("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"" + site(server)
          + "/oembed?url=" + enc(page.replace("&amp;", "&")).replace("&", "&amp;")
          + "&amp;format=json\""), html);
    });
  }

  @Test
  void everyPlayPageHasOEmbedDiscoveryAndADefaultTitleWithoutSharedState() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      for (String widget : List.of("lifecycle", "scheduler", "cores")) {
        String html = client.get("/play/" + widget).body().string();
        assertTrue(html.contains("type=\"application/json+oembed\""), widget);
        assertTrue(html.contains("/oembed?url=" + enc(site(server) + "/play/" + widget)),
            widget);
      }
      String html = client.get("/play/scheduler").body().string();
      assertTrue(html.contains("<title>CPU scheduler — Timeslice</title>"), html);
    });
  }

  @Test
  void anUnreadableLinkStillServesThePageWithTheWidgetsOwnTitle() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      for (String s : List.of("garbage", "1.%21%21", "9.AAAA", "1." + "A".repeat(7_000))) {
        Response r = client.get("/play/scheduler?s=" + s + "&t=x");
        assertEquals(200, r.code(), s.substring(0, Math.min(s.length(), 20)));
        String html = r.body().string();
        assertTrue(html.contains("<title>CPU scheduler — Timeslice</title>"), s.substring(0, 5));
        assertFalse(html.contains("garbage") || html.contains("AAAAAAAA"), "an unreadable payload is never echoed");
      }
      // Beyond the HTTP server's header limit the request is refused before any page code runs.
      assertEquals(414, statusRefusingTheUpload(server.port(), "/play/scheduler?s=1." + "A".repeat(100_000)));
    });
  }

  /**
   * The status of a GET whose request line the server refuses mid-upload. The server answers and closes
   * with the rest of the request unread, which the kernel may turn into a reset before the client has
   * read the answer (OkHttp then fails with "state: 0", about one run in seven): such an attempt is
   * repeated, a status is never guessed.
   */
  private static int statusRefusingTheUpload(int port, String path) throws InterruptedException {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.io.IOException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        return http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + path)).build(),
            java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
      } catch (java.io.IOException e) {
        last = e;
      }
    }
    throw new AssertionError("no answer in 5 attempts", last);
  }

  @Test
  void scenarioTitlesAreEscapedWhateverTheySay() {
    Scenario evil = Scenario.of("</title><script>alert(\"x\")</script>' & \"", new Machine(1, 0),
        SchedulerSpec.roundRobin(2), List.of(TaskSpec.of("A", 0, Op.cpu(3))), 1);
    String s = ShareUrl.payload(ShareState.of(evil, null, 0));
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      String html = client.get("/play/scheduler?s=" + s).body().string();
      assertFalse(html.contains("<script>alert"), html);
      assertTrue(html.contains("&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; &amp; &quot;"),
          html);
      assertTrue(html.contains("<title>Round robin, quantum 2, 1 task — Timeslice</title>"), html);
    });
  }

  @Test
  void embedPagesAreFramableByAnySiteAndHaveNoSiteChrome() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      Response r = client.get("/embed/scheduler?s=" + RR_QUANTUM_3 + "&t=14");
      assertEquals(200, r.code());
      assertNull(r.header("X-Frame-Options"));
      String csp = r.header("Content-Security-Policy");
      assertTrue(csp.contains("frame-ancestors *"), csp);
      assertTrue(csp.contains("script-src 'self'"), csp);
      String html = r.body().string();
      assertTrue(html.contains("data-widget=\"scheduler\""), html);
      assertFalse(html.contains("class=\"site-header\""), "no site header");
      assertFalse(html.contains("class=\"site-footer\""), "no site footer");
      assertTrue(Pattern.compile("src=\"/assets/js/embed-frame\\.[0-9a-f]{10}\\.js\"").matcher(html).find());
      assertTrue(html.contains("href=\"" + site(server) + "/play/scheduler?s=" + RR_QUANTUM_3
          + "&amp;t=14\""), "the open-in-Timeslice link keeps the state");
      assertEquals(404, client.get("/embed/nope").code());
    });
  }

  @Test
  void everyOtherPageRefusesFramingAndAllCarryTheSecurityHeaders() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      for (String path : List.of("/", "/play/scheduler", "/play/lifecycle?s=1.AAtmaWZvLWNvbnZveQ",
          "/no/such/page", "/embed.js", "/oembed?url=x", "/embedded/scheduler")) {
        Response r = client.get(path);
        assertEquals("DENY", r.header("X-Frame-Options"), path);
        assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"), path);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
        assertEquals("strict-origin-when-cross-origin", r.header("Referrer-Policy"), path);
      }
      Response embed = client.get("/embed/cores");
      assertEquals("nosniff", embed.header("X-Content-Type-Options"));
      assertEquals("strict-origin-when-cross-origin", embed.header("Referrer-Policy"));
    });
  }

  @Test
  void pagesSatisfyTheirCspNoInlineScriptOrHandlersAndOnlyHashedStyles() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      for (String path : List.of("/", "/play/scheduler", "/play/scheduler?s=" + RR_QUANTUM_3, "/embed/lifecycle",
          "/nope")) {
        Response r = client.get(path);
        String csp = r.header("Content-Security-Policy");
        String html = r.body().string();
        Matcher scripts = Pattern.compile("<script\\b([^>]*)>").matcher(html);
        int count = 0;
        while (scripts.find()) {
          count++;
          assertTrue(scripts.group(1).contains("src=\"/assets/"), path + ": inline script " + scripts.group());
        }
        assertTrue(count >= 2, path);
        // Inline styles (a widget page's stylesheets and first frame) only with their hash in the policy.
        Matcher styles = Pattern.compile("<style>(.*?)</style>|\\sstyle=\"([^\"]*)\"", Pattern.DOTALL).matcher(html);
        while (styles.find()) {
          String text = styles.group(1) != null ? styles.group(1) : styles.group(2);
          assertTrue(csp.contains(org.timeslice.server.web.ContentSecurityPolicy.hash(text)),
              path + ": inline style not allowed by " + csp + ": " + text.substring(0, Math.min(80, text.length())));
        }
        assertFalse(csp.contains("unsafe-inline"), path + ": " + csp);
        assertFalse(Pattern.compile("\\son[a-z]+=").matcher(html).find(), path + ": inline handler");
      }
    });
  }

  @Test
  void embedScriptHasAStableUrl() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      Response r = client.get("/embed.js");
      assertEquals(200, r.code());
      assertTrue(r.header("Content-Type").startsWith("text/javascript"));
      assertEquals("public, max-age=3600", r.header("Cache-Control"));
      assertTrue(r.body().string().contains("timeslice:height"));
    });
  }

  @Test
  void oembedAnswersARichResponseWithEveryRequiredField() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      String origin = site(server);
      String url = origin + "/play/scheduler?s=" + RR_QUANTUM_3 + "&t=14";
      Response r = client.get("/oembed?url=" + enc(url) + "&format=json");
      assertEquals(200, r.code());
      assertTrue(r.header("Content-Type").startsWith("application/json"));
      JsonNode o = JSON.readTree(r.body().string());
      // oEmbed 1.0, 2.3.4: version and type always; rich adds html, width and height.
      assertEquals("1.0", o.get("version").asText());
      assertEquals("rich", o.get("type").asText());
      assertEquals(OEmbed.DEFAULT_WIDTH, o.get("width").asInt());
      assertEquals(OEmbed.DEFAULT_HEIGHT, o.get("height").asInt());
      assertTrue(o.get("width").isInt() && o.get("height").isInt());
      assertEquals("Round robin, quantum 3, 3 tasks — Timeslice", o.get("title").asText());
      assertEquals("Timeslice", o.get("provider_name").asText());
      assertEquals(origin + "/", o.get("provider_url").asText());
      String html = o.get("html").asText();
      assertTrue(html.startsWith("<iframe src=\"" + origin + "/embed/scheduler?s=" + RR_QUANTUM_3
          + "&amp;t=14\" width=\"720\" height=\"640\" title=\"CPU scheduler: Round robin, quantum 3, 3 tasks"
          + " (Timeslice)\" loading=\"lazy\""), html);
      assertTrue(html.endsWith("<script async src=\"" + origin + "/embed.js\"></script>"), html);
    });
  }

  @Test
  void oembedRespectsMaxWidthAndMaxHeightAndAcceptsEmbedUrls() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      String url = site(server) + "/embed/cores";
      JsonNode o = JSON.readTree(client.get("/oembed?url=" + enc(url) + "&maxwidth=400&maxheight=300")
          .body().string());
      assertEquals(400, o.get("width").asInt());
      assertEquals(300, o.get("height").asInt());
      assertTrue(o.get("html").asText().contains("width=\"400\" height=\"300\""));
      assertEquals("Concurrency vs parallelism — Timeslice", o.get("title").asText());
    });
  }

  @Test
  void oembedRefusesUrlsThatAreNotOursAndFormatsItCannotWrite() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      String origin = site(server);
      for (String url : List.of("http://example.com/play/scheduler", origin + "/", origin + "/play/nope", origin + "/assets/js/embed.js", "not a url at all",
          site(server).replace("http:", "https:") + "/play/scheduler", "javascript:alert(1)")) {
        Response r = client.get("/oembed?url=" + enc(url));
        assertEquals(404, r.code(), url);
        assertTrue(JSON.readTree(r.body().string()).has("error"), url);
      }
      Response xml = client.get("/oembed?url=" + enc(origin + "/play/scheduler") + "&format=xml");
      assertEquals(501, xml.code());
      assertEquals("format", JSON.readTree(xml.body().string()).get("field").asText());
      assertEquals(400, client.get("/oembed").code());
      assertEquals(400, client.get("/oembed?url=" + enc(origin + "/play/scheduler") + "&maxwidth=wide").code());
      assertEquals(400, client.get("/oembed?url=" + enc(origin + "/play/scheduler") + "&maxheight=0").code());
    });
  }

  /** The site's public URL in these tests: the listening address (no --public-url). */
  private static String site(io.javalin.Javalin server) {
    return "http://localhost:" + server.port();
  }

  @Test
  void absoluteUrlsUseTheConfiguredPublicUrlAndNeverTheRequestsHost() {
    AppConfig config = AppConfig.defaults().withPublicUrl(org.timeslice.server.PublicUrl.parse("https://timeslice.example.org"));
    JavalinTest.test(App.create(config), (server, client) -> {
      Response page = client.request("/play/scheduler?s=" + RR_QUANTUM_3, b -> b.header("Host", "evil.example"));
      String html = page.body().string();
      assertTrue(html.contains("<meta property=\"og:url\" content=\"https://timeslice.example.org/play/scheduler?s="
          + RR_QUANTUM_3 + "\">"), html);
      assertFalse(html.contains("evil.example"), "the Host header leaked into the page");
      JsonNode o = new com.fasterxml.jackson.databind.ObjectMapper().readTree(client.request(
          "/oembed?url=" + enc("https://timeslice.example.org/play/scheduler"), b -> b.header("Host", "evil.example"))
          .body().string());
      assertEquals("https://timeslice.example.org/", o.get("provider_url").asText());
      assertTrue(o.get("html").asText().startsWith("<iframe src=\"https://timeslice.example.org/embed/scheduler"), o.toString());
      assertFalse(o.toString().contains("evil.example"));
      Response foreign = client.request("/oembed?url=" + enc("https://evil.example/play/scheduler"),
          b -> b.header("Host", "evil.example"));
      assertEquals(404, foreign.code(), "a URL of the Host the request named is not ours");
    });
  }

  @Test
  void withoutAPublicUrlAForgedHostHeaderChangesNothing() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      String html = client.request("/play/scheduler", b -> b.header("Host", "evil.example:80")).body().string();
      assertTrue(html.contains("content=\"" + site(server) + "/play/scheduler\""), html);
      assertFalse(html.contains("evil.example"));
    });
  }
}
