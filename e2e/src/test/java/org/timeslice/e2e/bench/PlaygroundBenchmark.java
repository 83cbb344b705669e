package org.timeslice.e2e.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.zip.GZIPOutputStream;
import org.timeslice.e2e.Chromium;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/**
 * The playground half of docs/benchmarks.md ("Playground"), measured in headless Chromium against the real
 * server on localhost:
 * <ol>
 *   <li>the JavaScript a widget page loads, raw and gzip-compressed (level 6, what servers and CDNs use);
 *   <li>time to the first painted widget: from navigation start to the {@code timeslice:first-render}
 *       performance mark the shell sets after its first render (the DOM is complete), to
 *       {@code timeslice:first-paint} (set once the frame with that DOM has been laid out and painted), and
 *       to the first contentful paint (the static page), on a fresh browser context (cold cache) per load,
 *       the widgets interleaved ({@link #coldLoads}), with a bare page's first contentful paint as the
 *       host's floor ({@link #BARE_PAGE});
 *       then warm, navigating from the home page to the widget in a browser that has visited before;
 *   <li>frame times while playing the 64-jobs-on-8-cores preset at 64× on the cores widget (two Gantt charts,
 *       the Amdahl plot, metrics and narration all update): for every animation frame, the main-thread time
 *       from the frame's first callback until a message posted from it runs (callbacks, style, layout and
 *       paint of that frame), and the interval between frames.
 * </ol>
 *
 * <p>Not a test (nothing asserts a time): {@code mvn -o -q -pl e2e -am -Pbench -DskipTests verify}.
 * System properties {@code bench.loads} (default 25), {@code bench.playSeconds} (default 5, per round;
 * three rounds) and {@code bench.only} ({@code startup} or {@code frames}).
 */
public final class PlaygroundBenchmark {
  private static final List<String> WIDGETS = List.of("lifecycle", "scheduler", "cores");
  private static final int WARM_UP_ROUNDS = 2;
  private static final long SETTLE_MS = 500;
  /**
   * The host's floor, loaded cold in every round with the widgets: one line of text, no styles, no server.
   * This shared VM runs everything up to half as fast again in a slow hour, so a figure is read against it.
   */
  private static final String BARE_PAGE = "data:text/html,<!doctype html><html lang=en><meta charset=utf-8>"
      + "<title>bare</title><p>Timeslice</p></html>";

  /**
   * Installed before playing, so its animation-frame callback is first in every frame: it stamps the
   * frame's start and posts a message, which runs once the frame's rendering work is done.
   */
  private static final String FRAME_PROBE = "() => { window.__frames = { work: [], interval: [], on: true };"
      + " const ch = new MessageChannel(); let start = 0, last = 0;"
      + " ch.port1.onmessage = () => { window.__frames.work.push(performance.now() - start); };"
      + " const loop = now => { if (!window.__frames.on) return; start = performance.now();"
      + "   if (last) window.__frames.interval.push(now - last); last = now; ch.port2.postMessage(0);"
      + "   requestAnimationFrame(loop); };"
      + " requestAnimationFrame(loop); }";

  /**
   * Installed before every page load: marks {@code bench:widget-painted} once the frame in which the widget
   * first appears has been laid out and painted, whoever drew it (the first frame in the page's HTML, or
   * the bundle). "Appears" means the parser has gone past the playground (its next sibling exists) and it
   * holds the time controls; the mark is set like the shell's {@code timeslice:first-paint}: a message
   * posted from the next animation frame, which runs after that frame's style, layout and paint.
   */
  static final String WIDGET_PAINT_PROBE = "(() => { const mo = new MutationObserver(() => {"
      + " const pg = document.getElementById('playground');"
      + " if (!pg || !pg.nextElementSibling || !pg.querySelector('.time-controls')) return;"
      + " mo.disconnect(); performance.mark('bench:widget-dom'); const ch = new MessageChannel();"
      + " ch.port1.onmessage = () => performance.mark('bench:widget-painted');"
      + " requestAnimationFrame(() => ch.port2.postMessage(0)); });"
      + " mo.observe(document, {childList: true, subtree: true}); })();";

