package org.timeslice.e2e.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.timeslice.e2e.Chromium;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/**
 * A CPU profile of the playground in Chromium (Chrome DevTools protocol), printed as the functions with the
 * most self time: {@code startup} profiles opening {@code /play/scheduler} until the first render;
 * {@code frames} profiles five seconds of playing the 64-jobs-on-8-cores preset at 64×. Build the bundle
 * with readable names first:
 * {@code mvn -o -q -pl e2e -am -Pprofile -Dteavm.minifying=false -DskipTests verify -Dprofile.what=frames}.
 */
public final class PlaygroundProfile {
  private PlaygroundProfile() {}

  public static void main(String[] args) throws java.io.IOException {
    String what = System.getProperty("profile.what", "startup");
    Javalin server = App.create(AppConfig.defaults().withPort(0)).start(0);
    String origin = "http://localhost:" + server.port();
    try (Playwright playwright = Chromium.playwright()) {
      Browser browser = Chromium.launch(playwright);
      Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
      CDPSession cdp = page.context().newCDPSession(page);
      cdp.send("Profiler.enable");
      JsonObject interval = new JsonObject();
      interval.addProperty("interval", 100);
      cdp.send("Profiler.setSamplingInterval", interval);
      if (what.equals("cold")) {
        // A first visit in a fresh context (a new renderer, nothing cached): the main thread's timeline, after
        // three untraced ones so that the server's JIT is not what is measured.
        String widgetUrl = origin + "/play/" + System.getProperty("profile.widget", "scheduler");
        for (int i = 0; i < 3; i++) {
          BrowserContext warmUp = browser.newContext();
          warmUp.newPage().navigate(widgetUrl);
          warmUp.pages().get(0).waitForSelector("html[data-ts-ready=true]");
          warmUp.close();
        }
        Page cold = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        CDPSession coldCdp = cold.context().newCDPSession(cold);
        coldCdp.send("Profiler.enable");
        coldCdp.send("Profiler.setSamplingInterval", interval);
        coldCdp.send("Profiler.start");
        browser.startTracing(cold, new Browser.StartTracingOptions().setCategories(List.of(
            "devtools.timeline", "v8", "v8.execute", "blink", "loading", "blink.user_timing",
            "disabled-by-default-devtools.timeline", "disabled-by-default-devtools.timeline.stack")));
        cold.navigate(widgetUrl);
        cold.waitForSelector("html[data-ts-ready=true]");
        System.out.println(cold.evaluate("() => [performance.getEntriesByType('navigation')[0],"
            + " ...performance.getEntriesByType('resource')].map(r => r.name.replace(/.*\\//, '').padEnd(28)"
            + " + ['fetchStart', 'requestStart', 'responseStart', 'responseEnd']"
            + ".map(k => k + ' ' + r[k].toFixed(1)).join('  ')).join('\\n')"));
        String trace = new String(browser.stopTracing(), java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "cold-trace.json"), trace);
        printColdTimeline(trace);
        JsonObject coldProfile = coldCdp.send("Profiler.stop").getAsJsonObject("profile");
        print(coldProfile);
        writeProfile(coldProfile, "cold.cpuprofile");
        browser.close();
        return;
      }
      if (what.equals("startup")) {
        page.navigate(origin + "/");
        page.waitForSelector("html[data-ts-ready=true]");
        cdp.send("Profiler.start");
        page.navigate(origin + "/play/scheduler");
        page.waitForSelector("html[data-ts-ready=true]");
      } else {
        page.navigate(origin + "/play/cores");
        page.waitForSelector("html[data-ts-ready=true]");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Preset").setExact(true))
            .selectOption("cores-64-on-8");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Speed").setExact(true))
            .selectOption(new SelectOption().setLabel("64× ticks/s"));
        cdp.send("Profiler.start");
        browser.startTracing(page, new Browser.StartTracingOptions()
            .setCategories(List.of("devtools.timeline", "blink", "cc")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Play").setExact(true)).click();
        page.waitForTimeout(5000);
        printTrace(new String(browser.stopTracing(), java.nio.charset.StandardCharsets.UTF_8));
      }
      JsonObject profile = cdp.send("Profiler.stop").getAsJsonObject("profile");
      print(profile);
      browser.close();
    } finally {
      server.stop();
    }
  }

  /**
   * The trace of a cold load as a timeline: every complete event of at least 2 ms, by thread, in ms after
   * the navigation started (Blink's {@code navigationStart} mark), nested ones indented by their depth.
   */
  private static void printColdTimeline(String json) {
    JsonArray events = com.google.gson.JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("traceEvents");
    Map<String, String> threads = new HashMap<>();
    double origin = Double.MAX_VALUE;
    for (JsonElement e : events) {
      JsonObject ev = e.getAsJsonObject();
      String name = ev.get("name").getAsString();
      if (name.equals("thread_name")) {
        threads.put(ev.get("pid") + "/" + ev.get("tid"), ev.getAsJsonObject("args").get("name").getAsString());
      } else if (name.equals("navigationStart") && ev.has("ts")) {
        origin = Math.min(origin, ev.get("ts").getAsDouble());
      }
    }
    // The page's renderer: the process whose main thread parsed the widget page.
    String pagePid = null;
    for (JsonElement e : events) {
      JsonObject ev = e.getAsJsonObject();
      if (ev.get("name").getAsString().equals("ParseHTML") && ev.has("args")
          && ev.getAsJsonObject("args").toString().contains("/play/")) {
        pagePid = ev.get("pid").getAsString();
      }
    }
    List<JsonObject> shown = new ArrayList<>();
    for (JsonElement e : events) {
      JsonObject ev = e.getAsJsonObject();
      String name = ev.get("name").getAsString();
      boolean mine = ev.get("pid").getAsString().equals(pagePid);
      boolean complete = ev.has("dur") && "X".equals(ev.get("ph").getAsString())
          && ev.get("dur").getAsDouble() >= 1000 && COLD_EVENTS.contains(name);
      boolean resource = name.equals("ResourceFinish") || name.equals("ResourceSendRequest");
      if (mine && (complete || resource) && ev.get("ts").getAsDouble() >= origin) {
        shown.add(ev);
      }
    }
    shown.sort((a, b) -> Double.compare(a.get("ts").getAsDouble(), b.get("ts").getAsDouble()));
    for (JsonObject ev : shown) {
      String thread = threads.getOrDefault(ev.get("pid") + "/" + ev.get("tid"), "?");
      JsonObject args = ev.has("args") ? ev.getAsJsonObject("args") : new JsonObject();
      String detail = args.has("data") && args.getAsJsonObject("data").has("url")
          ? " " + args.getAsJsonObject("data").get("url").getAsString().replaceAll(".*/", "") : "";
      double dur = ev.has("dur") ? ev.get("dur").getAsDouble() / 1000 : 0;
      System.out.printf("cold %7.1f ms %7.1f ms  %-26s %s%s%n", (ev.get("ts").getAsDouble() - origin) / 1000,
          dur, thread, ev.get("name").getAsString(), detail);
    }
  }

  private static final java.util.Set<String> COLD_EVENTS = java.util.Set.of("ParseHTML", "EvaluateScript",
      "v8.compile", "v8.run", "FunctionCall", "Layout", "UpdateLayoutTree", "Paint", "PrePaint", "Commit",
      "v8.parseOnBackground", "TimerFire", "FireAnimationFrame", "MajorGC", "MinorGC", "V8.GC_SCAVENGER",
      "v8.produceCache", "v8.compileModule", "ScheduleStyleRecalculation", "HitTest", "RunMicrotasks");

  /** Total duration by event name of the renderer's main-thread trace events (nested ones count too). */
  private static void printTrace(String json) {
    JsonArray events = com.google.gson.JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("traceEvents");
    Map<String, Double> total = new HashMap<>();
    Map<String, Integer> count = new HashMap<>();
    for (JsonElement e : events) {
      JsonObject ev = e.getAsJsonObject();
      if (ev.has("dur") && "X".equals(ev.get("ph").getAsString())) {
        String name = ev.get("name").getAsString();
        total.merge(name, ev.get("dur").getAsDouble() / 1000.0, Double::sum);
        count.merge(name, 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Double>> top = new ArrayList<>(total.entrySet());
    top.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    for (Map.Entry<String, Double> e : top.subList(0, Math.min(30, top.size()))) {
      System.out.printf("trace %8.1f ms %6d x  %s%n", e.getValue(), count.get(e.getKey()), e.getKey());
    }
    // What each layout had to do: objects marked dirty out of all, as Chromium reports them.
    long layouts = 0;
    long dirty = 0;
    long objects = 0;
    for (JsonElement e : events) {
      JsonObject ev = e.getAsJsonObject();
      if ("Layout".equals(ev.get("name").getAsString()) && ev.has("args")
          && ev.getAsJsonObject("args").has("beginData")) {
        JsonObject begin = ev.getAsJsonObject("args").getAsJsonObject("beginData");
        layouts++;
        dirty += begin.has("dirtyObjects") ? begin.get("dirtyObjects").getAsLong() : 0;
        objects += begin.has("totalObjects") ? begin.get("totalObjects").getAsLong() : 0;
      }
    }
    if (layouts > 0) {
      System.out.printf("trace layouts %d: on average %d dirty of %d layout objects%n", layouts,
          dirty / layouts, objects / layouts);
    }
  }

  /** Saves a profile under {@code target/} for Chrome DevTools (Performance panel, "Load profile"). */
  private static void writeProfile(JsonObject profile, String name) {
    try {
      java.nio.file.Path file = java.nio.file.Path.of("target", name);
      java.nio.file.Files.writeString(file, profile.toString());
      System.out.println("profile saved to " + file.toAbsolutePath());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void print(JsonObject profile) {
    Map<Integer, String> names = new HashMap<>();
    for (JsonElement e : profile.getAsJsonArray("nodes")) {
      JsonObject node = e.getAsJsonObject();
      JsonObject frame = node.getAsJsonObject("callFrame");
      String url = frame.get("url").getAsString();
      String name = frame.get("functionName").getAsString();
      names.put(node.get("id").getAsInt(), (name.isEmpty() ? "(anonymous)" : name)
          + (url.isEmpty() ? "" : " " + url.substring(url.lastIndexOf('/') + 1) + ":"
          + frame.get("lineNumber").getAsInt()));
    }
    JsonArray samples = profile.getAsJsonArray("samples");
    JsonArray deltas = profile.getAsJsonArray("timeDeltas");
    Map<String, Double> self = new HashMap<>();
    double total = 0;
    for (int i = 0; i < samples.size(); i++) {
      double ms = deltas.get(i).getAsDouble() / 1000.0;
      self.merge(names.get(samples.get(i).getAsInt()), ms, Double::sum);
      total += ms;
    }
    List<Map.Entry<String, Double>> top = new ArrayList<>(self.entrySet());
    top.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    System.out.printf("total %.0f ms sampled%n", total);
    for (Map.Entry<String, Double> e : top.subList(0, Math.min(40, top.size()))) {
      System.out.printf("%7.1f ms %5.1f%%  %s%n", e.getValue(), 100 * e.getValue() / total, e.getKey());
    }
  }
}
