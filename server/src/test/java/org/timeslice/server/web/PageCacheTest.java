package org.timeslice.server.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/** Pages are rendered once per address and served from memory, gzip-compressed once, with an ETag. */
class PageCacheTest {
  /** A raw client: okhttp's own gzip handling would hide what the server sent. */
  private static Response get(String url, String... headers) throws Exception {
    Request.Builder request = new Request.Builder().url(url);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return new OkHttpClient().newCall(request.build()).execute();
  }

  @Test
  void aPageIsServedTheSameWithAnEtagGzipOnRequestAnd304WhenUnchanged() {
    JavalinTest.test(App.create(AppConfig.defaults()), (server, client) -> {
      String url = "http://localhost:" + server.port() + "/play/scheduler";
      Response plain = get(url, "Accept-Encoding", "identity");
      byte[] body = plain.body().bytes();
      String etag = plain.header("ETag");
      assertTrue(etag != null && etag.startsWith("W/\""), etag);
      assertEquals("no-cache", plain.header("Cache-Control"));
      assertNull(plain.header("Content-Encoding"));
      assertTrue(plain.header("Content-Security-Policy").contains("'sha256-"), "the page's own policy is kept");

      Response again = get(url, "Accept-Encoding", "identity");
      assertArrayEquals(body, again.body().bytes());
      assertEquals(etag, again.header("ETag"));
      assertEquals(plain.header("Content-Security-Policy"), again.header("Content-Security-Policy"));

      Response gzipped = get(url, "Accept-Encoding", "gzip, br");
      assertEquals("gzip", gzipped.header("Content-Encoding"));
      assertEquals("Accept-Encoding", gzipped.header("Vary"));
      byte[] compressed = gzipped.body().bytes();
      assertTrue(compressed.length < body.length / 3, compressed.length + " of " + body.length);
      assertArrayEquals(body, new GZIPInputStream(new ByteArrayInputStream(compressed)).readAllBytes());

      Response unchanged = get(url, "If-None-Match", etag);
      assertEquals(304, unchanged.code());
      assertEquals(0, unchanged.body().bytes().length);
      assertEquals(200, get(url, "If-None-Match", "W/\"something-else\"").code());

      Response otherAddress = get(url + "?preset=rr-small-quantum", "Accept-Encoding", "identity");
      assertFalse(etag.equals(otherAddress.header("ETag")), "another address is another page");
      assertNull(otherAddress.header("Content-Encoding"));
    });
  }

  @Test
  void aHandlerRunsOncePerAddressAndTheCacheStaysWithinItsBytes() {
    AtomicInteger renders = new AtomicInteger();
    PageCache cache = new PageCache(40_000);
    Javalin app = Javalin.create().get("/page", cache.cached(ctx -> {
      renders.incrementAndGet();
      ctx.contentType("text/html").result("<p>" + ctx.queryString() + "</p>" + "x".repeat(10_000));
    }));
    JavalinTest.test(app, (server, client) -> {
      client.get("/page?a");
      client.get("/page?a");
      assertEquals(1, renders.get(), "rendered once for one address");
      for (int i = 0; i < 20; i++) {
        client.get("/page?n=" + i);
      }
      assertEquals(21, renders.get());
      assertTrue(cache.bytes() <= 40_000, "bytes " + cache.bytes());
      assertTrue(cache.size() < 21, "the least recently used left");
      client.get("/page?n=19");
      assertEquals(21, renders.get(), "the most recent stayed");
    });
  }

  @Test
  void weakEtagComparisonFollowsTheRfc() {
    assertTrue(PageCache.matches("W/\"abc\"", "W/\"abc\""));
    assertTrue(PageCache.matches("\"abc\"", "W/\"abc\""));
    assertTrue(PageCache.matches("\"x\", W/\"abc\"", "W/\"abc\""));
    assertTrue(PageCache.matches("*", "W/\"abc\""));
    assertFalse(PageCache.matches("W/\"abd\"", "W/\"abc\""));
  }
}
