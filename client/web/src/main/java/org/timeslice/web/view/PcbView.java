package org.timeslice.web.view;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.replay.Progress;
import org.timeslice.model.replay.Recording;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.OpKind;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.sim.Snapshot;
import org.timeslice.model.trace.TraceEvent;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.shell.Frame;
import org.timeslice.web.shell.View;

/**
 * One process-control-block card per task: its state, its program counter (which op, how far into it),
 * and the registers the OS saved when it last left a core. The simulated "registers" are the program
 * counter and the CPU ticks done, which is all the model's tasks have.
 */
public final class PcbView implements View {
  private static final String[] FIELDS = {"State", "Program counter", "CPU done", "Saved at last switch"};

  private final HTMLElement root = el("section", "pcbs");
  private final HTMLElement list = el("ul", "pcb-list");
  private HTMLElement[][] cells = new HTMLElement[0][];
  private HTMLElement[] cards = new HTMLElement[0];
  private List<TaskSpec> tasks = List.of();

  public PcbView() {
    root.setAttribute("aria-labelledby", "pcb-heading");
    HTMLElement h = text("h2", null, "Process control blocks");
    h.setAttribute("id", "pcb-heading");
    root.appendChild(h);
    root.appendChild(list);
  }

  public HTMLElement element() {
    return root;
  }

  @Override
  public void show(Recording recording) {
    Dom.clear(list);
    tasks = recording.scenario().tasks();
    cells = new HTMLElement[tasks.size()][FIELDS.length];
    cards = new HTMLElement[tasks.size()];
    for (int x = 0; x < tasks.size(); x++) {
      HTMLElement li = el("li", "pcb tc" + (x % 12));
      li.setAttribute("aria-label", "PCB of " + tasks.get(x).name());
      li.appendChild(text("h3", "pcb-title", "PCB · " + tasks.get(x).name()));
      HTMLElement dl = el("dl", null);
      for (int f = 0; f < FIELDS.length; f++) {
        dl.appendChild(text("dt", null, FIELDS[f]));
        cells[x][f] = el("dd", null);
        dl.appendChild(cells[x][f]);
      }
      li.appendChild(dl);
      cards[x] = li;
      list.appendChild(li);
    }
  }

  @Override
  public void render(Frame frame) {
    Snapshot snap = frame.snapshot();
    Progress progress = frame.progress();
    List<TraceEvent> events = frame.recording().events();
    for (int x = 0; x < cells.length; x++) {
      Snapshot.TaskView v = snap.tasks().get(x);
      TaskSpec spec = tasks.get(x);
      String state = v.state().name();
      if (v.state() == State.RUNNING) {
        state += snap.cores().size() > 1 ? " on core " + v.core() : " on the CPU";
      } else if (v.state() == State.READY && v.core() >= 0) {
        state += " (switching in)";
      }
      Dom.setText(cells[x][0], state);
      Dom.setText(cells[x][1], pc(spec.program(), v.opIndex(), v.opTicksLeft()));
      Dom.setText(cells[x][2], v.cpuDoneTicks() + " of " + spec.cpuTicks() + " ticks");
      Dom.setText(cells[x][3], saved(spec, progress.tasks().get(x), events, frame.eventCount()));
      Dom.setAttr(cards[x], "data-state", v.state().name());
    }
  }

  /** {@code op 2 of 3 · io 4, 3 left}; {@code done} past the last op. */
  static String pc(List<Op> program, int opIndex, int ticksLeft) {
    if (opIndex >= program.size()) {
      return "done (past op " + program.size() + ")";
    }
    Op op = program.get(opIndex);
    return "op " + (opIndex + 1) + " of " + program.size() + " · " + op.kind().jsonName() + " " + op.ticks()
        + ", " + ticksLeft + " left";
  }

  /** What the last switch-out saved: the tick, why, the program counter and CPU ticks at that moment. */
  private static String saved(TaskSpec spec, Progress.TaskProgress p, List<TraceEvent> events, int count) {
    if (p.saves() == 0) {
      return "nothing yet (never left a core)";
    }
    TraceEvent last = null;
    for (int i = count - 1; i >= 0; i--) {
      TraceEvent e = events.get(i);
      if (e.task().equals(spec.name()) && e.from() == State.RUNNING) {
        last = e;
        break;
      }
    }
    String why = last == null ? "" : " (" + reason(last.event()) + ")";
    String tick = last == null ? "" : "t=" + last.tick() + why + ": ";
    int op = savedOp(spec.program(), p.cpuAtLastSaveTicks());
    return tick + "PC = " + (op > spec.program().size() ? "end" : "op " + op) + ", " + p.cpuAtLastSaveTicks()
        + " CPU ticks done";
  }

  private static String reason(Event e) {
    switch (e) {
      case PREEMPTED:
        return "preempted";
      case IO_REQUESTED:
        return "started I/O";
      case EXITED:
        return "exited";
      case YIELDED:
        return "yielded";
      case BLOCKED_ON_LOCK:
        return "blocked";
      default:
        return e.name();
    }
  }

  /**
   * The op (1-based) the program counter pointed at after {@code cpuDone} CPU ticks: the first CPU op not
   * yet finished, or the op after the last finished CPU op (an I/O it was about to start, or the end).
   */
  static int savedOp(List<Op> program, long cpuDone) {
    long left = cpuDone;
    for (int i = 0; i < program.size(); i++) {
      Op op = program.get(i);
      if (op.kind() == OpKind.CPU) {
        if (left < op.ticks()) {
          return i + 1;
        }
        left -= op.ticks();
      } else if (left == 0) {
        return i + 1;
      }
    }
    return program.size() + 1;
  }
}
