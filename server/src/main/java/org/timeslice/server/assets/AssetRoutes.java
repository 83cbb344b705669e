package org.timeslice.server.assets;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Serves {@link Assets}: hashed names are immutable for a year; the favicon has a fixed URL. */
public final class AssetRoutes {
  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  private final Assets assets;

  public AssetRoutes(Assets assets) {
    this.assets = assets;
  }

  /** {@code GET /assets/*}: the asset named by the rest of the path, if that name is current. */
  public void serveHashed(Context ctx) {
    String name = ctx.path().substring("/assets/".length());
    Asset asset = assets.byHashedName(name);
    if (asset == null) {
      ctx.status(HttpStatus.NOT_FOUND).contentType("text/plain; charset=utf-8").result("no such asset");
      return;
    }
    ctx.header("Cache-Control", IMMUTABLE);
    send(ctx, asset);
  }

  /** The asset's precompressed gzip form when the client accepts gzip, otherwise its bytes. */
  static void send(Context ctx, Asset asset) {
    ctx.contentType(asset.contentType());
    if (asset.gzipped() != null) {
      ctx.header("Vary", "Accept-Encoding");
      String accepted = ctx.header("Accept-Encoding");
      if (accepted != null && accepted.toLowerCase(java.util.Locale.ROOT).contains("gzip")) {
        ctx.header("Content-Encoding", "gzip").result(asset.gzipped());
        return;
      }
    }
    ctx.result(asset.bytes());
  }

  /** {@code GET /favicon.ico}: browsers ask for it whatever the page says. */
  public void serveFavicon(Context ctx) {
    Asset icon = assets.byLogicalName("icons/favicon.svg");
    ctx.header("Cache-Control", "public, max-age=86400");
    send(ctx, icon);
  }

  /**
   * {@code GET /embed.js}: the host-page helper under a fixed URL (host pages paste it once and keep it),
   * cached for an hour so a fix reaches them soon.
   */
  public void serveEmbedScript(Context ctx) {
    Asset script = assets.byLogicalName("js/embed.js");
    ctx.header("Cache-Control", "public, max-age=3600").header("Access-Control-Allow-Origin", "*");
    send(ctx, script);
  }
}
