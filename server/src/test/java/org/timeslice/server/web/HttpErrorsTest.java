package org.timeslice.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;
import org.timeslice.server.api.ApiErrors;

/**
 * Answers no handler of ours writes, and failures of our handlers: every one carries the security headers;
 * API paths answer the JSON error shape and pages the site's own page; a failure names its request id,
 * which the log line carries too.
 */
class HttpErrorsTest {
  /** Sends {@code request} as raw bytes (so Host, the request line and header sizes are ours to choose). */
  static String raw(int port, String request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      return all.toString(StandardCharsets.UTF_8);
    }
  }

  private static void assertSecurityHeaders(String response) {
    String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
    for (String header : new String[] {"X-Content-Type-Options: nosniff", "Referrer-Policy:",
        "Content-Security-Policy: default-src 'self'", "X-Frame-Options: DENY"}) {
      assertTrue(head.contains(header), header + " in " + head);
    }
  }

  @Test
  void theHttpLayersOwnRefusalsCarryOurHeadersAndOurPagesOrJson() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      int port = server.port();
      String badHost = raw(port, "GET /play/scheduler HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n");
      assertTrue(badHost.startsWith("HTTP/1.1 400"), badHost);
      assertSecurityHeaders(badHost);
      assertTrue(badHost.contains("<h1>Bad request</h1>") && badHost.contains("class=\"site-header\""), badHost);

      String longAddress = raw(port, "GET /play/scheduler?s=" + "a".repeat(9_000) + " HTTP/1.1\r\nHost: localhost\r\n"
          + "Connection: close\r\n\r\n");
      assertTrue(longAddress.startsWith("HTTP/1.1 414"), longAddress);
      assertSecurityHeaders(longAddress);
      assertTrue(longAddress.contains("<h1>Address too long</h1>"), longAddress);

      String bigHeaders = raw(port, "POST /api/simulate HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(9_000)
          + "\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
      assertTrue(bigHeaders.startsWith("HTTP/1.1 431"), bigHeaders);
      assertSecurityHeaders(bigHeaders);
      assertTrue(bigHeaders.contains("Content-Type: application/json"), bigHeaders);
      assertTrue(bigHeaders.contains("\"field\":null,\"limit\":null"), "the API's error shape: " + bigHeaders);
    });
  }

  @Test
  void refusalsAreCountedAndSummarisedInOneLine() {
    RefusalLog log = new RefusalLog();
    assertEquals(null, log.flush(), "nothing to say");
    for (int i = 0; i < 3; i++) {
      log.count(431);
    }
    log.count(414);
    assertEquals("refused 4 malformed or oversized requests since the last summary (by status: 414 × 1 431 × 3)",
        log.flush());
    assertEquals(null, log.flush(), "counting starts again");
  }

  @Test
  void aFailingHandlerAnswersItsRequestIdAsJsonOrAsTheSitesPage() {
    Javalin app = App.create(AppConfig.defaults());
    app.get("/api/fails", ApiErrors.guard(ctx -> {
      throw new IllegalStateException("a bug");
    }));
    app.get("/fails", ctx -> {
      throw new IllegalStateException("a bug in a page");
    });
    JavalinTest.test(app, (server, client) -> {
      Response api = client.get("/api/fails");
      String text = api.body().string();
      assertEquals(500, api.code(), text);
      String id = api.header("X-Request-Id");
      assertTrue(id != null && id.matches("[0-9a-f]{12}"), id);
      assertTrue(text.contains("\"requestId\":\"" + id + "\""), text);
      assertTrue(text.contains("internal error (request " + id + ")"), text);
      assertEquals("nosniff", api.header("X-Content-Type-Options"));

      Response page = client.request("/fails", b -> b.header("X-Request-Id", "proxy-42"));
      String html = page.body().string();
      assertEquals(500, page.code());
      assertEquals("proxy-42", page.header("X-Request-Id"), "a proxy's id is kept");
      assertTrue(page.header("Content-Type").startsWith("text/html"));
      assertTrue(html.contains("<code>proxy-42</code>") && html.contains("class=\"site-header\""), html);
    });
  }
}
