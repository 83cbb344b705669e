package org.timeslice.web.shell;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.on;
import static org.timeslice.web.dom.Dom.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.sim.Preset;
import org.timeslice.web.dom.Dom;

/**
 * The scenario editor: preset picker, policy, quantum, cores, context-switch cost, seed and the tasks.
 * Every edit is parsed and offered to {@code apply}; an invalid edit shows its error inline and the last
 * good run stays on screen.
 */
public final class ScenarioEditor {
  private final List<Preset> presets;
  private final Function<Scenario, String> apply;
  private final HTMLElement root = el("section", "editor");
  private final HTMLElement presetSelect = el("select", null);
  private final HTMLElement presetText = el("p", "preset-description");
  private final HTMLElement policy = el("select", null);
  private final HTMLElement quantum = number("1");
  private final HTMLElement cores = number("1");
  private final HTMLElement switchCost = number("0");
  private final HTMLElement seed = number(null);
  private final HTMLElement taskList = el("ol", "task-list");
  private final HTMLElement error = el("p", "form-error");
  private final List<TaskRow> rows = new ArrayList<>();
  private Scenario base;
  private Preset current;

  public ScenarioEditor(List<Preset> presets, Function<Scenario, String> apply) {
    this.presets = presets;
    this.apply = apply;
    root.setAttribute("aria-labelledby", "editor-heading");
    HTMLElement heading = text("h2", null, "Scenario");
    heading.setAttribute("id", "editor-heading");
    root.appendChild(heading);
    for (Preset p : presets) {
      HTMLElement option = text("option", null, p.title());
      option.setAttribute("value", p.id());
      presetSelect.appendChild(option);
    }
    on(presetSelect, "change", e -> load(byId(Dom.value(presetSelect))));
    HTMLElement top = el("div", "editor-grid");
    top.appendChild(Dom.labelled("Preset", presetSelect, "field preset-field"));
    for (Policy p : Policy.values()) {
      HTMLElement option = text("option", null, p.name());
      option.setAttribute("value", p.name());
      policy.appendChild(option);
    }
    top.appendChild(Dom.labelled("Policy", policy, "field"));
    top.appendChild(Dom.labelled("Quantum (ticks)", quantum, "field num"));
    top.appendChild(Dom.labelled("Cores", cores, "field num"));
    top.appendChild(Dom.labelled("Context switch (ticks)", switchCost, "field num"));
    root.appendChild(top);
    root.appendChild(presetText);
    HTMLElement tasksHeading = text("h3", null, "Tasks");
    root.appendChild(tasksHeading);
    taskList.setAttribute("aria-label", "Tasks");
    root.appendChild(taskList);
    HTMLElement add = Dom.button("add-task", "+ Add task", null);
    on(add, "click", e -> addTask());
    root.appendChild(add);
    error.setAttribute("role", "status");
    error.setAttribute("hidden", "");
    root.appendChild(error);
    for (HTMLElement in : new HTMLElement[] {policy, quantum, cores, switchCost, seed}) {
      on(in, "input", e -> edited());
    }
  }

  private static HTMLElement number(String min) {
    HTMLElement in = el("input", null);
    in.setAttribute("type", "number");
    in.setAttribute("inputmode", "numeric");
    if (min != null) {
      in.setAttribute("min", min);
    }
    return in;
  }

  public HTMLElement element() {
    return root;
  }

  /** The seed field, placed in the time controls by the playground. */
  public HTMLElement seedField() {
    return Dom.labelled("Seed", seed, "field inline seed");
  }

  /** The presets offered. */
  public List<Preset> presets() {
    return presets;
  }

  /** The preset shown, or null if the page asked for none. */
  public Preset currentPreset() {
    return current;
  }

  private Preset byId(String id) {
    for (Preset p : presets) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    return presets.get(0);
  }

