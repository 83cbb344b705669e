package org.timeslice.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.testtools.JavalinTest;
import java.util.List;
import java.util.stream.Stream;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/** A HEAD tells what the GET would send (status, type, security headers), without the body. */
class HeadRequestsTest {
  private static final List<String> PAGES = List.of("/", "/play/scheduler", "/play/cores?preset=cores-64-on-8",
      "/embed/lifecycle", "/play/no-such-widget");
  private static final List<String> OTHERS = List.of("/embed.js", "/oembed?url=x", "/healthz", "/favicon.ico",
      "/assets/js/nope.js", "/api/presets", "/api/run/capabilities");

  @Test
  void everyGetRouteAnswersHeadWithTheHeadersOfItsGet() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      for (String path : Stream.concat(PAGES.stream(), OTHERS.stream()).toList()) {
        Response get = client.get(path);
        Response head = client.request(path, request -> request.head());
        assertEquals(get.code(), head.code(), path);
        if (PAGES.contains(path)) {
          assertEquals("text/html;charset=utf-8", head.header("Content-Type"), path);
        }
        assertEquals(get.header("Content-Type"), head.header("Content-Type"), path);
        assertEquals(get.header("Content-Security-Policy"), head.header("Content-Security-Policy"), path);
        assertEquals(get.header("X-Frame-Options"), head.header("X-Frame-Options"), path);
        assertEquals(0, head.body().bytes().length, path);
      }
    });
  }
}
