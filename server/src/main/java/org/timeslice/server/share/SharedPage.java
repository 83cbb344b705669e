package org.timeslice.server.share;

import io.javalin.http.Context;
import org.timeslice.model.share.DecodeResult;
import org.timeslice.model.share.ScenarioSummary;
import org.timeslice.model.share.ShareUrl;
import org.timeslice.server.web.Widget;

/**
 * What a widget URL ({@code /play/{widget}?s=…&t=…} or {@code /embed/…}) shows, described for people and
 * machines: the page title, the preview description, and the absolute URLs of the page, its embeddable
 * form and its oEmbed document. The scenario is decoded with the model's own codec, so the words match
 * what the browser will run. All values are plain text; templates and {@link OEmbed} escape them.
 *
 * @param origin {@code scheme://host[:port]} of this site, its public URL
 * @param query {@code s=…&t=…} of a readable shared state, or "" (none, or unreadable)
 */
public record SharedPage(Widget widget, String origin, String query, DecodeResult decoded) {
  public static final String SITE_NAME = "Timeslice";

  /** Reads the shared state of the request's own query. */
  public static SharedPage of(Context ctx, Widget widget) {
    return of(origin(ctx), widget, ctx.queryParam(ShareUrl.PAYLOAD_PARAM), ctx.queryParam(ShareUrl.TICK_PARAM));
  }

  /** Reads the shared state of explicit {@code s} and {@code t} values (either may be null). */
  public static SharedPage of(String origin, Widget widget, String s, String t) {
    DecodeResult decoded = ShareUrl.decode(s, t);
    String query = "";
    if (decoded.ok()) {
      // Only a readable payload is echoed, and it is base64url plus '.', so it needs no URL escaping.
      query = ShareUrl.PAYLOAD_PARAM + "=" + s
          + (decoded.state().tick() > 0 ? "&" + ShareUrl.TICK_PARAM + "=" + decoded.state().tick() : "");
    }
    return new SharedPage(widget, origin, query, decoded);
  }

  /** E.g. "Round robin, quantum 2, 3 tasks — Timeslice", or the widget's title without a shared state. */
  public String title() {
    String what = decoded.ok() ? ScenarioSummary.headline(decoded.state().scenario()) : widget.title();
    return what + " — " + SITE_NAME;
  }

  public String description() {
    if (decoded.ok()) {
      return widget.title() + ". " + ScenarioSummary.description(decoded.state().scenario(),
          decoded.state().tick());
    }
    return widget.title() + ". " + widget.summary();
  }

  /** The iframe's accessible title. */
  public String frameTitle() {
    return decoded.ok()
        ? widget.title() + ": " + ScenarioSummary.headline(decoded.state().scenario()) + " (Timeslice)"
        : widget.title() + " (Timeslice)";
  }

  public String playUrl() {
    return origin + "/play/" + widget.id() + (query.isEmpty() ? "" : "?" + query);
  }

  public String embedUrl() {
    return origin + "/embed/" + widget.id() + (query.isEmpty() ? "" : "?" + query);
  }

  public String oembedUrl() {
    return origin + "/oembed?url=" + java.net.URLEncoder.encode(playUrl(), java.nio.charset.StandardCharsets.UTF_8)
        + "&format=json";
  }

  /** The site's public URL ({@code --public-url}, docs/hosting.md); never the request's Host header. */
  public static String origin(Context ctx) {
    return org.timeslice.server.PublicUrl.origin(ctx);
  }
}
