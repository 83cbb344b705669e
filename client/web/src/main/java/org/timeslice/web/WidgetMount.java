package org.timeslice.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.sync.SyncPresets;
import org.timeslice.web.race.RaceWidget;
import org.timeslice.web.widget.CoresWidget;
import org.timeslice.web.widget.LifecycleWidget;
import org.timeslice.web.widget.SchedulerWidget;

/** Mounts the widget named by the page's {@code data-widget}, with the preset from {@code ?preset=}. */
final class WidgetMount {
  private WidgetMount() {}

  static void mount(HTMLElement root) {
    String widget = root.getAttribute("data-widget");
    String preset = presetParam();
    if (preset == null || preset.isEmpty()) {
      preset = root.getAttribute("data-preset");
    }
    root.removeAttribute("aria-busy");
    HTMLElement choices = org.timeslice.web.dom.Dom.document().querySelector(".choices[data-answer]");
    if (choices != null) {
      org.timeslice.web.widget.Prediction.bind(choices);
    }
    if ("scheduler".equals(widget)) {
      SchedulerWidget.mount(root, preset);
    } else if ("lifecycle".equals(widget)) {
      LifecycleWidget.mount(root, preset);
    } else if ("cores".equals(widget)) {
      CoresWidget.mount(root, preset);
    } else if ("race".equals(widget)) {
      RaceWidget.mount(root, SyncPresets.race(), preset);
    } else if ("multitasking".equals(widget)) {
      org.timeslice.web.multitask.MultitaskingWidget.mount(root, preset);
    } else if ("gil".equals(widget)) {
      org.timeslice.web.gil.GilWidget.mount(root, preset);
    } else if ("philosophers".equals(widget)) {
      RaceWidget.mount(root, SyncPresets.philosophers(), preset);
    }
  }

  @JSBody(script = "return new URLSearchParams(location.search).get('preset');")
  private static native String presetParam();
}
