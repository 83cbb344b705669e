package org.timeslice.server.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.timeslice.server.assets.Asset;

/**
 * Pages rendered once per (path, query) and kept with their gzip form and an ETag (docs/benchmarks.md,
 * "Pages"). A page is a pure function of its address and the build (the public URL and version are fixed
 * while the server runs; no page reads cookies or the Host), so a rendered page is served as it is to
 * everyone who asks for the same address: from memory, compressed once at the best level, and a browser
 * that already has it gets a 304.
 *
 * <p>Bounded: at most {@link #maxBytes} of pages (plain and gzip together), the least recently used leave
 * first, so addresses made up by the thousand (any {@code ?s=}) cost memory only while they are recent.
 * Only 200 and 404 answers are kept; anything else is served as rendered.
 */
public final class PageCache {
  /** Pages are revalidated on every visit (a deploy changes them), which an unchanged page answers with 304. */
  static final String CACHE_CONTROL = "no-cache";

  private final long maxBytes;
  private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;

  /** One rendered page. */
  record Entry(int status, String contentType, String policy, byte[] body, byte[] gzipped, String etag) {
    long size() {
      return body.length + (gzipped == null ? 0 : gzipped.length) + 256L;
    }
  }

  public PageCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** {@code handler} (which renders a page) served through the cache. */
  public Handler cached(Handler handler) {
    return ctx -> {
      String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
      Entry entry = get(key);
      if (entry == null) {
        handler.handle(ctx);
        entry = capture(ctx);
        if (entry == null) {
          return; // not a page we keep: served as rendered
        }
        put(key, entry);
      }
      serve(ctx, entry);
    };
  }

  private synchronized Entry get(String key) {
    return entries.get(key);
  }

  private synchronized void put(String key, Entry entry) {
    if (entry.size() > maxBytes) {
      return;
    }
    Entry old = entries.put(key, entry);
    bytes += entry.size() - (old == null ? 0 : old.size());
    var oldest = entries.entrySet().iterator();
    while (bytes > maxBytes && oldest.hasNext()) {
      bytes -= oldest.next().getValue().size();
      oldest.remove();
    }
  }

  synchronized int size() {
    return entries.size();
  }

  synchronized long bytes() {
    return bytes;
  }

  private static Entry capture(Context ctx) {
    int status = ctx.statusCode();
    String html = ctx.result();
    if ((status != 200 && status != 404) || html == null) {
      return null;
    }
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    byte[] gzipped = Asset.gzip(body);
    return new Entry(status, ctx.res().getContentType(), ctx.res().getHeader("Content-Security-Policy"), body,
        gzipped.length < body.length ? gzipped : null, "W/\"" + sha256(body).substring(0, 20) + "\"");
  }

  private static void serve(Context ctx, Entry entry) {
    ctx.status(entry.status());
    if (entry.contentType() != null) {
      ctx.contentType(entry.contentType());
    }
    if (entry.policy() != null) {
      ctx.header("Content-Security-Policy", entry.policy());
    }
    ctx.header("ETag", entry.etag()).header("Cache-Control", CACHE_CONTROL).header("Vary", "Accept-Encoding");
    String ifNoneMatch = ctx.header("If-None-Match");
    if (entry.status() == 200 && ifNoneMatch != null && matches(ifNoneMatch, entry.etag())) {
      ctx.status(304).result(new byte[0]);
      return;
    }
    String accepted = ctx.header("Accept-Encoding");
    if (entry.gzipped() != null && accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip")) {
      ctx.header("Content-Encoding", "gzip").result(entry.gzipped());
    } else {
      ctx.result(entry.body());
    }
  }

  /** Weak comparison (RFC 9110, 13.1.2): any listed tag, weak or not, with the same opaque value; or {@code *}. */
  static boolean matches(String ifNoneMatch, String etag) {
    String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.trim();
      if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
