package org.timeslice.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.timeslice.model.runtime.GilLab;
import org.timeslice.model.runtime.Workloads;

/** The GIL lab as a learner uses it; its numbers must be the JVM model's. */
class GilIT extends BrowserTest {
  private Locator caption(String way) {
    return page.locator("[data-way=" + way + "] figcaption");
  }

  private static String ms(long micros) {
    return String.format(Locale.ROOT, "%.1f", micros / 1000.0);
  }

  @Test
  void fourWaysSideBySideMatchTheJvmModel() {
    openApp("/play/gil");
    GilLab.Result jvm = GilLab.run(Workloads.Shape.CPU, 2, 2, 5_000);
    String[] ways = {"threads", "free-threaded", "processes", "asyncio"};
    for (int i = 0; i < ways.length; i++) {
      assertThat(caption(ways[i])).containsText(ms(jvm.runs().get(i).wallMicros()) + " ms, ");
    }
    assertThat(caption("threads")).hasText("Threads with the GIL: 52.0 ms, 1.0× the sequential speed, 48.2 ms "
        + "waiting for the GIL, " + jvm.runs().get(0).gil().handoffs() + " GIL hand-offs, "
        + jvm.runs().get(0).gil().dropRequests() + " drop requests");
    assertThat(caption("free-threaded")).hasText("Free-threaded threads: 32.0 ms, 1.6× the sequential speed");
    assertThat(page.locator("[data-role=gil-summary]")).containsText("the work takes 50.0 ms");

    page.locator("body").click(new Locator.ClickOptions().setPosition(5, 5));
    for (int i = 0; i < 7; i++) {
      page.keyboard().press("ArrowRight");
    }
    assertThat(page.locator(".tick-readout")).hasText("tick 7 / 52");
    // 7 ms in: w1 holds the GIL since 5.2 ms (w2 asked at 0 and forced a switch at 5 ms), w2 waits.
    int tick = 7 * 10;
    String expected = "w1 " + state(jvm, 0, tick) + "; w2 " + state(jvm, 1, tick);
    assertThat(page.locator("[data-way=threads] [data-role=gil-now]")).hasText(expected);
    page.keyboard().press("End");
    assertThat(page.locator("[data-way=threads] [data-role=gil-now]")).hasText("w1 done; w2 done");
    screenshot("gil-lab");
    assertNoProblems();
  }

  private static String state(GilLab.Result r, int lane, int tick) {
    return switch (r.runs().get(0).stateAt(lane, tick)) {
      case RUNNING -> "running";
      case GIL_WAIT -> "waiting for the GIL";
      case READY -> "ready";
      default -> "other";
    };
  }

  @Test
  void controlsRerunAndBadValuesKeepTheLastRun() {
    openApp("/play/gil");
    page.getByLabel("Workload").selectOption("io");
    GilLab.Result io = GilLab.run(Workloads.Shape.IO, 2, 2, 5_000);
    assertThat(caption("asyncio")).containsText(ms(io.runs().get(3).wallMicros()) + " ms");
    page.getByLabel("Switch interval").fill("4");
    page.getByLabel("Workload").selectOption("cpu");
    GilLab.Result slow = GilLab.run(Workloads.Shape.CPU, 2, 2, 50_000);
    assertThat(caption("threads")).containsText(ms(slow.runs().get(0).wallMicros()) + " ms");
    String before = caption("threads").textContent();
    page.getByLabel("Workers").fill("9");
    page.getByLabel("Workers").dispatchEvent("change");
    assertThat(page.locator("[data-role=gil-error]")).hasText("workers must be in 1..8, not 9. The last good run stays.");
    assertEquals(before, caption("threads").textContent());
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset the scenario")).click();
    assertThat(page.getByLabel("Workers")).hasValue("2");
    assertThat(caption("threads")).containsText("52.0 ms");
    assertNoProblems();
  }

  @Test
  void runForRealMeasuresCPythonBesideTheLabsPrediction() {
    openApp("/play/gil");
    Locator panel = page.locator(".gil-real-run .run-panel");
    Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run for real"));
    boolean python = (Boolean) page.evaluate("() => fetch('/api/run/capabilities').then(r => r.json())"
        + ".then(c => c.runtimes.some(x => x.runtime === 'python' && x.available))");
    if (!python) {
      assertThat(panel).hasAttribute("data-state", "unavailable");
      assertThat(page.locator(".gil-real-run .run-status")).containsText("This server cannot run it");
      assertNoProblems();
      return;
    }
    page.getByLabel("Run as").selectOption("processes");
    assertThat(button).isEnabled();
    button.scrollIntoViewIfNeeded();
    button.click();
    assertThat(panel).hasAttribute("data-state", "done",
        new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(90_000));
    assertEquals(2, page.locator(".gil-real-run figure.measured").count(), "sequential and processes measured");
    assertThat(page.locator(".gil-real-run [data-role=measured-speedup]")).isVisible();
    screenshot("gil-real-run");
    assertNoProblems();
  }
}
