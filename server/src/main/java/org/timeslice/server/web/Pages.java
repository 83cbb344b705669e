package org.timeslice.server.web;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.timeslice.model.core.DeterminismProbe;
import org.timeslice.server.assets.Assets;
import org.timeslice.server.share.SharedPage;

/** Handlers that render HTML pages. Each gathers its model and hands it to a template; no logic here. */
public final class Pages {
  /** Seed and draw count of the home page's determinism panel. */
  static final long PROBE_SEED = 20_261_122L;
  static final int PROBE_DRAWS = 1_000;

  private final Assets assets;
  private final String version;
  /** Renders pages outside a handler (error pages rendered once); handlers render through their context. */
  private final ThymeleafRenderer renderer = new ThymeleafRenderer();
  /** The stylesheets of widget pages, inline. */
  private final InlineStyle widgetStyle;
  /** The policy of a widget page without a first frame, and of an embed: they allow only its styles. */
  private final String widgetPolicy;
  private final String embedPolicy;
  /** Each widget's first frame and the policy of its page, by id (built once: they are part of the build). */
  private final Map<String, FramedPage> framedPages = new TreeMap<>();

  /** A widget page that carries {@code frame}, and its policy, which allows the frame's styles too. */
  private record FramedPage(FirstFrame frame, String policy) {}

  /** Whether pages are rendered for the static copy (no oEmbed discovery: no server answers it there). */
  private final boolean staticSite;

  public Pages(Assets assets, String version) {
    this(assets, version, false);
  }

  public Pages(Assets assets, String version, boolean staticSite) {
    this.assets = assets;
    this.version = version;
    this.staticSite = staticSite;
    this.widgetStyle = InlineStyle.of(assets, List.of("css/site.css", "css/play.css", "css/share.css"));
    this.widgetPolicy = ContentSecurityPolicy.of(false, List.of(widgetStyle.hash()));
    this.embedPolicy = ContentSecurityPolicy.of(true, List.of(widgetStyle.hash()));
    for (Widget w : Widgets.ALL) {
      FirstFrame frame = FirstFrame.load(Pages.class.getClassLoader(), w.id());
      if (frame != null) {
        List<String> styleHashes = new ArrayList<>(frame.styleHashes());
        styleHashes.add(0, widgetStyle.hash());
        framedPages.put(w.id(), new FramedPage(frame, ContentSecurityPolicy.of(false, styleHashes)));
      }
    }
  }

  public void home(Context ctx) {
    Map<String, Object> model = base("Timeslice: watch concurrency happen");
    model.put("widgets", Widgets.ALL);
    model.put("probeSeed", PROBE_SEED);
    model.put("probeDraws", PROBE_DRAWS);
    model.put("probeJvm", DeterminismProbe.fingerprint(PROBE_SEED, PROBE_DRAWS));
    ctx.render("home", model);
  }

  /** {@code /play/{widget}}: an available widget's page; anything else is a 404 page. */
  public void play(Context ctx) {
    Widget widget = Widgets.byId(ctx.pathParam("widget"));
    WidgetGuide guide = widget == null || !widget.available() ? null : WidgetGuide.of(widget.id());
    if (guide == null) {
      ctx.status(404);
      notFound(ctx);
      return;
    }
    SharedPage share = SharedPage.of(ctx, widget);
    Map<String, Object> model = base(share.title());
    model.put("widget", widget);
    model.put("guide", guide);
    model.put("share", share);
    model.put("inlineStyle", widgetStyle);
    // The recorded frame is the widget with its defaults; any parameter (a preset, a shared state) may
    // change what the widget draws, so then the bundle draws it alone.
    FramedPage framed = ctx.queryString() == null || ctx.queryString().isEmpty() ? framedPages.get(widget.id()) : null;
    if (framed != null) {
      model.put("firstFrame", framed.frame());
    }
    ctx.header("Content-Security-Policy", framed != null ? framed.policy() : widgetPolicy);
    ctx.render("play", model);
  }

  /**
   * {@code /embed/{widget}}: the same widget without the site's chrome, for iframes on other sites (see
   * docs/embedding.md); anything else is a 404 page.
   */
  public void embed(Context ctx) {
    Widget widget = Widgets.byId(ctx.pathParam("widget"));
    if (widget == null || !widget.available() || WidgetGuide.of(widget.id()) == null) {
      ctx.status(404);
      notFound(ctx);
      return;
    }
    SharedPage share = SharedPage.of(ctx, widget);
    Map<String, Object> model = base(share.title());
    model.put("widget", widget);
    model.put("share", share);
    model.put("inlineStyle", widgetStyle);
    model.put("frameScript", assets.url("js/embed-frame.js"));
    ctx.header("Content-Security-Policy", embedPolicy);
    ctx.render("embed", model);
  }

  public void notFound(Context ctx) {
    Map<String, Object> model = base("Not found — Timeslice");
    model.put("heading", "Page not found");
    // The static copy's 404.html answers every missing address, so it names none.
    model.put("message", staticSite ? "There is nothing at this address." : "");
    model.put("path", staticSite ? null : decodedPath(ctx.path()));
    model.put("requestId", null);
    ctx.render("error", model);
  }

  /** The site's error page (docs/architecture.md, "Errors"); {@code requestId} may be null. */
  public String errorPage(String heading, String message, String requestId) {
    Map<String, Object> model = base(heading + " — Timeslice");
    model.put("heading", heading);
    model.put("message", message);
    model.put("requestId", requestId);
    model.put("path", null);
    return renderer.render("error", model, null);
  }

  /** The page answered when a page's handler failed: 500, naming the request id the log line carries. */
  public void internalError(Context ctx, String requestId) {
    ctx.status(500).contentType("text/html; charset=utf-8")
        .result(errorPage(ErrorPages.heading(500), ErrorPages.message(500), requestId));
  }

  /** The path as the person typed it; the template escapes it. Undecodable paths are shown raw. */
  private static String decodedPath(String rawPath) {
    try {
      return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return rawPath;
    }
  }

  private Map<String, Object> base(String title) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", title);
    model.put("assets", assets);
    model.put("version", version);
    model.put("staticSite", staticSite);
    return model;
  }
}
