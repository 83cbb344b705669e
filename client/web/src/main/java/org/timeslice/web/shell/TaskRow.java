package org.timeslice.web.shell;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.on;
import static org.timeslice.web.dom.Dom.text;

import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.edit.ProgramSyntax;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.web.dom.Dom;

/** One task in the scenario editor: name, arrival, priority, program, with inline errors. */
final class TaskRow {
  private static int nextId;

  final HTMLElement root = el("li", "task-row");
  private final HTMLElement name = input("text");
  private final HTMLElement arrival = input("number");
  private final HTMLElement priority = input("number");
  private final HTMLElement program = input("text");
  private final HTMLElement error = el("p", "field-error");
  private final HTMLElement remove;
  private final int tickets;

  TaskRow(TaskSpec spec, Runnable changed, Runnable removed) {
    int id = nextId++;
    tickets = spec.tickets();
    Dom.setValue(name, spec.name());
    Dom.setValue(arrival, Integer.toString(spec.arrivalTick()));
    Dom.setValue(priority, Integer.toString(spec.priority()));
    Dom.setValue(program, ProgramSyntax.format(spec.program()));
    Dom.attrs(name, "maxlength", "40", "autocomplete", "off", "spellcheck", "false");
    Dom.attrs(arrival, "min", "0", "inputmode", "numeric");
    Dom.attrs(priority, "min", "0", "inputmode", "numeric");
    Dom.attrs(program, "autocomplete", "off", "spellcheck", "false", "class", "program");
    error.setAttribute("id", "task-error-" + id);
    program.setAttribute("aria-describedby", "task-error-" + id);
    error.setAttribute("hidden", "");
    root.appendChild(Dom.labelled("Task name", name, "field name"));
    root.appendChild(Dom.labelled("Arrival", arrival, "field num"));
    root.appendChild(Dom.labelled("Priority", priority, "field num"));
    root.appendChild(Dom.labelled("Program", program, "field program-field"));
    remove = Dom.button("remove", "✕", "Remove task " + spec.name());
    on(remove, "click", e -> removed.run());
    root.appendChild(remove);
    root.appendChild(error);
    for (HTMLElement in : new HTMLElement[] {name, arrival, priority, program}) {
      on(in, "input", e -> changed.run());
    }
  }

  private static HTMLElement input(String type) {
    HTMLElement in = el("input", null);
    in.setAttribute("type", type);
    return in;
  }

  HTMLElement programInput() {
    return program;
  }

  /** The task as typed, or null after showing an inline error. */
  TaskSpec read() {
    clearError();
    String taskName = Dom.value(name).trim();
    Dom.setAttr(remove, "aria-label", "Remove task " + taskName);
    if (taskName.isEmpty()) {
      return fail(name, "Give the task a name.", null, 0, 0);
    }
    int arrivalTick = TimeControls.parseInt(Dom.value(arrival), -1);
    if (arrivalTick < 0) {
      return fail(arrival, "Arrival must be a whole number of ticks, 0 or more.", null, 0, 0);
    }
    int prio = TimeControls.parseInt(Dom.value(priority), -1);
    if (prio < 0) {
      return fail(priority, "Priority must be a whole number, 0 or more (0 is most urgent).", null, 0, 0);
    }
    String text = Dom.value(program);
    ProgramSyntax.Result parsed = ProgramSyntax.parse(text);
    if (!parsed.ok()) {
      return fail(program, parsed.error(), text, parsed.errorStart(), parsed.errorEnd());
    }
    List<Op> ops = parsed.ops();
    return new TaskSpec(taskName, arrivalTick, prio, tickets, ops);
  }

  private TaskSpec fail(HTMLElement field, String message, String source, int start, int end) {
    field.setAttribute("aria-invalid", "true");
    error.removeAttribute("hidden");
    error.appendChild(text("span", "error-message", message));
    if (source != null) {
      // Show the program with the offending token marked: plain text nodes only, never HTML.
      HTMLElement code = el("code", "error-source");
      code.appendChild(Dom.document().createTextNode(source.substring(0, start)));
      HTMLElement mark = text("mark", null, start == end ? " " : source.substring(start, end));
      code.appendChild(mark);
      code.appendChild(Dom.document().createTextNode(source.substring(end)));
      error.appendChild(code);
    }
    return null;
  }

  private void clearError() {
    for (HTMLElement in : new HTMLElement[] {name, arrival, priority, program}) {
      in.removeAttribute("aria-invalid");
    }
    Dom.clear(error);
    error.setAttribute("hidden", "");
  }
}
