package org.timeslice.web.shell;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.narrate.Narrator;
import org.timeslice.model.replay.Recording;
import org.timeslice.model.trace.TraceEvent;
import org.timeslice.web.dom.Dom;

/**
 * The event log: one plain-language line per tick with events, up to the playhead, newest last; plus a
 * polite live region that reads the current tick's line when the learner steps or pauses.
 */
public final class NarrationView implements View {
  private static final int MAX_LINES = 80;

  private final HTMLElement root = el("section", "narration");
  /**
   * Scrolls the log. Its flex direction is column-reverse, so its scroll origin is the bottom: new lines
   * stay in view without script reading the layout on every frame (that read cost ~6 ms a frame at 64×).
   */
  private final HTMLElement scroller = el("div", "log-scroll");
  private final HTMLElement list = el("ol", "log");
  private final HTMLElement live = el("p", "visually-hidden");
  private final List<String> lines = new ArrayList<>();
  private final List<Integer> lineTicks = new ArrayList<>();
  private int shownFrom;
  private int shownTo;
  private String lastAnnounced = "";

  public NarrationView() {
    root.setAttribute("aria-labelledby", "narration-heading");
    HTMLElement heading = text("h2", null, "What happened");
    heading.setAttribute("id", "narration-heading");
    root.appendChild(heading);
    scroller.setAttribute("tabindex", "0");
    scroller.setAttribute("role", "group");
    scroller.setAttribute("aria-label", "Event log");
    scroller.appendChild(list);
    root.appendChild(scroller);
    live.setAttribute("aria-live", "polite");
    live.setAttribute("role", "status");
    root.appendChild(live);
  }

  public HTMLElement element() {
    return root;
  }

  @Override
  public void show(Recording recording) {
    lines.clear();
    lineTicks.clear();
    Narrator narrator = new Narrator(recording.scenario());
    List<TraceEvent> events = recording.events();
    int i = 0;
    while (i < events.size()) {
      int j = i;
      while (j < events.size() && events.get(j).tick() == events.get(i).tick()) {
        j++;
      }
      lines.add(narrator.line(events.subList(i, j)));
      lineTicks.add(events.get(i).tick());
      i = j;
    }
    Dom.clear(list);
    shownFrom = 0;
    shownTo = 0;
  }

  @Override
  public boolean textPanel() {
    return true;
  }

  @Override
  public void render(Frame frame) {
    int k = linesUpTo(frame.tick());
    int from = Math.max(0, k - MAX_LINES);
    if (k >= shownTo && from >= shownFrom && k - shownTo <= MAX_LINES) {
      for (int i = shownTo; i < k; i++) {
        list.appendChild(text("li", null, lines.get(i)));
      }
      for (int i = shownFrom; i < from; i++) {
        list.removeChild(list.getFirstChild());
      }
    } else {
      Dom.clear(list);
      for (int i = from; i < k; i++) {
        list.appendChild(text("li", null, lines.get(i)));
      }
    }
    shownFrom = from;
    shownTo = k;
    HTMLElement last = (HTMLElement) list.getLastChild();
    boolean now = k > 0 && lineTicks.get(k - 1) == frame.tick();
    if (last != null) {
      Dom.toggle(last, "now", now);
      if (last.getPreviousSibling() != null) {
        Dom.toggle((HTMLElement) last.getPreviousSibling(), "now", false);
      }
    }
    if (!frame.playing()) {
      String message = now ? lines.get(k - 1) : "t=" + frame.tick() + ": nothing changes this tick.";
      if (frame.finished()) {
        message = message + " All tasks finished at tick " + frame.recording().makespan() + ".";
      }
      if (!message.equals(lastAnnounced)) {
        lastAnnounced = message;
        live.setTextContent(message);
      }
    }
  }

  private int linesUpTo(int tick) {
    int lo = 0;
    int hi = lineTicks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (lineTicks.get(mid) <= tick) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
