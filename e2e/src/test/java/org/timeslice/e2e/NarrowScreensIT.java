package org.timeslice.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lab pages at 360 px: nothing makes the page scroll sideways (wide tables scroll in their own box). */
class NarrowScreensIT extends BrowserTest {
  @ParameterizedTest
  @ValueSource(strings = {"race", "philosophers", "gil", "multitasking"})
  void noSidewaysScrolling(String widget) {
    page.setViewportSize(360, 800);
    openApp("/play/" + widget);
    double overflow = ((Number) page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth")).doubleValue();
    assertEquals(0, overflow, widget + " at 360 px");
    screenshot(widget + "-360");
    assertNoProblems();
  }
}
