package org.timeslice.e2e;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every bordered section of a playground keeps its content off its border, on a phone and a laptop. */
class PanelsIT extends BrowserTest {
  @ParameterizedTest
  @ValueSource(strings = {"lifecycle", "scheduler", "cores", "race", "philosophers", "gil", "multitasking"})
  void borderedSectionsArePadded(String widget) {
    assertNothingWrongAtWidths("/play/" + widget, new int[] {360, 1280},
        "() => [...document.querySelectorAll('#playground section')]"
            + ".filter(s => { const cs = getComputedStyle(s); return parseFloat(cs.borderLeftWidth) >= 1"
            + "   && (parseFloat(cs.paddingLeft) < 8 || parseFloat(cs.paddingRight) < 8); })"
            + ".map(s => s.className + ' padding ' + getComputedStyle(s).padding)");
  }
}
