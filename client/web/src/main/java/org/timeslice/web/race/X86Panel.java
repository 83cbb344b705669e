package org.timeslice.web.race;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.x86.X86Machine;
import org.timeslice.model.x86.X86Program;
import org.timeslice.model.x86.X86Run;
import org.timeslice.model.x86.X86Samples;
import org.timeslice.model.x86.X86Step;
import org.timeslice.web.dom.Dom;

/**
 * OSTEP's {@code x86.py} in the page: edit a program of the threads chapter, choose threads, the interrupt
 * interval ({@code -i}), random intervals ({@code -r -s}) and registers ({@code -a}), and read the run as
 * the tool prints it: one column per thread, interrupts and halts between. A mistake is shown inline and
 * the last good run stays.
 */
final class X86Panel {
  /** The trace table shows at most this many instructions (the summary covers the whole run). */
  static final int MAX_ROWS_SHOWN = 2_000;

  private final HTMLElement element = Dom.titledSection("race-x86", "h2", "race-x86-heading",
      "OSTEP x86.py: threads on a tiny machine");
  private final HTMLElement sample = el("select", null);
  private final HTMLElement source = el("textarea", "race-x86-source");
  private final HTMLElement threads = el("input", null);
  private final HTMLElement interval = el("input", null);
  private final HTMLElement random = el("input", null);
  private final HTMLElement seed = el("input", null);
  private final HTMLElement registers = el("input", null);
  private final HTMLElement error = text("p", "field-error", "");
  private final HTMLElement summary = text("p", "race-x86-summary", "");
  private final HTMLElement trace = el("div", "table-wrap race-x86-trace");

  X86Panel() {
    element.appendChild(text("p", null, "The assembly of OSTEP's threads chapter, run exactly as x86.py runs "
        + "it: shared memory, per-thread registers, an interrupt every -i instructions counted across threads."));
    for (X86Samples.Sample s : X86Samples.ALL) {
      HTMLElement o = text("option", null, s.title());
      o.setAttribute("value", s.id());
      sample.appendChild(o);
    }
    Dom.attrs(source, "rows", "14", "spellcheck", "false", "data-role", "x86-source");
    Dom.attrs(threads, "type", "number", "min", "1", "max", "16", "value", "2", "inputmode", "numeric");
    Dom.attrs(interval, "type", "number", "min", "1", "value", "1", "inputmode", "numeric");
    Dom.attrs(random, "type", "checkbox");
    Dom.attrs(seed, "type", "number", "min", "0", "value", "0", "inputmode", "numeric");
    Dom.attrs(registers, "type", "text", "spellcheck", "false");
    HTMLElement run = Dom.button("ctl", "Run x86.py", null);
    run.setAttribute("data-role", "x86-run");
    HTMLElement bar = el("div", "transport-extras");
    bar.appendChild(Dom.labelled("Sample program", sample, "field"));
    bar.appendChild(Dom.labelled("Threads (-t)", threads, "field num"));
    bar.appendChild(Dom.labelled("Interrupt every (-i)", interval, "field num"));
    bar.appendChild(Dom.labelled("Random intervals (-r)", random, "field inline"));
    bar.appendChild(Dom.labelled("Seed (-s)", seed, "field num"));
    bar.appendChild(Dom.labelled("Registers (-a)", registers, "field"));
    bar.appendChild(run);
    element.appendChild(bar);
    element.appendChild(Dom.labelled("Source", source, "field race-x86-source-field"));
    error.setAttribute("role", "alert");
    error.setAttribute("data-role", "x86-error");
    element.appendChild(error);
    summary.setAttribute("data-role", "x86-summary");
    summary.setAttribute("role", "status");
    element.appendChild(summary);
    element.appendChild(trace);
    Dom.on(sample, "change", e -> loadSample(Dom.value(sample)));
    Dom.on(run, "click", e -> run());
    loadSample(X86Samples.ALL.get(0).id());
  }

  HTMLElement element() { return element; }

  private void loadSample(String id) {
    for (X86Samples.Sample s : X86Samples.ALL) {
      if (s.id().equals(id)) {
        Dom.setValue(source, s.source());
        Dom.setValue(registers, s.registers());
        run();
      }
    }
  }

  private void run() {
    X86Run r;
    int n;
    try {
      n = Dom.wholeNumber(threads, "threads", "threads");
      int i = Dom.wholeNumber(interval, "interval", "interval");
      Long s = checked(random) ? Long.valueOf(Dom.wholeNumber(seed, "seed", "seed")) : null;
      r = X86Machine.run(X86Program.parse(Dom.value(source)), n, i, s, Dom.value(registers));
    } catch (InvalidScenarioException | SimulationLimitException e) {
      Dom.setText(error, e.getMessage() + ". The last good run stays below.");
      return;
    }
    Dom.setText(error, "");
    StringBuilder sb = new StringBuilder();
    sb.append(r.steps().size()).append(" instructions. Memory at the end: ");
    if (r.memory().isEmpty()) {
      sb.append("nothing written");
    }
    boolean first = true;
    for (Map.Entry<Long, Long> e : r.memory().entrySet()) {
      sb.append(first ? "" : ", ").append('[').append(e.getKey()).append("] = ").append(e.getValue());
      first = false;
    }
    Dom.setText(summary, sb.append('.').toString());
    renderTrace(r, n);
  }

  private void renderTrace(X86Run r, int n) {
    Dom.clear(trace);
    HTMLElement table = el("table", "metrics-table race-x86-table");
    table.setAttribute("data-role", "x86-trace");
    String[] columns = new String[n];
    for (int t = 0; t < n; t++) {
      columns[t] = "Thread " + t;
    }
    table.appendChild(Dom.thead(columns));
    HTMLElement body = el("tbody", null);
    int shown = Math.min(r.steps().size(), MAX_ROWS_SHOWN);
    for (int k = 0; k < shown; k++) {
      X86Step s = r.steps().get(k);
      HTMLElement tr = el("tr", null);
      for (int t = 0; t < n; t++) {
        tr.appendChild(text("td", null, t == s.thread() ? s.address() + " " + s.text() : ""));
      }
      body.appendChild(tr);
      boolean last = k == r.steps().size() - 1;
      if (s.halted() && !last) {
        body.appendChild(marker("Halt; switch", n));
      }
      if (s.interrupted()) {
        body.appendChild(marker("Interrupt", n));
      }
    }
    table.appendChild(body);
    trace.appendChild(table);
    if (shown < r.steps().size()) {
      trace.appendChild(text("p", null, "The first " + MAX_ROWS_SHOWN + " of " + r.steps().size()
          + " instructions are shown."));
    }
  }

  private static HTMLElement marker(String label, int n) {
    HTMLElement tr = el("tr", "race-x86-switch");
    HTMLElement td = text("td", null, "—— " + label + " ——");
    td.setAttribute("colspan", String.valueOf(n));
    tr.appendChild(td);
    return tr;
  }

  @org.teavm.jso.JSBody(params = "e", script = "return !!e.checked;")
  private static native boolean checked(HTMLElement e);
}
