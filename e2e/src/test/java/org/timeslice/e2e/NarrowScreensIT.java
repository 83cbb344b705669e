package org.timeslice.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Narrow screens: nothing makes a lab page scroll sideways at 360 px (wide tables scroll in their own box),
 * no table's text spills out of its cell on a widget page at any phone or tablet width, and a plot that
 * scales with its column keeps its labels readable.
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
  @ValueSource(strings = {"lifecycle", "scheduler", "cores"})
  void tableTextStaysInItsCells(String widget) {
    for (int width : new int[] {360, 500, 700}) {
      page.setViewportSize(width, 800);
      openApp("/play/" + widget);
      Object spilled = page.evaluate("() => [...document.querySelectorAll('table th, table td')]"
          + ".filter(c => c.getClientRects().length > 0 && c.scrollWidth > c.clientWidth + 1)"
          + ".map(c => c.textContent.trim() + ' ' + c.scrollWidth + ' px in ' + c.clientWidth)");
      assertEquals(List.of(), spilled, widget + " at " + width + " px");
    }
    assertNoProblems();
  }

  /** The Amdahl plot shrinks with its column on a phone; its labels must not shrink below 9 px on screen. */
  @ParameterizedTest
  @ValueSource(ints = {360, 390, 416, 420, 480, 700})
  void amdahlLabelsStayReadable(int width) {
    page.setViewportSize(width, 800);
    openApp("/play/cores");
    Object tooSmall = page.evaluate("() => { const svg = document.querySelector('.amdahl-svg');"
        + " const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
        + " return [...svg.querySelectorAll('text')]"
        + "   .map(t => [t.textContent, parseFloat(getComputedStyle(t).fontSize) * scale])"
        + "   .filter(([, px]) => px < 9).map(([text, px]) => text + ' ' + px.toFixed(1) + ' px'); }");
    assertEquals(List.of(), tooSmall, "Amdahl plot labels at " + width + " px");
  }
}
