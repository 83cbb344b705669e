package org.timeslice.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/** Widget pages carry their stylesheets inline and, without parameters, the widget's first frame. */
class WidgetPagesTest {
  private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);
  private static final Pattern PLAYGROUND = Pattern.compile("<section id=\"playground\"[^>]*>");

  private static String styleText(String html) {
    Matcher m = STYLE.matcher(html);
    assertTrue(m.find(), "an inline <style>");
    return m.group(1);
  }

  @Test
  void aWidgetPageCarriesItsFirstFrameAllowedByHash() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      for (Widget w : Widgets.ALL) {
        Response r = client.get("/play/" + w.id());
        String html = r.body().string();
        String csp = r.header("Content-Security-Policy");
        FirstFrame frame = FirstFrame.load(getClass().getClassLoader(), w.id());
        assertTrue(html.contains(frame.html()), w.id() + ": the frame is in the page, unescaped");
        Matcher section = PLAYGROUND.matcher(html);
        assertTrue(section.find() && section.group().contains("inert=\"inert\""), w.id() + ": " + section.group());
        assertTrue(section.group().contains("aria-busy=\"true\""), w.id());
        assertTrue(html.contains("a still picture of the playground"), w.id() + ": the no-script note says so");
        for (String hash : frame.styleHashes()) {
          assertTrue(csp.contains(hash), w.id() + ": " + hash + " missing from " + csp);
        }
        assertTrue(csp.contains(ContentSecurityPolicy.hash(styleText(html))), w.id() + ": <style> not allowed: " + csp);
        assertTrue(csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), csp);
        assertTrue(!html.contains("rel=\"stylesheet\""), w.id() + ": the stylesheets are inline");
      }
    });
  }

  @Test
  void withParametersThePageHasNoFrameButStillItsStyles() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      Response r = client.get("/play/scheduler?preset=fifo-convoy");
      String html = r.body().string();
      String csp = r.header("Content-Security-Policy");
      Matcher section = PLAYGROUND.matcher(html);
      assertTrue(section.find() && !section.group().contains("inert"), section.group());
      assertTrue(!html.contains("class=\"time-controls\""), "no frame for a page with parameters");
      assertTrue(html.contains("The playground needs JavaScript."), html);
      String style = styleText(html);
      assertTrue(style.contains(".playground") && style.contains(".site-header"), "site.css and play.css inline");
      assertEquals("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-hashes' "
          + ContentSecurityPolicy.hash(style) + "; img-src 'self' data:; connect-src 'self'; object-src 'none';"
          + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'", csp);
    });
  }

  @Test
  void embedsInlineTheirStylesAndMayBeFramed() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      Response r = client.get("/embed/scheduler");
      String csp = r.header("Content-Security-Policy");
      assertTrue(csp.contains(ContentSecurityPolicy.hash(styleText(r.body().string()))), csp);
      assertTrue(csp.endsWith("frame-ancestors *"), csp);
    });
  }

  @Test
  void otherPagesLinkTheSiteStylesheetAndAllowNoInlineStyle() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      for (String path : new String[] {"/", "/no-such-page"}) {
        Response r = client.get(path);
        String html = r.body().string();
        assertTrue(html.matches("(?s).*<link rel=\"stylesheet\" href=\"/assets/css/site\\.[0-9a-f]{10}\\.css\">.*"), path);
        assertTrue(!html.contains("<style>"), path);
        assertTrue(r.header("Content-Security-Policy").contains("style-src 'self';"), path);
      }
    });
  }
}
