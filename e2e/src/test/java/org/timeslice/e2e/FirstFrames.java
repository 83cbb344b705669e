package org.timeslice.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.timeslice.server.App;
import org.timeslice.server.AppConfig;
import org.timeslice.server.web.Widget;
import org.timeslice.server.web.Widgets;

/**
 * Records each widget's first frame: the playground's markup exactly as the bundle draws it for
 * {@code /play/{widget}} at the reference viewport, which the server then sends inside the page so the
 * widget is painted before the bundle has arrived (docs/architecture.md, "First frame").
 * {@link FirstFrameIT} fails when a recorded frame no longer matches what the bundle draws; this
 * program records them again:
 *
 * <pre>mvn -o -q install -DskipTests && mvn -o -q -pl e2e -Pfirst-frames -DskipTests verify</pre>
 */
public final class FirstFrames {
  /** The viewport the frames are recorded at (and {@link BrowserTest}'s). */
  static final int WIDTH = 1280;
  static final int HEIGHT = 900;

  /**
   * The playground's markup once the widget has mounted and its deferred start-up work has run, cut at
   * the fold. Form state lives in DOM properties that markup does not carry (a select's choice, a field's
   * value), so the copy gets it as attributes: a static page shows what the live widget shows.
   *
   * <p>Only what the first screen shows is kept: from the first part of a container that starts below the
   * window's bottom edge on, the parts are replaced by one empty {@code div.frame-rest} exactly as tall,
   * so nothing on the page moves when the live widget fills that space. Containers that cross the edge
   * are cut the same way inside (plain {@code div}, {@code section} and {@code figure} ones, three
   * levels deep). A cut that would move anything that stays (a part beside it in a row, say), or that
   * takes no room (a part out of the flow), is undone.
   * Below the fold the browser has nothing to style, lay out or paint before its first paint (on a cold
   * load 50 to 90 ms less; docs/benchmarks.md). The copy is measured in the page in place of the live
   * playground, which is put back afterwards.
   */
  static final String CAPTURE = """
      () => new Promise(resolve => requestAnimationFrame(() => setTimeout(() => {
        const root = document.getElementById('playground');
        const copy = root.cloneNode(true);
        const live = root.querySelectorAll('input, select, textarea');
        const dead = copy.querySelectorAll('input, select, textarea');
        live.forEach((el, i) => {
          const c = dead[i];
          if (el.tagName === 'SELECT') {
            Array.from(el.options).forEach((o, j) => c.options[j].toggleAttribute('selected', o.selected));
          } else if (el.tagName === 'TEXTAREA') {
            c.textContent = el.value;
          } else if (el.type === 'checkbox' || el.type === 'radio') {
            c.toggleAttribute('checked', el.checked);
          } else {
            c.setAttribute('value', el.value);
          }
        });
        root.replaceWith(copy);
        // Parts with content-visibility: auto count as their placeholder size until first drawn; measure
        // what they really take (a constructed sheet: the page's policy refuses a <style> element).
        const measuring = new CSSStyleSheet();
        measuring.replaceSync('#playground * { content-visibility: visible !important; }');
        const sheets = document.adoptedStyleSheets;
        document.adoptedStyleSheets = [...sheets, measuring];
        const fold = innerHeight + scrollY;
        const box = e => { const r = e.getBoundingClientRect();
          return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, width: r.width }; };
        const shown = e => e.getClientRects().length > 0;
        const same = (a, b) => ['top', 'bottom', 'left', 'width'].every(k => Math.abs(a[k] - b[k]) < 0.01);
        // What must not move: everything in the copy and the rest of the page after it.
        const watched = () => [copy, ...copy.querySelectorAll('*'),
            ...(copy.nextElementSibling ? [copy.nextElementSibling] : [])];
        const cut = (container, depth) => {
          const parts = Array.from(container.children);
          const first = parts.findIndex(p => shown(p) && box(p).top >= fold);
          if (first > 0) {
            const gone = parts.slice(first);
            const before = new Map(watched().filter(e => !gone.some(g => g.contains(e))).map(e => [e, box(e)]));
            const height = box(container).bottom - box(container).top;
            const rest = document.createElement('div');
            rest.className = 'frame-rest';
            rest.setAttribute('aria-hidden', 'true');
            const shownGone = gone.filter(shown);
            let h = box(shownGone[shownGone.length - 1]).bottom - box(gone[0]).top;
            gone[0].before(rest);
            gone.forEach(g => g.remove());
            rest.style.height = h + 'px';
            h += height - (box(container).bottom - box(container).top);
            rest.style.height = h + 'px';
            if (!(h > 0.5) || ![...before].every(([e, b]) => same(b, box(e)))) {
              rest.replaceWith(...gone);
              return;
            }
          }
          Array.from(container.children)
              .filter(p => depth < 3 && /^(DIV|SECTION|FIGURE)$/.test(p.tagName) && shown(p)
                  && box(p).top < fold && box(p).bottom > fold)
              .forEach(p => cut(p, depth + 1));
        };
        cut(copy, 0);
        const html = copy.innerHTML;
        document.adoptedStyleSheets = sheets;
        copy.replaceWith(root);
        resolve(html);
      }, 0)))
      """;

  private FirstFrames() {}

  /** The widgets that have a page, hence a first frame. */
  static List<String> widgets() {
    return Widgets.ALL.stream().filter(Widget::available).map(Widget::id).toList();
  }

  /** Opens {@code /play/{widget}} in {@code page}, waits for the bundle's start and returns the frame. */
  static String capture(Page page, String baseUrl, String widget) {
    page.navigate(baseUrl + "/play/" + widget);
    page.waitForSelector("html[data-ts-ready=true]");
    return (String) page.evaluate(CAPTURE);
  }

  /** The file the server reads {@code widget}'s frame from, relative to the e2e module. */
  static Path file(Path serverResources, String widget) {
    return serverResources.resolve("first-frames").resolve(widget + ".html");
  }

  public static void main(String[] args) throws IOException {
    Path resources = Paths.get(System.getProperty("firstFrames.dir", "../server/src/main/resources"));
    Javalin server = App.create(AppConfig.defaults().withPort(0)).start(0);
    try (Playwright playwright = Chromium.playwright()) {
      Browser browser = Chromium.launch(playwright);
      for (String widget : widgets()) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(WIDTH, HEIGHT));
        String frame = capture(context.newPage(), "http://localhost:" + server.port(), widget);
        context.close();
        Path out = file(resources, widget);
        Files.createDirectories(out.getParent());
        Files.writeString(out, frame + "\n", StandardCharsets.UTF_8);
        System.out.printf("%-13s %,8d bytes  %s%n", widget, Files.size(out), out.normalize());
      }
    } finally {
      server.stop();
    }
  }
}
