package org.timeslice.web.widget;

import org.teavm.jso.dom.html.HTMLElement;

/** Placeholder until the lifecycle widget lands. */
public final class LifecycleWidget {
  private LifecycleWidget() {}

  public static void mount(HTMLElement root, String presetId) {
    SchedulerWidget.mount(root, presetId);
  }
}
