package org.timeslice.web.race;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.core.Limits;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.sync.Op;
import org.timeslice.model.sync.SyncMachine;
import org.timeslice.model.sync.SyncProgram;
import org.timeslice.model.sync.SyncState;
import org.timeslice.web.dom.Dom;

/**
 * One column per thread: its code with the next micro-step marked, its lifecycle state, its registers,
 * and the buttons that make it take the next step (you are the scheduler) or kill it. Rebuilt when the
 * program changes; {@link #render} only updates text, classes and disabled flags.
 */
final class ThreadsView {
  private final HTMLElement element = el("div", "race-threads");
  private final List<HTMLElement> stepButtons = new ArrayList<>();
  private final List<HTMLElement> killButtons = new ArrayList<>();
  private final List<HTMLElement> states = new ArrayList<>();
  private final List<List<HTMLElement>> opItems = new ArrayList<>();
  private final List<HTMLElement> registers = new ArrayList<>();
  private final List<HTMLElement> columns = new ArrayList<>();

  ThreadsView() {
    element.setAttribute("data-role", "threads");
  }

  HTMLElement element() { return element; }

  /** Builds the columns of {@code program}; {@code onStep}/{@code onKill} get the thread number. */
  void build(SyncProgram program, IntConsumer onStep, IntConsumer onKill) {
    Dom.clear(element);
    stepButtons.clear();
    killButtons.clear();
    states.clear();
    opItems.clear();
    registers.clear();
    columns.clear();
    for (int t = 0; t < program.threadCount(); t++) {
      String name = program.threadNames().get(t);
      HTMLElement col = el("section", "race-thread tc" + (t % 12));
      col.setAttribute("aria-label", "Thread " + name);
      col.setAttribute("data-thread", name);
      HTMLElement head = el("div", "race-thread-head");
      head.appendChild(text("h3", "task-name", name));
      HTMLElement state = text("span", "race-state", "");
      state.setAttribute("data-role", "thread-state");
      head.appendChild(state);
      col.appendChild(head);
      HTMLElement buttons = el("div", "race-thread-buttons");
      String key = t < 9 ? " (key " + (t + 1) + ")" : "";
      HTMLElement step = Dom.button("ctl race-step", "Step " + name, "Step " + name + key);
      step.setAttribute("data-role", "step");
      final int thread = t;
      Dom.on(step, "click", e -> onStep.accept(thread));
      HTMLElement kill = Dom.button("ctl race-kill", "Kill", "Kill " + name);
      kill.setAttribute("data-role", "kill");
      Dom.on(kill, "click", e -> onKill.accept(thread));
      buttons.appendChild(step);
      buttons.appendChild(kill);
      col.appendChild(buttons);
      HTMLElement code = el("ol", "race-code");
      code.setAttribute("start", "0");
      code.setAttribute("aria-label", name + "'s micro-steps");
      List<HTMLElement> items = new ArrayList<>();
      for (Op op : program.ops(t)) {
        HTMLElement li = text("li", null, op.text());
        code.appendChild(li);
        items.add(li);
      }
      HTMLElement end = text("li", "race-end", "(end)");
      code.appendChild(end);
      items.add(end);
      col.appendChild(code);
      HTMLElement regs = text("p", "race-regs", "");
      regs.setAttribute("data-role", "registers");
      col.appendChild(regs);
      element.appendChild(col);
      columns.add(col);
      stepButtons.add(step);
      killButtons.add(kill);
      states.add(state);
      opItems.add(items);
      registers.add(regs);
    }
  }

  void render(SyncState s) {
    int[] choices = SyncMachine.choices(s);
    for (int t = 0; t < columns.size(); t++) {
      State st = s.threadState(t);
      String label = st.name();
      if (s.isKilled(t)) {
        label = "KILLED";
      } else if (st == State.WAITING) {
        label = "WAITING for " + s.waitObjectName(t);
      }
      Dom.setText(states.get(t), label);
      Dom.setAttr(states.get(t), "class", "race-state st-" + (s.isKilled(t) ? "killed" : st.name().toLowerCase()));
      boolean allowed = contains(choices, t);
      setDisabled(stepButtons.get(t), !allowed);
      setDisabled(killButtons.get(t), !s.isRunnable(t));
      List<HTMLElement> items = opItems.get(t);
      int pc = Math.min(s.pc(t), items.size() - 1);
      for (int i = 0; i < items.size(); i++) {
        boolean now = i == pc && st != State.TERMINATED;
        Dom.toggle(items.get(i), "now", now);
        if (now) {
          items.get(i).setAttribute("aria-current", "step");
        } else {
          items.get(i).removeAttribute("aria-current");
        }
      }
      StringBuilder regs = new StringBuilder();
      for (int r = 0; r < Limits.SYNC_REGISTERS; r++) {
        regs.append(r == 0 ? "" : "  ").append('r').append(r).append(" = ").append(s.register(t, r));
      }
      Dom.setText(registers.get(t), regs.toString());
      Dom.toggle(columns.get(t), "stepped", s.current() == t);
    }
  }

  /** Focuses thread t's step button (keyboard stepping keeps the focus where the action is). */
  HTMLElement stepButton(int t) {
    return t < stepButtons.size() ? stepButtons.get(t) : null;
  }

  static void setDisabled(HTMLElement b, boolean disabled) {
    if (disabled) {
      b.setAttribute("disabled", "");
    } else {
      b.removeAttribute("disabled");
    }
  }

  private static boolean contains(int[] a, int v) {
    for (int x : a) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }
}
