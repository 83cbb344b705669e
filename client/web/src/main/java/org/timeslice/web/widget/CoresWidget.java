package org.timeslice.web.widget;

import org.teavm.jso.dom.html.HTMLElement;

/** Placeholder until the cores widget lands. */
public final class CoresWidget {
  private CoresWidget() {}

  public static void mount(HTMLElement root, String presetId) {
    SchedulerWidget.mount(root, presetId);
  }
}
