package org.timeslice.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.timeslice.server.api.ApiErrors;
import org.timeslice.server.load.Admission;
import org.timeslice.server.api.OstepApi;
import org.timeslice.server.api.PresetsApi;
import org.timeslice.server.api.SimulateApi;
import org.timeslice.server.assets.AssetRoutes;
import org.timeslice.server.assets.Assets;
import org.timeslice.server.run.RunApi;
import org.timeslice.server.run.RunConfig;
import org.timeslice.server.web.ErrorPages;
import org.timeslice.server.web.HttpErrorHandler;
import org.timeslice.server.web.PageCache;
import org.timeslice.server.web.RefusalLog;
import org.timeslice.server.web.SecurityHeaders;
import org.timeslice.server.web.Pages;
import org.timeslice.server.share.OEmbed;
import org.timeslice.server.web.ThymeleafRenderer;

/**
 * Builds the Timeslice web application from its configuration. The result is not started: {@link Main}
 * starts it on the configured port, tests on port 0.
 */
public final class App {
  /** Files of the top-level {@code static/} folder that pages link to (hashed and cached by {@link Assets}). */
  static final List<String> STATIC_FILES = List.of(
      "css/site.css", "css/play.css", "js/boot.js", "icons/favicon.svg",
      "js/embed.js", "js/embed-frame.js", "css/share.css");

  /** How often refused malformed or oversized requests are summarised in the log. */
  static final long REFUSAL_SUMMARY_SECONDS = 60;
  /** Rendered pages kept in memory, plain and gzip (web.PageCache): every page of the site many times over. */
  static final long PAGE_CACHE_BYTES = 32L * 1024 * 1024;

  private App() {}

  public static Javalin create(AppConfig config) {
    return create(config, RunConfig.defaults());
  }

  /** The application with the given limits for real runs ({@code /api/run}, docs/api-run.md). */
  public static Javalin create(AppConfig config, RunConfig runConfig) {
    Assets assets = Assets.load(App.class.getClassLoader(), STATIC_FILES);
    String version = Version.current();
    Pages pages = new Pages(assets, version, config.staticSite());
    AssetRoutes assetRoutes = new AssetRoutes(assets);
    RefusalLog refusals = new RefusalLog();
    HttpErrorHandler httpErrors = new HttpErrorHandler(new ErrorPages(pages), refusals);

    Javalin app = Javalin.create(javalin -> {
      javalin.showJavalinBanner = false;
      javalin.fileRenderer(new ThymeleafRenderer());
      javalin.http.maxRequestSize = config.maxRequestBytes();
      javalin.http.defaultContentType = "application/json";
      javalin.appData(PublicUrl.KEY, config.publicUrl());
      javalin.jetty.modifyServer(server -> {
        server.setErrorHandler(httpErrors);
        // Graceful stop: the connector stops accepting, in-flight requests get this long (docs/hosting.md).
        server.setStopTimeout(config.shutdownGraceMillis());
      });
    });

    app.before(ctx -> {
      RequestId.assign(ctx);
      securityHeaders(ctx);
    });
    app.exception(Exception.class, (e, ctx) -> {
      if (ctx.path().startsWith("/api/") || ctx.path().equals("/oembed")) {
        ApiErrors.internalError(ctx, e);
      } else {
        ApiErrors.logInternalError(ctx, e);
        pages.internalError(ctx, RequestId.of(ctx));
      }
    });
    PageCache pageCache = new PageCache(PAGE_CACHE_BYTES);
    get(app, "/", pageCache.cached(pages::home));
    get(app, "/play/{widget}", pageCache.cached(pages::play));
    get(app, "/embed/{widget}", pageCache.cached(pages::embed));
    get(app, "/embed.js", assetRoutes::serveEmbedScript);
    get(app, "/oembed", ApiErrors.guard(new OEmbed()::oembed));
    get(app, "/healthz", ctx -> ctx.json(Map.of("status", "ok", "version", version)));
    get(app, "/assets/*", assetRoutes::serveHashed);
    get(app, "/favicon.ico", assetRoutes::serveFavicon);
    // Everything that runs the model on request takes turns through one gate (docs/api.md, "Budget").
    Admission modelRuns = new Admission(config.maxConcurrentSimulations(), config.maxQueuedSimulations());
    SimulateApi simulateApi = new SimulateApi(config.maxRequestBytes(), config.budget(), modelRuns);
    app.post("/api/simulate", ApiErrors.guard(simulateApi::simulate));
    get(app, "/api/presets", ApiErrors.guard(new PresetsApi()::presets));
    app.post("/api/ostep", ApiErrors.guard(new OstepApi(config.maxRequestBytes(), config.budget(), modelRuns)::run));
    RunApi runApi = new RunApi(runConfig, config.realRuns(),
        config.staticSite() ? RunApi.STATIC_SITE : RunApi.DISABLED);
    app.events(events -> {
      events.serverStarted(() -> refusals.start(REFUSAL_SUMMARY_SECONDS));
      // SIGTERM (Main's shutdown hook stops the app): real runs get the grace period, then a clear 503.
      events.serverStopping(() -> runApi.beginShutdown(config.shutdownGraceMillis()));
      events.serverStopped(refusals::stop);
    });
    get(app, "/api/run/capabilities", ApiErrors.guard(runApi::capabilities));
    app.post("/api/run", ApiErrors.guard(runApi::run));

    app.error(HttpStatus.NOT_FOUND, ctx -> {
      if (ctx.path().startsWith("/api/")) {
        ctx.json(Map.of("error", "no such endpoint: " + ctx.method() + " " + ctx.path()));
      } else if (!ctx.path().startsWith("/assets/") && !ctx.path().equals("/oembed")) {
        pages.notFound(ctx);
      }
    });
    return app;
  }

  /**
   * A GET route that answers HEAD the same way: the handler runs and the client gets the GET's status and
   * headers without the body. Left to Javalin, a HEAD of any path with a GET route is a bare 200 in the
   * default JSON type, even where the GET is a 404 (a missing asset) or carries a page's CSP.
   */
  private static void get(Javalin app, String path, Handler handler) {
    app.get(path, handler);
    app.head(path, handler);
  }

  /**
   * Headers every response carries; see docs/architecture.md ("Security"). Only {@code /embed/*} may be
   * framed, by any site (docs/embedding.md); every other page refuses to be framed.
   */
  static void securityHeaders(Context ctx) {
    SecurityHeaders.forPath(ctx.path()).forEach(ctx::header);
  }
}
