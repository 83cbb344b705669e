package org.timeslice.web.view;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.replay.Recording;
import org.timeslice.model.replay.Segments;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.sim.Snapshot;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.shell.Frame;
import org.timeslice.web.shell.View;

/**
 * The live column: what each core does during the current tick, the ready queue in the order the policy
 * would pick (one row per MLFQ level), and the tasks waiting for I/O.
 */
public final class QueueView implements View {
  private final HTMLElement root = el("section", "live");
  private final HTMLElement coresList = el("ul", "core-list");
  private final HTMLElement queues = el("div", "queues");
  private final HTMLElement io = el("ul", "chips io-list");
  private Map<String, Integer> index;
  private Policy policy;
  private String lastKey = "";

  public QueueView() {
    root.setAttribute("aria-label", "Cores and queues now");
    root.appendChild(text("h3", null, "Cores now"));
    root.appendChild(coresList);
    root.appendChild(text("h3", null, "Ready queue (next first)"));
    root.appendChild(queues);
    root.appendChild(text("h3", null, "Waiting for I/O"));
    root.appendChild(io);
  }

  public HTMLElement element() {
    return root;
  }

  @Override
  public void show(Recording recording) {
    index = Segments.indexOf(recording.scenario());
    policy = recording.scenario().scheduler().policy();
    lastKey = "";
  }

  @Override
  public void render(Frame frame) {
    Snapshot s = frame.snapshot();
    String key = s.cores() + "|" + s.readyQueues() + "|" + s.io() + "|" + frame.finished();
    if (key.equals(lastKey)) {
      return;
    }
    lastKey = key;
    Dom.clear(coresList);
    for (Snapshot.CoreView c : s.cores()) {
      HTMLElement li = el("li", "core-now");
      li.appendChild(text("span", "core-name", s.cores().size() == 1 ? "CPU" : "Core " + c.core()));
      if (c.running() != null) {
        li.appendChild(chip(c.running(), "running " + c.running()));
      } else if (c.switchingTo() != null) {
        HTMLElement ch = chip(c.switchingTo(), "switching to " + c.switchingTo() + " (" + c.switchTicksLeft()
            + " left)");
        ch.getClassList().add("switching");
        li.appendChild(ch);
      } else {
        li.appendChild(text("span", "chip idle", frame.finished() ? "done" : "idle"));
      }
      coresList.appendChild(li);
    }
    Dom.clear(queues);
    List<List<String>> levels = s.readyQueues();
    for (int l = 0; l < levels.size(); l++) {
      HTMLElement row = el("div", "queue-row");
      if (policy == Policy.MLFQ) {
        row.appendChild(text("span", "queue-level", "Q" + l));
      }
      HTMLElement ul = el("ol", "chips");
      ul.setAttribute("aria-label", policy == Policy.MLFQ ? "Level " + l : "Ready queue");
      for (String name : levels.get(l)) {
        HTMLElement li = el("li", null);
        li.appendChild(chip(name, name));
        ul.appendChild(li);
      }
      if (levels.get(l).isEmpty()) {
        ul.appendChild(text("li", "empty", "empty"));
      }
      row.appendChild(ul);
      queues.appendChild(row);
    }
    Dom.clear(io);
    for (Snapshot.IoView v : s.io()) {
      HTMLElement li = el("li", null);
      li.appendChild(chip(v.task(), v.task() + " · " + v.ticksLeft() + " left"));
      io.appendChild(li);
    }
    if (s.io().isEmpty()) {
      io.appendChild(text("li", "empty", "none"));
    }
  }

  private HTMLElement chip(String task, String label) {
    Integer x = index.get(task);
    return text("span", "chip tc" + (x == null ? 0 : x % 12), label);
  }
}
