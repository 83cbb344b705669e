package org.timeslice.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every bordered section of a playground keeps its content off its border, on a phone and a laptop. */
class PanelsIT extends BrowserTest {
  @ParameterizedTest
  @ValueSource(strings = {"lifecycle", "scheduler", "cores", "race", "philosophers", "gil", "multitasking"})
  void borderedSectionsArePadded(String widget) {
    for (int width : new int[] {360, 1280}) {
      page.setViewportSize(width, 800);
      openApp("/play/" + widget);
      Object unpadded = page.evaluate("() => [...document.querySelectorAll('#playground section')]"
          + ".filter(s => { const cs = getComputedStyle(s); return parseFloat(cs.borderLeftWidth) >= 1"
          + "   && (parseFloat(cs.paddingLeft) < 8 || parseFloat(cs.paddingRight) < 8); })"
          + ".map(s => s.className + ' padding ' + getComputedStyle(s).padding)");
      assertEquals(List.of(), unpadded, widget + " at " + width + " px");
    }
    assertNoProblems();
  }
}
