package org.timeslice.web;

import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.sync.SyncPresets;
import org.timeslice.web.dom.Browser;
import org.timeslice.web.gil.GilWidget;
import org.timeslice.web.multitask.MultitaskingWidget;
import org.timeslice.web.race.RaceWidget;

/**
 * The entry point of the second bundle ({@code timeslice-labs.js}): the race explorer, dining
 * philosophers, the GIL lab and cooperative vs preemptive. Kept apart from {@link Main} so that the
 * scheduling pages do not download the shared-state and runtime models (docs/benchmarks.md).
 */
public final class LabsMain {
  private LabsMain() {}

  public static void main(String[] args) {
    Browser.mark("timeslice:main");
    HTMLElement playground = Window.current().getDocument().getElementById("playground");
    if (playground != null) {
      String widget = playground.getAttribute("data-widget");
      String preset = WidgetMount.prepare(playground);
      switch (widget == null ? "" : widget) {
        case "race" -> RaceWidget.mount(playground, SyncPresets.race(), preset);
        case "philosophers" -> RaceWidget.mount(playground, SyncPresets.philosophers(), preset);
        case "gil" -> GilWidget.mount(playground, preset);
        case "multitasking" -> MultitaskingWidget.mount(playground, preset);
        default -> { }
      }
    }
    Browser.markReady(Window.current().getDocument().getDocumentElement());
  }
}
