package org.timeslice.web.race;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.svg;
import static org.timeslice.web.dom.Dom.text;

import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.sync.Session;
import org.timeslice.model.sync.SyncState;
import org.timeslice.web.dom.Dom;

/**
 * Each philosopher's phase over the steps so far (thinking, hungry, eating; hatched while waiting for a
 * fork), one row per philosopher, drawn as runs of equal phase.
 */
final class PhaseTimeline {
  private static final int STEP_PX = 14;
  private static final int ROW_PX = 22;
  private static final int LABEL_PX = 34;
  private final HTMLElement element = el("figure", "race-phases");
  private final HTMLElement scroll = el("div", "gantt-scroll");
  private final HTMLElement picture = svg("svg", "race-phases-svg");

  PhaseTimeline() {
    element.appendChild(text("figcaption", null, "Think, hungry, eat: each philosopher's phase at every step"));
    picture.setAttribute("data-role", "phases");
    picture.setAttribute("aria-hidden", "true"); // the table and the step log say the same in words
    scroll.appendChild(picture);
    element.appendChild(scroll);
  }

  HTMLElement element() { return element; }

  void render(Session session) {
    Dom.clear(picture);
    int steps = session.steps();
    int n = session.state().threadCount();
    double width = LABEL_PX + Math.max(1, steps) * STEP_PX + 4;
    Dom.num(picture, "width", width);
    Dom.num(picture, "height", n * ROW_PX + 2);
    for (int t = 0; t < n; t++) {
      HTMLElement label = svg("text", "lane-label small");
      Dom.num(label, "x", LABEL_PX - 6);
      Dom.num(label, "y", t * ROW_PX + ROW_PX / 2.0);
      label.setTextContent(session.program().threadNames().get(t));
      picture.appendChild(label);
      int start = 1;
      for (int k = 2; k <= steps + 1; k++) {
        if (k == steps + 1 || !key(session.stateAt(k), t).equals(key(session.stateAt(start), t))) {
          SyncState s = session.stateAt(start);
          HTMLElement r = svg("rect", "phase-" + TableView.phaseName(s, t)
              + (s.threadState(t) == State.WAITING ? " waiting" : "") + " tc" + (t % 12));
          Dom.num(r, "x", LABEL_PX + (start - 1) * STEP_PX);
          Dom.num(r, "y", t * ROW_PX + 2);
          Dom.num(r, "width", (k - start) * STEP_PX);
          Dom.num(r, "height", ROW_PX - 4);
          picture.appendChild(r);
          start = k;
        }
      }
    }
  }

  private static String key(SyncState s, int t) {
    return TableView.phaseName(s, t) + (s.threadState(t) == State.WAITING ? "w" : "");
  }
}
