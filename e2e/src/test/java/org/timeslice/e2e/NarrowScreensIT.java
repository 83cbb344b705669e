package org.timeslice.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Narrow screens: nothing makes a lab page scroll sideways at 360 px (wide tables scroll in their own box),
 * no table's text spills out of its cell on a widget page at any phone or tablet width, and no chart's
 * labels shrink below a readable size (a chart scaled to its column scales its text).
 */
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

  @ParameterizedTest
  @ValueSource(strings = {"lifecycle", "scheduler", "cores", "race", "philosophers"})
  void tableTextStaysInItsCells(String widget) {
    // Cells of a visually hidden header (clipped to nothing, for screen readers) are left out.
    assertNothingWrongAtWidths("/play/" + widget, new int[] {360, 500, 700},
        "() => [...document.querySelectorAll('table th, table td')]"
            + ".filter(c => c.getClientRects().length > 0 && c.scrollWidth > c.clientWidth + 1)"
            + ".filter(c => !c.closest('thead') || getComputedStyle(c.closest('thead')).clipPath !== 'inset(50%)')"
            + ".map(c => c.textContent.trim() + ' ' + c.scrollWidth + ' px in ' + c.clientWidth)");
  }

  /** No chart on any widget page draws its labels below 8 px, on a phone or a laptop. */
  @ParameterizedTest
  @ValueSource(strings = {"lifecycle", "scheduler", "cores", "race", "philosophers", "gil", "multitasking"})
  void chartLabelsStayReadable(String widget) {
    for (int width : new int[] {360, 420, 1280}) {
      page.setViewportSize(width, 800);
      openApp("/play/" + widget);
      assertEquals(List.of(), svgLabelsBelow("svg text", 8), widget + " at " + width + " px");
    }
    assertNoProblems();
  }

  /** The Amdahl plot shrinks with its column on a phone; its labels must not shrink below 9 px on screen. */
  @ParameterizedTest
  @ValueSource(ints = {360, 390, 416, 420, 480, 700})
  void amdahlLabelsStayReadable(int width) {
    page.setViewportSize(width, 800);
    openApp("/play/cores");
    assertEquals(List.of(), svgLabelsBelow(".amdahl-svg text", 9), "Amdahl plot labels at " + width + " px");
  }

  /** A chart drawn for the window it was opened in is drawn again for the window it is resized to. */
  @ParameterizedTest
  @ValueSource(strings = {"gil", "multitasking"})
  void laneChartsFollowTheWindow(String widget) {
    page.setViewportSize(1280, 800);
    openApp("/play/" + widget);
    page.setViewportSize(360, 800);
    waitUntilDrawnForTheirWidth("svg.gil-lanes");
    assertEquals(List.of(), svgLabelsBelow("svg.gil-lanes text", 9), widget + " resized to 360 px");
    assertNoProblems();
  }
}