  /** Loads a preset into the form and applies it. */
  public void load(Preset preset) {
    current = preset;
    Dom.setValue(presetSelect, preset.id());
    presetText.setTextContent(preset.description());
    fill(preset.scenario());
    edited();
  }

  /** Reloads the current preset, undoing every edit. */
  public void reset() {
    load(current);
  }

  private void fill(Scenario s) {
    base = s;
    Dom.setValue(policy, s.scheduler().policy().name());
    Dom.setValue(quantum, Integer.toString(s.scheduler().quantumTicks()));
    Dom.setValue(cores, Integer.toString(s.machine().cores()));
    Dom.setValue(switchCost, Integer.toString(s.machine().contextSwitchTicks()));
    Dom.setValue(seed, Long.toString(s.seed()));
    Dom.clear(taskList);
    rows.clear();
    for (TaskSpec t : s.tasks()) {
      appendRow(t);
    }
  }

  private void appendRow(TaskSpec spec) {
    TaskRow[] self = new TaskRow[1];
    self[0] = new TaskRow(spec, this::edited, () -> {
      rows.remove(self[0]);
      taskList.removeChild(self[0].root);
      edited();
    });
    rows.add(self[0]);
    taskList.appendChild(self[0].root);
  }

  private void addTask() {
    String name = nextName();
    appendRow(TaskSpec.of(name, 0, Op.cpu(4)));
    edited();
    rows.get(rows.size() - 1).programInput().focus();
  }

  private String nextName() {
    for (char c = 'A'; c <= 'Z'; c++) {
      boolean used = false;
      for (TaskSpec t : base.tasks()) {
        used |= t.name().equals(String.valueOf(c));
      }
      if (!used) {
        return String.valueOf(c);
      }
    }
    return "T" + rows.size();
  }

  private void edited() {
    Scenario s = read();
    if (s == null) {
      showError("Fix the marked field; the run below is the last one that worked.");
      return;
    }
    String problem = apply.apply(s);
    if (problem != null) {
      showError(problem + " The run below is the last one that worked.");
    } else {
      base = s;
      error.setAttribute("hidden", "");
      error.setTextContent("");
    }
  }

  private void showError(String message) {
    error.removeAttribute("hidden");
    Dom.setText(error, message);
  }

  /** The scenario in the form, or null if a field is malformed (its error is shown inline). */
  private Scenario read() {
    List<TaskSpec> tasks = new ArrayList<>();
    boolean ok = true;
    for (TaskRow row : rows) {
      TaskSpec t = row.read();
      ok &= t != null;
      tasks.add(t);
    }
    int q = TimeControls.parseInt(Dom.value(quantum), -1);
    int c = TimeControls.parseInt(Dom.value(cores), -1);
    int cs = TimeControls.parseInt(Dom.value(switchCost), -1);
    long sd = parseLong(Dom.value(seed));
    ok &= mark(quantum, q >= 1) & mark(cores, c >= 1) & mark(switchCost, cs >= 0) & mark(seed, sd >= 0);
    if (!ok) {
      return null;
    }
    Policy p = Policy.valueOf(Dom.value(policy));
    SchedulerSpec old = base.scheduler();
    List<MlfqLevel> levels = old.levels();
    if (p == Policy.MLFQ && levels.isEmpty()) {
      levels = List.of(new MlfqLevel(q, 1), new MlfqLevel(2 * q, 1), new MlfqLevel(4 * q, 1));
    }
    SchedulerSpec spec = new SchedulerSpec(p, q, old.preemptive(), old.agingTicks(), levels,
        old.boostTicks(), old.stayAfterIo(), old.ioBumpToFront(), old.requeueOrder());
    return base.withScheduler(spec).withMachine(new Machine(c, cs)).withTasks(tasks).withSeed(sd);
  }

  private static boolean mark(HTMLElement field, boolean valid) {
    if (valid) {
      field.removeAttribute("aria-invalid");
    } else {
      field.setAttribute("aria-invalid", "true");
    }
    return valid;
  }

  private static long parseLong(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
