package org.timeslice.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The export buttons of every widget: the files a person downloads open as what they claim to be. */
class ExportIT extends BrowserTest {

  private Download download(String accessibleName) {
    return page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
        new Page.GetByRoleOptions().setName(accessibleName).setExact(true)).click());
  }

  private void acceptDownloads() {
    context.close();
    context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
        .setAcceptDownloads(true));
    page = context.newPage();
    page.onPageError(error -> problems.add("uncaught exception: " + error));
    page.onConsoleMessage(msg -> {
      if ("error".equals(msg.type())) {
        problems.add("console error: " + msg.text());
      }
    });
  }

  @Test
  void theSchedulerExportsSvgPngAndAPerfettoTraceOfTheRunShown() throws Exception {
    acceptDownloads();
    openApp("/play/scheduler");
    String hash = page.locator("[data-trace-hash]").first().getAttribute("data-trace-hash");

    Download svg = download("Download the chart as SVG");
    assertTrue(svg.suggestedFilename().endsWith(".svg"), svg.suggestedFilename());
    String svgText = Files.readString(svg.path());
    assertTrue(svgText.startsWith("<?xml") && svgText.contains("<svg") && svgText.contains("http://www.w3.org/2000/svg"),
        svgText.substring(0, Math.min(200, svgText.length())));
    assertTrue(svgText.contains("fill:"), "computed colours are carried into the file");

    Download png = download("Download the chart as PNG");
    byte[] bytes = Files.readAllBytes(png.path());
    assertTrue(png.suggestedFilename().endsWith(".png"));
    assertTrue(bytes.length > 1000, "a real image, " + bytes.length + " bytes");
    png.saveAs(Path.of(System.getProperty("timeslice.screenshots", "target/screenshots"), "export-scheduler.png"));
    assertTrue(Arrays.equals(Arrays.copyOf(bytes, 8),
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}), "PNG signature");

    Download trace = download("Download the run as a trace for Perfetto");
    assertTrue(trace.suggestedFilename().endsWith(".trace.json"), trace.suggestedFilename());
    JsonNode doc = new ObjectMapper().readTree(Files.readString(trace.path()));
    assertEquals(hash, doc.get("otherData").get("hash").asText(), "the trace of the run on screen");
    assertTrue(doc.get("traceEvents").size() > 10);
    assertTrue(page.locator("[data-role=share-status]").first().innerText().startsWith("Downloading"));
    assertNoProblems();
  }

  @Test
  void everyWidgetHasAChartToExport() throws Exception {
    acceptDownloads();
    for (String widget : new String[] {"lifecycle", "cores"}) {
      openApp("/play/" + widget);
      Path file = download("Download the chart as SVG").path();
      assertTrue(Files.readString(file).contains("<svg"), widget);
    }
    assertNoProblems();
  }
}
