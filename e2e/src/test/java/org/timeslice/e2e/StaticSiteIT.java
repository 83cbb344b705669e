package org.timeslice.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timeslice.server.PublicUrl;
import org.timeslice.server.site.StaticSite;
import org.timeslice.server.web.Widget;
import org.timeslice.server.web.Widgets;

/**
 * The site exported as static files ({@code export-site}, docs/hosting.md) and served by a plain static file
 * server (Jetty's ResourceHandler: files and index.html, nothing of ours): the home page and every widget
 * start, a share link and an embed open the shared state, and "Run for real" says it needs the server.
 */
class StaticSiteIT extends BrowserTest {
  static Path dir;
  static Server files;

  @BeforeAll
  static void exportAndServe() throws Exception {
    Path screenshots = Path.of(System.getProperty("timeslice.screenshots", "target/screenshots"));
    dir = Files.createTempDirectory(screenshots.toAbsolutePath().getParent(), "static-site-");
    List<String> written = StaticSite.export(dir, PublicUrl.rootRelative(), line -> { });
    assertTrue(written.contains("play/scheduler/index.html"), written.toString());
    files = new Server(new InetSocketAddress("localhost", 0));
    ResourceHandler handler = new ResourceHandler();
    handler.setResourceBase(dir.toString());
    handler.setDirectoriesListed(false);
    handler.setWelcomeFiles(new String[] {"index.html"});
    files.setHandler(handler);
    files.start();
  }

  @AfterAll
  static void stopServing() throws Exception {
    if (files != null) {
      files.stop();
    }
  }

  static String staticUrl(String path) {
    return "http://localhost:" + ((ServerConnector) files.getConnectors()[0]).getLocalPort() + path;
  }

  private void openStatic(Page p, String path) {
    p.navigate(staticUrl(path));
    p.waitForSelector("html[data-ts-ready=true]");
  }

  @Test
  void theHomePageAndEveryWidgetStartWithoutProblems() {
    openStatic(page, "/");
    assertThat(page).hasTitle("Timeslice: watch concurrency happen");
    for (Widget widget : Widgets.ALL) {
      if (widget.available()) {
        openStatic(page, "/play/" + widget.id());
        assertThat(page.locator("h1")).hasText(widget.title());
        openStatic(page, "/embed/" + widget.id());
      }
    }
    assertNoProblems();
  }

  @Test
  void aShareLinkAndAnEmbedOpenTheSharedStateWithNoServer() {
    openStatic(page, "/play/scheduler");
    page.getByLabel("Quantum (ticks)").fill("2");
    page.getByLabel("Seed").fill("7");
    for (int i = 0; i < 3; i++) {
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Step forward").setExact(true)).click();
    }
    page.waitForFunction("() => location.search.includes('t=3')");
    String link = (String) page.evaluate("() => location.href");
    assertTrue(link.contains("?s=1."), link);
    String readout = page.locator(".tick-readout").textContent();

    Page other = context.newPage();
    openStatic(other, link.substring(link.indexOf("/play/")));
    assertThat(other.getByLabel("Quantum (ticks)")).hasValue("2");
    assertThat(other.getByLabel("Seed")).hasValue("7");
    assertEquals(readout, other.locator(".tick-readout").textContent());

    String query = link.substring(link.indexOf('?'));
    openStatic(other, "/embed/scheduler" + query);
    assertThat(other.getByLabel("Quantum (ticks)")).hasValue("2");
    other.close();
    assertNoProblems();
  }

  @Test
  void runForRealExplainsThatItNeedsTheServer() {
    openStatic(page, "/play/cores");
    assertThat(page.locator("#real-run .run-panel")).hasAttribute("data-state", "unavailable");
    assertThat(page.locator("#real-run .run-status")).containsText("static copy of Timeslice");
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Can't run for real here")))
        .isDisabled();
    assertNoProblems();
  }
}