  private PlaygroundBenchmark() {}

  public static void main(String[] args) throws Exception {
    int loads = Integer.getInteger("bench.loads", 25);
    int playSeconds = Integer.getInteger("bench.playSeconds", 5);
    Javalin server = App.create(AppConfig.defaults().withPort(0)).start(0);
    String origin = "http://localhost:" + server.port();
    try (Playwright playwright = Chromium.playwright()) {
      Browser browser = Chromium.launch(playwright);
      System.out.println("Chromium " + browser.version() + ", " + Runtime.getRuntime().availableProcessors()
          + " cores");
      String only = System.getProperty("bench.only", "");
      if (only.isEmpty() || only.equals("startup")) {
        bundle(browser, origin);
        coldLoads(browser, origin, loads);
        for (String widget : WIDGETS) {
          warmPaint(browser, origin, widget, loads);
        }
      }
      if (only.isEmpty() || only.equals("frames")) {
        frames(browser, origin, playSeconds);
      }
      browser.close();
    } finally {
      server.stop();
    }
  }

  @SuppressWarnings("unchecked")
  private static void bundle(Browser browser, String origin) throws IOException, InterruptedException {
    Page page = browser.newPage();
    page.navigate(origin + "/play/scheduler");
    page.waitForSelector("html[data-ts-ready=true]");
    List<String> scripts = (List<String>) page.evaluate("() => [...document.scripts].map(s => s.src)"
        + ".filter(s => s)");
    page.close();
    HttpClient http = HttpClient.newHttpClient();
    long raw = 0;
    long gzip = 0;
    for (String src : scripts) {
      byte[] body = http.send(HttpRequest.newBuilder(URI.create(src)).build(),
          HttpResponse.BodyHandlers.ofByteArray()).body();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream z = new GZIPOutputStream(out)) {
        z.write(body);
      }
      raw += body.length;
      gzip += out.size();
      System.out.printf("script %-60s %8d B raw %8d B gzip%n", src.substring(origin.length()), body.length,
          out.size());
    }
    System.out.printf("JavaScript on a widget page: %.1f KB raw, %.1f KB gzip (target <= 150 KB gzip)%n",
        raw / 1024.0, gzip / 1024.0);
  }

  /** What one cold load measured, in ms after navigation start. */
  private record ColdLoad(double widget, double fcp, double render, double painted, double html, double bundle,
      double started) {}

  /**
   * Cold loads of every widget, interleaved (load i of each widget in turn, so a slower quarter of an hour
   * weighs on all of them alike), after {@link #WARM_UP_ROUNDS} unmeasured rounds that warm the server
   * (its JIT and template cache: a deployed server has served pages before), each on a fresh browser
   * context, with {@link #SETTLE_MS} between loads so a load does not share the two cores with the
   * teardown of the previous context's renderer (a visitor's cold load shares them with nothing of ours).
   */
  private static void coldLoads(Browser browser, String origin, int loads) throws InterruptedException {
    List<List<ColdLoad>> byWidget = new ArrayList<>();
    WIDGETS.forEach(w -> byWidget.add(new ArrayList<>()));
    List<Double> bare = new ArrayList<>();
    for (int round = -WARM_UP_ROUNDS; round < loads; round++) {
      for (int w = 0; w < WIDGETS.size(); w++) {
        ColdLoad load = coldLoad(browser, origin + "/play/" + WIDGETS.get(w));
        if (round >= 0) {
          byWidget.get(w).add(load);
        }
        Thread.sleep(SETTLE_MS);
      }
      double bareFcp = bareLoad(browser);
      if (round >= 0) {
        bare.add(bareFcp);
      }
      Thread.sleep(SETTLE_MS);
    }
    double[] floor = sorted(bare);
    System.out.printf("host floor: a bare page (one line of text) cold, first contentful paint median %5.0f ms"
        + "  p90 %5.0f ms (%d loads, interleaved with the widgets)%n", median(floor), percentile(floor, 0.9),
        floor.length);
    for (int w = 0; w < WIDGETS.size(); w++) {
      report(WIDGETS.get(w), byWidget.get(w), median(floor));
    }
  }

  /** First contentful paint of {@link #BARE_PAGE} on a fresh browser context, in ms after navigation start. */
  private static double bareLoad(Browser browser) {
    return inFreshContext(browser, context -> {
      Page page = context.newPage();
      page.navigate(BARE_PAGE);
      page.waitForFunction("() => performance.getEntriesByName('first-contentful-paint').length > 0");
      return ((Number) page.evaluate(
          "() => performance.getEntriesByName('first-contentful-paint')[0].startTime")).doubleValue();
    });
  }

  /** What {@code load} measures in a new browser context (empty cache, new renderer), closed after. */
  private static <T> T inFreshContext(Browser browser, Function<BrowserContext, T> load) {
    BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    try {
      return load.apply(context);
    } finally {
      context.close();
    }
  }

  private static ColdLoad coldLoad(Browser browser, String url) {
    return inFreshContext(browser, context -> {
      context.addInitScript(WIDGET_PAINT_PROBE);
      Page page = context.newPage();
      page.navigate(url);
      page.waitForSelector("html[data-ts-ready=true]");
      page.waitForFunction("() => performance.getEntriesByName('timeslice:first-paint').length > 0"
          + " && performance.getEntriesByName('bench:widget-painted').length > 0"
          + " && performance.getEntriesByName('first-contentful-paint').length > 0");
      @SuppressWarnings("unchecked")
      List<Number> t = (List<Number>) page.evaluate("() => {"
          + " const at = name => performance.getEntriesByName(name)[0].startTime;"
          + " return [at('bench:widget-painted'), at('first-contentful-paint'), at('timeslice:first-render'),"
          + "   at('timeslice:first-paint'), performance.getEntriesByType('navigation')[0].responseEnd,"
          + "   performance.getEntriesByType('resource').filter(r => r.name.includes('/js/timeslice.'))[0]"
          + "     .responseEnd, at('timeslice:main')]; }");
      return new ColdLoad(t.get(0).doubleValue(), t.get(1).doubleValue(), t.get(2).doubleValue(),
          t.get(3).doubleValue(), t.get(4).doubleValue(), t.get(5).doubleValue(), t.get(6).doubleValue());
    });
  }

  private static void report(String name, List<ColdLoad> loads, double floorMs) {
    double[] widget = sorted(loads, ColdLoad::widget);
    double[] fcp = sorted(loads, ColdLoad::fcp);
    double[] render = sorted(loads, ColdLoad::render);
    double[] painted = sorted(loads, ColdLoad::painted);
    int n = widget.length;
    System.out.printf("widget painted /play/%-10s median %5.0f ms  p90 %5.0f ms  max %5.0f ms"
            + "  (%d cold loads, target <= 300 ms); first contentful paint median %5.0f ms  p90 %5.0f ms"
            + " (%.1fx the host floor)%n",
        name, median(widget), percentile(widget, 0.9), widget[n - 1], n, median(fcp), percentile(fcp, 0.9),
        median(fcp) / floorMs);
    System.out.printf("  live (the bundle's first render) median %5.0f ms  p90 %5.0f ms  max %5.0f ms;"
            + "  painted median %5.0f ms  p90 %5.0f ms%n",
        median(render), percentile(render, 0.9), render[n - 1], median(painted), percentile(painted, 0.9));
    System.out.printf("  where the time goes (medians): page received %5.0f ms, bundle received %5.0f ms,"
            + " bundle parsed and main() entered %5.0f ms, widget rendered %5.0f ms%n",
        median(sorted(loads, ColdLoad::html)), median(sorted(loads, ColdLoad::bundle)),
        median(sorted(loads, ColdLoad::started)), median(render));
  }

  /**
   * The common path after the first visit: a browser that has the site open (bundle in its cache, V8's code
   * cache warm) navigates from the home page to a widget.
   */
  private static void warmPaint(Browser browser, String origin, String widget, int loads) {
    double[] shown = new double[loads];
    double[] render = new double[loads];
    double[] painted = new double[loads];
    BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    context.addInitScript(WIDGET_PAINT_PROBE);
    Page page = context.newPage();
    for (int i = -3; i < loads; i++) { // three unmeasured visits fill the caches
      page.navigate(origin + "/");
      page.waitForSelector("html[data-ts-ready=true]");
      page.navigate(origin + "/play/" + widget);
      page.waitForFunction("() => performance.getEntriesByName('timeslice:first-paint').length > 0"
          + " && performance.getEntriesByName('bench:widget-painted').length > 0");
      if (i >= 0) {
        shown[i] = ((Number) page.evaluate(
            "() => performance.getEntriesByName('bench:widget-painted')[0].startTime")).doubleValue();
        render[i] = ((Number) page.evaluate(
            "() => performance.getEntriesByName('timeslice:first-render')[0].startTime")).doubleValue();
        painted[i] = ((Number) page.evaluate(
            "() => performance.getEntriesByName('timeslice:first-paint')[0].startTime")).doubleValue();
      }
    }
    context.close();
    Arrays.sort(shown);
    Arrays.sort(render);
    Arrays.sort(painted);
    System.out.printf("widget painted /play/%-10s from the home page, warm cache: median %5.0f ms  p90 %5.0f ms"
            + "  max %5.0f ms (%d loads)%n", widget, median(shown), percentile(shown, 0.9), shown[loads - 1], loads);
    System.out.printf("  live (the bundle's first render) median %5.0f ms  p90 %5.0f ms  max %5.0f ms;"
            + "  painted median %5.0f ms  p90 %5.0f ms  max %5.0f ms%n",
        median(render), percentile(render, 0.9), render[loads - 1], median(painted), percentile(painted, 0.9),
        painted[loads - 1]);
  }

  @SuppressWarnings("unchecked")
  private static void frames(Browser browser, String origin, int playSeconds) {
    List<Double> work = new ArrayList<>();
    List<Double> interval = new ArrayList<>();
    BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    Page page = context.newPage();
    page.navigate(origin + "/play/cores");
    page.waitForSelector("html[data-ts-ready=true]");
    page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Preset").setExact(true))
        .selectOption("cores-64-on-8");
    page.waitForFunction("() => document.querySelector('.tick-readout').textContent.startsWith('tick 0 /')");
    page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Speed").setExact(true))
        .selectOption(new SelectOption().setLabel("64× ticks/s"));
    String readout = page.locator(".tick-readout").textContent();
    String hide = System.getProperty("bench.hide", "");
    if (!hide.isEmpty()) {
      page.evaluate("sel => document.querySelectorAll(sel).forEach(e => e.style.setProperty('display', 'none'))", hide);
    }
    for (int round = 0; round < 3; round++) {
      page.keyboard().press("Home");
      page.evaluate(FRAME_PROBE);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Play").setExact(true)).click();
      page.waitForTimeout(playSeconds * 1000.0);
      page.evaluate("() => { window.__frames.on = false; }");
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause").setExact(true)).click();
      work.addAll(numbers(page.evaluate("() => window.__frames.work")));
      interval.addAll(numbers(page.evaluate("() => window.__frames.interval")));
    }
    String reached = page.locator(".tick-readout").textContent();
    context.close();
    double[] w = sorted(work);
    double[] iv = sorted(interval);
    System.out.printf("frames at 64x, cores-64-on-8 (%s, last round reached %s): %d frames;"
            + " work per frame median %.1f ms, p95 %.1f ms, max %.1f ms;"
            + " frame interval median %.1f ms, p95 %.1f ms (target p95 <= 16.7 ms)%n",
        readout.trim(), reached.trim(), w.length, median(w), percentile(w, 0.95), w[w.length - 1], median(iv),
        percentile(iv, 0.95));
  }

  private static List<Double> numbers(Object list) {
    List<Double> out = new ArrayList<>();
    for (Object o : (List<Object>) list) {
      out.add(((Number) o).doubleValue());
    }
    return out;
  }

  private static double[] sorted(List<ColdLoad> loads, ToDoubleFunction<ColdLoad> figure) {
    return loads.stream().mapToDouble(figure).sorted().toArray();
  }

  private static double[] sorted(List<Double> values) {
    double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    return a;
  }

  private static double median(double[] sorted) {
    return sorted[sorted.length / 2];
  }

  private static double percentile(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
