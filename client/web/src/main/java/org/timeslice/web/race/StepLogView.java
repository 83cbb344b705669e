package org.timeslice.web.race;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.sync.StepRecord;
import org.timeslice.web.dom.Dom;

/** The steps taken so far, newest at the bottom: who ran which micro-step and what it did. */
final class StepLogView {
  private final HTMLElement element = Dom.titledSection("race-log", "h3", "race-log-heading", "Steps");
  private final HTMLElement scroll = el("div", "log-scroll");
  private final HTMLElement list = el("ol", "log");
  /** The line marked as the latest step. */
  private HTMLElement marked;

  StepLogView() {
    list.setAttribute("data-role", "step-log");
    list.setAttribute("aria-live", "polite");
    scroll.appendChild(list);
    element.appendChild(scroll);
  }

  HTMLElement element() { return element; }

  void render(List<StepRecord> records, List<String> threadNames) {
    // Append or trim rather than rebuild: undo and a step change one line.
    int shown = list.getChildNodes().getLength();
    while (shown > records.size()) {
      list.removeChild(list.getLastChild());
      shown--;
    }
    if (shown > 0 && records.isEmpty()) {
      Dom.clear(list);
    }
    for (int i = shown; i < records.size(); i++) {
      StepRecord r = records.get(i);
      String who = threadNames.get(r.thread());
      String line = r.step() + ". " + who + ": " + r.op() + (r.note().isEmpty() ? "" : " — " + r.note());
      list.appendChild(text("li", null, line));
    }
    if (marked != null) {
      Dom.toggle(marked, "now", false);
    }
    marked = (HTMLElement) list.getLastChild();
    if (marked != null) {
      Dom.toggle(marked, "now", true);
    }
  }
}
