package org.timeslice.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.web.widget.CoresWidget;
import org.timeslice.web.widget.LifecycleWidget;
import org.timeslice.web.widget.SchedulerWidget;

/**
 * Mounts the scheduling widget named by the page's {@code data-widget}, with the preset from
 * {@code ?preset=}. The shared-state and runtime widgets live in the second bundle ({@link LabsMain}).
 */
final class WidgetMount {
  private WidgetMount() {}

  static void mount(HTMLElement root) {
    String widget = root.getAttribute("data-widget");
    String preset = prepare(root);
    if ("scheduler".equals(widget)) {
      SchedulerWidget.mount(root, preset);
    } else if ("lifecycle".equals(widget)) {
      LifecycleWidget.mount(root, preset);
    } else if ("cores".equals(widget)) {
      CoresWidget.mount(root, preset);
    }
  }

  /**
   * What every widget page needs before its widget mounts: the preset asked for ({@code ?preset=}, else
   * the page's {@code data-preset}), the playground emptied of the server's first frame (a static copy of
   * what the widget is about to draw, docs/architecture.md "First frame") and no longer busy or inert, and
   * the prediction buttons bound. The widget then mounts in the same task, so no frame is painted between
   * the static copy leaving and the live widget arriving.
   */
  static String prepare(HTMLElement root) {
    String preset = presetParam();
    if (preset == null || preset.isEmpty()) {
      preset = root.getAttribute("data-preset");
    }
    org.timeslice.web.dom.Dom.clear(root);
    root.removeAttribute("inert");
    root.removeAttribute("aria-busy");
    HTMLElement choices = org.timeslice.web.dom.Dom.document().querySelector(".choices[data-answer]");
    if (choices != null) {
      org.timeslice.web.widget.Prediction.bind(choices);
    }
    return preset;
  }

  @JSBody(script = "return new URLSearchParams(location.search).get('preset');")
  private static native String presetParam();
}
