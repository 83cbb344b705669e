package org.timeslice.web.view;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import org.teavm.jso.dom.html.HTMLElement;

/** The key under every Gantt chart. */
final class Legend {
  private Legend() {}

  static HTMLElement element() {
    HTMLElement ul = el("ul", "legend");
    ul.setAttribute("aria-label", "Legend");
    item(ul, "key-run", "running");
    item(ul, "key-switch", "context switch");
    item(ul, "key-ready", "ready (waiting for a core)");
    item(ul, "key-io", "waiting for I/O");
    item(ul, "key-idle", "idle core");
    item(ul, "key-future", "not happened yet");
    return ul;
  }

  private static void item(HTMLElement ul, String cls, String label) {
    HTMLElement li = el("li", null);
    HTMLElement swatch = el("span", "swatch " + cls);
    swatch.setAttribute("aria-hidden", "true");
    li.appendChild(swatch);
    li.appendChild(text("span", null, label));
    ul.appendChild(li);
  }
}
