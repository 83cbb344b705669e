package org.timeslice.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.core.DeterminismProbe;

/** The browser (TeaVM) and the JVM must compute identical values from the same model code. */
class DeterminismIT extends BrowserTest {

  @Test
  void browserAndJvmComputeTheSameProbeForManySeeds() {
    openApp("/");
    for (long seed : List.of(0L, 1L, 42L, -7L, 20_261_122L, 9_007_199_254_740_991L)) {
      for (int draws : List.of(1, 10, 5_000)) {
        Object browserValue = page.evaluate("([s, n]) => probe(s, n)", List.of((double) seed, draws));
        assertEquals(DeterminismProbe.fingerprint(seed, draws), browserValue,
            "probe(seed=" + seed + ", draws=" + draws + ") differs between the JVM and the browser");
      }
    }
    assertNoProblems();
  }

  @Test
  void homePageShowsThatBothAnswersAreIdentical() {
    openApp("/");
    assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).hasText("identical");
    assertThat(page.locator("[data-role=browser-value]")).hasText(DeterminismProbe.fingerprint(20_261_122L, 1_000));
    assertNoProblems();
  }
}
