package org.timeslice.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.timeslice.server.web.FirstFrame;

/**
 * Each widget page carries the widget's first frame (docs/architecture.md, "First frame"): it must be
 * what the bundle draws, be painted without the bundle, pass the page's Content-Security-Policy, and
 * give way to the live widget without moving anything on the page.
 */
class FirstFrameIT extends BrowserTest {
  static List<String> widgets() {
    return FirstFrames.widgets();
  }

  /** The recorded frame, read the way the server reads it. */
  private static String recorded(String widget) {
    FirstFrame frame = FirstFrame.load(FirstFrameIT.class.getClassLoader(), widget);
    assertNotNull(frame, "no recorded first frame for " + widget);
    return frame.html();
  }

  @ParameterizedTest
  @MethodSource("widgets")
  void theRecordedFrameIsWhatTheBundleDraws(String widget) {
    String live = FirstFrames.capture(page, url(""), widget);
    assertEquals(recorded(widget), live.strip(), widget + ": the recorded first frame is out of date; record"
        + " it again with: mvn -o -q install -DskipTests && mvn -o -q -pl e2e -Pfirst-frames -DskipTests verify");
    assertNoProblems();
  }

  @ParameterizedTest
  @MethodSource("widgets")
  void withoutTheBundleTheWidgetIsPaintedAndInert(String widget) {
    BrowserContext noScript = browser.newContext(new Browser.NewContextOptions()
        .setViewportSize(FirstFrames.WIDTH, FirstFrames.HEIGHT).setJavaScriptEnabled(false));
    try {
      Page p = noScript.newPage();
      List<String> errors = new ArrayList<>();
      p.onConsoleMessage(m -> {
        if ("error".equals(m.type())) {
          errors.add(m.text());
        }
      });
      p.navigate(url("/play/" + widget));
      assertEquals(recorded(widget), ((String) p.evaluate(
          "() => document.getElementById('playground').innerHTML.replace(/^\\s*<noscript>.*?<\\/noscript>/s, '')"))
          .strip(), widget + ": the page does not carry the recorded frame");
      assertEquals(true, p.evaluate("() => document.getElementById('playground').inert"),
          widget + ": the static frame must not take clicks or focus before the bundle runs");
      // Every inline style was applied, i.e. allowed by the page's policy (a refused one logs an error
      // and leaves the element unstyled).
      assertEquals(List.of(), errors, widget + ": the browser refused part of the first frame");
      Object unstyled = p.evaluate("() => Array.from(document.querySelectorAll('#playground [style]'))"
          + ".filter(e => e.style.length === 0).length");
      assertEquals(0, ((Number) unstyled).intValue(), widget + ": inline styles were refused");
      // The frame keeps only the first screen; the place it holds for the rest is not shown when no
      // script will fill it, so the still picture has no hole.
      assertTrue(((Number) p.evaluate("() => document.querySelectorAll('#playground .frame-rest').length"))
          .intValue() > 0, widget + ": the frame was not cut at the fold");
      assertEquals(0, ((Number) p.evaluate("() => Array.from(document.querySelectorAll('#playground .frame-rest'))"
          + ".filter(e => e.getClientRects().length > 0).length")).intValue(),
          widget + ": an empty placeholder is shown to a visitor without JavaScript");
      double visibleArea = ((Number) p.evaluate("() => { const r = document.getElementById('playground')"
          + ".getBoundingClientRect(); return Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0))"
          + " * r.width; }")).doubleValue();
      assertTrue(visibleArea > 200 * 1000, widget + ": the static widget fills only " + visibleArea + " px²");
      p.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get(
          System.getProperty("timeslice.screenshots", "target/screenshots"), "first-frame-" + widget + ".png")));
    } finally {
      noScript.close();
    }
  }

  @ParameterizedTest
  @MethodSource("widgets")
  void theLiveWidgetTakesOverWithoutMovingThePage(String widget) {
    page.addInitScript("window.__shifts = []; new PerformanceObserver(l => l.getEntries()"
        + ".forEach(e => window.__shifts.push(e.value))).observe({type: 'layout-shift', buffered: true});");
    openApp("/play/" + widget);
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    double shift = ((Number) page.evaluate("() => window.__shifts.reduce((a, b) => a + b, 0)")).doubleValue();
    // Without a first frame the widget arrives into an empty playground and pushes the page down: a
    // cumulative layout shift of 0.25 to 0.32 ("poor" from 0.25 on, web.dev/cls). With one, what is left
    // is at most a control moving a few pixels when the browser paints a half-parsed frame (up to 0.002).
    assertTrue(shift < 0.01, widget + ": the page moved when the bundle took over (layout shift " + shift + ")");
    assertEquals(false, page.evaluate("() => document.getElementById('playground').inert"));
    assertEquals(1, ((Number) page.evaluate("() => document.querySelectorAll('#playground .time-controls').length"))
        .intValue(), widget + ": the static frame was not replaced");
    assertNoProblems();
  }

  /**
   * On a window tall enough to show the whole page, the place the frame holds for what it leaves out is
   * seen: the live widget must fill it exactly, moving nothing after the playground. (The layout-shift
   * score is too coarse for this: on a 4000-px window a 100-px jump of a section scores about 0.002.)
   */
  @ParameterizedTest
  @MethodSource("widgets")
  void theLiveWidgetFillsThePlaceTheFrameHeldForTheRest(String widget) {
    BrowserContext tall = browser.newContext(new Browser.NewContextOptions().setViewportSize(FirstFrames.WIDTH, 4000));
    try {
      Page p = tall.newPage();
      // Deferred scripts run before DOMContentLoaded; the bundle's main() only after the frame's paint.
      p.addInitScript("document.addEventListener('DOMContentLoaded', () => { window.__frame = {"
          + " rest: document.querySelectorAll('#playground .frame-rest').length,"
          + " next: document.getElementById('playground').nextElementSibling.getBoundingClientRect().top }; });");
      p.navigate(url("/play/" + widget));
      p.waitForSelector("html[data-ts-ready=true]");
      p.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
      assertTrue(((Number) p.evaluate("() => window.__frame.rest")).intValue() > 0, widget + ": no placeholder");
      assertEquals(0, ((Number) p.evaluate("() => document.querySelectorAll('#playground .frame-rest').length"))
          .intValue(), widget + ": a placeholder outlived the frame");
      double before = ((Number) p.evaluate("() => window.__frame.next")).doubleValue();
      double after = ((Number) p.evaluate(
          "() => document.getElementById('playground').nextElementSibling.getBoundingClientRect().top")).doubleValue();
      assertEquals(before, after, 0.5, widget + ": what follows the playground moved when the live widget"
          + " replaced the frame");
    } finally {
      tall.close();
    }
  }

  @Test
  void aBundleThatDoesNotLoadIsSaidSoAboveTheStillFrame() {
    page.route("**/assets/js/timeslice.*.js", route -> route.abort());
    page.navigate(url("/play/scheduler"));
    com.microsoft.playwright.Locator alert = page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT);
    alert.waitFor();
    assertTrue(alert.textContent().contains("could not start"), alert.textContent());
    assertEquals("bundle-missing", page.getAttribute("html", "data-ts-error"));
    // The still frame stays, inert, below the message.
    assertEquals(true, page.evaluate("() => document.getElementById('playground').inert"));
    assertEquals(true, page.evaluate("() => document.querySelector('.load-error').nextElementSibling.id === 'playground'"));
  }

  @Test
  void aPageWithParametersIsDrawnByTheBundleAlone() {
    page.navigate(url("/play/scheduler?preset=rr-small-quantum-switch-cost"));
    // The server sent no frame: the playground holds only its <noscript> until the bundle runs.
    String served = page.request().get(url("/play/scheduler?preset=rr-small-quantum-switch-cost")).text();
    assertTrue(!served.contains("class=\"time-controls"), "a frame was sent for a page with parameters");
    page.waitForSelector("html[data-ts-ready=true]");
    assertNoProblems();
  }
}
