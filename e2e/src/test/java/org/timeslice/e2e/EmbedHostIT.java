package org.timeslice.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Frame;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A course page on another origin (127.0.0.1 on its own port; Timeslice is on localhost) embeds two
 * widgets with our embed.js: both frames load, announce their height, and are resized to their content.
 */
class EmbedHostIT extends BrowserTest {
  private HttpServer host;

  @BeforeEach
  void startHostPage() throws IOException {
    String timeslice = url("");
    String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Course page</title>"
        + "<link rel=\"icon\" href=\"data:,\"></head><body><h1>Operating systems, week 3</h1>"
        + "<iframe id=\"one\" src=\"" + timeslice + "/embed/scheduler?s=1.AAtmaWZvLWNvbnZveQ&t=30\""
        + " title=\"CPU scheduler\" width=\"700\" height=\"150\" data-timeslice-embed></iframe>"
        + "<p>Read section 7, then:</p>"
        + "<iframe id=\"two\" src=\"" + timeslice + "/embed/lifecycle\" title=\"Lifecycle\" width=\"360\""
        + " height=\"150\"></iframe>"
        + "<script src=\"" + timeslice + "/embed.js\"></script></body></html>";
    host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    host.createContext("/", exchange -> {
      byte[] body = html.getBytes(StandardCharsets.UTF_8);
      boolean root = exchange.getRequestURI().getPath().equals("/");
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(root ? 200 : 204, root ? body.length : -1);
      if (root) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
      exchange.close();
    });
    host.start();
  }

  @AfterEach
  void stopHostPage() {
    host.stop(0);
  }

  @Test
  void twoEmbeddedWidgetsOnAnotherOriginAreResizedToTheirContent() {
    String hostUrl = "http://127.0.0.1:" + host.getAddress().getPort() + "/";
    page.navigate(hostUrl);
    for (String id : new String[] {"one", "two"}) {
      page.waitForSelector("#" + id + "[data-timeslice-height]");
      Frame frame = page.frameLocator("#" + id).owner().elementHandle().contentFrame();
      frame.waitForSelector("html[data-ts-ready=true]");
      // Wait until the frame's height follows its content (the content settles after the first render).
      page.waitForFunction("id => { const f = document.getElementById(id);"
          + " return Math.abs(f.clientHeight - Number(f.dataset.timesliceHeight)) < 1"
          + " && Number(f.dataset.timesliceHeight) > 300; }", id);
      double frameHeight = ((Number) page.evaluate(
          "id => document.getElementById(id).clientHeight", id)).doubleValue();
      double contentHeight = ((Number) frame.evaluate(
          "() => Math.ceil(document.documentElement.getBoundingClientRect().height)")).doubleValue();
      assertEquals(contentHeight, frameHeight, 1.0, id + ": the frame is as tall as its content");
      assertTrue(frameHeight > 150, id + " grew from its 150 px attribute");
      Object scrolls = frame.evaluate(
          "() => document.documentElement.scrollHeight > window.innerHeight + 1");
      assertEquals(Boolean.FALSE, scrolls, id + ": no scrollbar inside the frame");
    }
    double one = ((Number) page.evaluate("() => document.getElementById('one').clientHeight"))
        .doubleValue();
    double two = ((Number) page.evaluate("() => document.getElementById('two').clientHeight"))
        .doubleValue();
    assertNotEquals(one, two, "each frame has its own content height");
    Frame first = page.frameLocator("#one").owner().elementHandle().contentFrame();
    assertEquals("tick 30 / 120", first.locator(".tick-readout").textContent(), "the shared tick");
    screenshot("embed-host-page");
    assertNoProblems();
  }
}
