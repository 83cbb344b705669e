package org.timeslice.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Run for real" on the cores widget, against the server's real runner: the button shows progress, then the
 * measured lanes, the measured and predicted speedups and the note on why they differ.
 */
class RealRunIT extends BrowserTest {

  @Test
  void runForRealMeasuresOnTheServerAndShowsLanesBesideThePrediction() {
    openApp("/play/cores");
    Locator panel = page.locator("#real-run .run-panel");
    Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run for real"));
    assertThat(button).isEnabled();

    // Panels above render as they scroll into view (content-visibility) and take their real height: let
    // that settle before clicking.
    button.scrollIntoViewIfNeeded();
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    button.click();
    assertThat(panel).hasAttribute("data-state", "running");
    assertThat(page.locator("#real-run .run-status")).containsText("Measuring");

    // Two real runs of a child JVM: generous, because CI machines differ; nothing here measures speed.
    assertThat(panel).hasAttribute("data-state", "done",
        new LocatorAssertions.HasAttributeOptions().setTimeout(90_000));
    assertEquals(2, page.locator("#real-run figure.measured").count(), "one measured chart per model");
    assertTrue(page.locator("#real-run .measured-svg .measured-run, #real-run .measured-svg .measured-life")
        .count() >= 4 + 1, "the lanes of four threads and the sequential worker are drawn");
    String measured = page.locator("[data-role=measured-speedup]").innerText();
    String predicted = page.locator("[data-role=predicted-speedup]").innerText();
    assertTrue(measured.matches("\\d+(\\.\\d+)?×"), measured);
    assertTrue(predicted.matches("\\d+(\\.\\d+)?×"), predicted);
    assertThat(page.locator("#real-run .run-note")).not().isEmpty();
    assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run again"))).isEnabled();
    screenshot("real-run-cores-1280");
    assertEquals(List.of(), svgLabelsBelow("#real-run .measured-svg text", 9), "at 1280 px");

    // On a phone the measured lanes are drawn again for the narrower column, labels still readable.
    page.setViewportSize(360, 800);
    waitUntilDrawnForTheirWidth("#real-run .measured-svg");
    assertEquals(List.of(), svgLabelsBelow("#real-run .measured-svg text", 9), "resized to 360 px");
    assertNoProblems();
  }
}
