package org.timeslice.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;

/**
 * Base of every end-to-end test: one real server (in-process, free port) and one headless Debian
 * Chromium per test class, a fresh browser context per test. Every page's console errors, uncaught
 * exceptions and failed requests are collected; {@link #assertNoProblems()} fails on any of them.
 */
abstract class BrowserTest {
  static Javalin server;
  static Playwright playwright;
  static Browser browser;

  BrowserContext context;
  Page page;
  final List<String> problems = new ArrayList<>();

  @BeforeAll
  static void startServerAndBrowser() {
    server = App.create(AppConfig.defaults().withPort(0)).start(0);
    playwright = Chromium.playwright();
    browser = Chromium.launch(playwright);
  }

  @AfterAll
  static void stopServerAndBrowser() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (server != null) {
      server.stop();
    }
  }

  @BeforeEach
  void openPage() {
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    page = context.newPage();
    page.onConsoleMessage(msg -> {
      if ("error".equals(msg.type())) {
        problems.add("console error: " + msg.text());
      }
    });
    page.onPageError(error -> problems.add("uncaught exception: " + error));
    page.onRequestFailed(request -> problems.add("request failed: " + request.url() + " " + request.failure()));
    page.onResponse(response -> {
      if (response.status() >= 400) {
        problems.add("HTTP " + response.status() + ": " + response.url());
      }
    });
  }

  @AfterEach
  void closePage() {
    if (context != null) {
      context.close();
    }
  }

  /** The absolute URL of a path on the test server. */
  static String url(String path) {
    return "http://localhost:" + server.port() + path;
  }

  /** Opens {@code path} and waits until the TeaVM app has started. */
  void openApp(String path) {
    page.navigate(url(path));
    page.waitForSelector("html[data-ts-ready=true]");
  }

  /**
   * The SVG labels matched by {@code selector} that appear smaller than {@code px} on screen (font size
   * times the scale their picture is drawn at: a viewBox scaled to its box scales its text), as
   * "picture-class text size".
   */
  @SuppressWarnings("unchecked")
  List<String> svgLabelsBelow(String selector, double px) {
    List<List<Object>> labels = (List<List<Object>>) page.evaluate("selector =>"
        + " [...document.querySelectorAll(selector)].filter(t => t.getScreenCTM()).map(t => {"
        + " const m = t.getScreenCTM(); return [(t.ownerSVGElement.getAttribute('class') || 'svg') + ' '"
        + " + t.textContent, parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b)]; })", selector);
    return labels.stream().filter(l -> ((Number) l.get(1)).doubleValue() < px)
        .map(l -> l.get(0) + " " + String.format("%.1f", ((Number) l.get(1)).doubleValue()) + " px").toList();
  }

  /** Waits until every SVG picture matched by {@code selector} is drawn 1:1 for the box it has now. */
  void waitUntilDrawnForTheirWidth(String selector) {
    page.waitForFunction("sel => [...document.querySelectorAll(sel)].every(s =>"
        + " Math.abs(s.viewBox.baseVal.width - s.getBoundingClientRect().width) < 1)", selector);
  }

  /**
   * Opens {@code path} at each window width (800 px tall) and asserts that {@code script}, a page function
   * that lists what is wrong, lists nothing; then that the page reported no problems.
   */
  void assertNothingWrongAtWidths(String path, int[] widths, String script) {
    for (int width : widths) {
      page.setViewportSize(width, 800);
      openApp(path);
      assertEquals(List.of(), page.evaluate(script), path + " at " + width + " px");
    }
    assertNoProblems();
  }

  void assertNoProblems() {
    assertEquals(List.of(), problems, "the page reported problems");
  }

  /**
   * Saves a full-page screenshot under e2e/target/screenshots/, every section drawn: a full-page capture
   * does not scroll, so sections with {@code content-visibility: auto} below the window (play.css) would
   * come out as empty boxes; they are shown for the capture as a reader scrolling down would see them.
   */
  Path screenshot(String name) {
    Path file = Paths.get(System.getProperty("timeslice.screenshots", "target/screenshots"), name + ".png");
    page.evaluate("() => new Promise(done => { const all = new CSSStyleSheet();"
        + " all.replaceSync('* { content-visibility: visible !important; }');"
        + " window.__beforeScreenshot = document.adoptedStyleSheets;"
        + " document.adoptedStyleSheets = [...document.adoptedStyleSheets, all];"
        + " requestAnimationFrame(() => done()); })");
    try {
      page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    } finally {
      page.evaluate("() => { document.adoptedStyleSheets = window.__beforeScreenshot;"
          + " delete window.__beforeScreenshot; }");
    }
    return file;
  }
}
