package org.timeslice.server.share;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.timeslice.server.api.ApiErrors;
import org.timeslice.server.web.Widget;
import org.timeslice.server.web.Widgets;
import org.unbescape.html.HtmlEscape;

/**
 * {@code GET /oembed?url=…&maxwidth=…&maxheight=…&format=json}: an oEmbed 1.0 provider (oembed.com,
 * section 2) for our widget pages. The answer is a {@code rich} response whose {@code html} is an iframe
 * of {@code /embed/{widget}} with the same shared state, plus our {@code embed.js}, which sizes the iframe
 * to its content.
 *
 * <p>Status codes as the spec asks: 404 for a URL that is not one of our widget pages, 501 for a format
 * other than {@code json}, 400 for a missing URL or a malformed size.
 */
public final class OEmbed {
  /** Size of the iframe when the consumer sets no limit; embed.js then fits the height to the content. */
  public static final int DEFAULT_WIDTH = 720;
  public static final int DEFAULT_HEIGHT = 640;
  /** One day: a widget page's description only changes with the scenario, which is in the URL. */
  static final int CACHE_AGE_SECONDS = 86_400;
  private static final ObjectMapper JSON = new ObjectMapper();

  public void oembed(Context ctx) {
    String format = ctx.queryParam("format");
    if (format != null && !format.equals("json")) {
      ApiErrors.write(ctx, 501, "only format=json is supported", "format", "json");
      return;
    }
    String url = ctx.queryParam("url");
    if (url == null || url.isBlank()) {
      ApiErrors.write(ctx, 400, "url is required", "url", "required");
      return;
    }
    Integer maxWidth = size(ctx, "maxwidth");
    Integer maxHeight = size(ctx, "maxheight");
    if (maxWidth == null || maxHeight == null) {
      return;
    }
    SharedPage page = resolve(url, SharedPage.origin(ctx));
    if (page == null) {
      ApiErrors.write(ctx, 404, "not a Timeslice widget URL: " + url, "url", "a /play or /embed URL of this site");
      return;
    }
    int width = Math.min(DEFAULT_WIDTH, maxWidth);
    int height = Math.min(DEFAULT_HEIGHT, maxHeight);
    ObjectNode body = JSON.createObjectNode();
    body.put("version", "1.0");
    body.put("type", "rich");
    body.put("title", page.title());
    body.put("provider_name", SharedPage.SITE_NAME);
    body.put("provider_url", page.origin() + "/");
    body.put("cache_age", CACHE_AGE_SECONDS);
    body.put("html", html(page, width, height));
    body.put("width", width);
    body.put("height", height);
    ctx.header("Access-Control-Allow-Origin", "*");
    ctx.contentType("application/json").result(body.toString());
  }

  /** The iframe snippet: titled, lazy, with a sensible height until embed.js fits it to the content. */
  public static String html(SharedPage page, int width, int height) {
    return "<iframe src=\"" + HtmlEscape.escapeHtml5(page.embedUrl()) + "\" width=\"" + width
        + "\" height=\"" + height + "\" title=\"" + HtmlEscape.escapeHtml5(page.frameTitle())
        + "\" loading=\"lazy\" data-timeslice-embed frameborder=\"0\"></iframe>"
        + "<script async src=\"" + HtmlEscape.escapeHtml5(page.origin() + "/embed.js") + "\"></script>";
  }

  /** The widget page {@code url} names, if it is ours: same origin, {@code /play/x} or {@code /embed/x}. */
  static SharedPage resolve(String url, String origin) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return null;
    }
    if (uri.getScheme() == null || uri.getRawAuthority() == null || uri.getRawPath() == null) {
      return null;
    }
    String urlOrigin = uri.getScheme().toLowerCase(Locale.ROOT) + "://"
        + uri.getRawAuthority().toLowerCase(Locale.ROOT);
    if (!urlOrigin.equals(origin.toLowerCase(Locale.ROOT))) {
      return null;
    }
    String path = uri.getRawPath();
    String id;
    if (path.startsWith("/play/")) {
      id = path.substring("/play/".length());
    } else if (path.startsWith("/embed/")) {
      id = path.substring("/embed/".length());
    } else {
      return null;
    }
    Widget widget = Widgets.byId(id);
    if (widget == null || !widget.available()) {
      return null;
    }
    return SharedPage.of(origin, widget, param(uri, "s"), param(uri, "t"));
  }

  private static String param(URI uri, String name) {
    String query = uri.getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (key.equals(name)) {
        try {
          return URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          return "";
        }
      }
    }
    return null;
  }

  /** A positive size parameter, {@link Integer#MAX_VALUE} when absent, or null after answering 400. */
  private static Integer size(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return Integer.MAX_VALUE;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    ApiErrors.write(ctx, 400, name + " must be a positive whole number of pixels", name, ">= 1");
    return null;
  }
}
