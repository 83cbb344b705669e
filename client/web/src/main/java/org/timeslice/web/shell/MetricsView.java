package org.timeslice.web.shell;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.replay.Progress;
import org.timeslice.model.replay.Recording;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.dom.Fmt;

/** Per-task and overall metrics, as known at the playhead; final values once the run has ended. */
public final class MetricsView implements View {
  private static final String[] COLUMNS = {"Task", "Response", "Turnaround", "Wait", "CPU", "I/O"};

  private final HTMLElement root = el("section", "metrics");
  private final HTMLElement caption = el("caption", null);
  private final HTMLElement body = el("tbody", null);
  private final HTMLElement foot = el("tfoot", null);
  private final HTMLElement summary = el("dl", "summary");
  private HTMLElement[][] cells = new HTMLElement[0][];
  /** The numbers the task cells show, valid once the first frame of a recording was rendered. */
  private long[][] shown = new long[0][];
  private boolean shownValid;
  private HTMLElement[] footCells;

  public MetricsView(String heading) {
    root.setAttribute("aria-label", heading);
    HTMLElement wrap = el("div", "table-wrap");
    HTMLElement table = el("table", "metrics-table");
    table.appendChild(caption);
    table.appendChild(Dom.thead(COLUMNS));
    table.appendChild(body);
    table.appendChild(foot);
    wrap.appendChild(table);
    root.appendChild(wrap);
    root.appendChild(summary);
  }

  public HTMLElement element() {
    return root;
  }

  @Override
  public void show(Recording recording) {
    Dom.clear(body);
    Dom.clear(foot);
    int n = recording.scenario().tasks().size();
    cells = new HTMLElement[n][];
    shown = new long[n][COLUMNS.length];
    shownValid = false;
    for (int x = 0; x < n; x++) {
      cells[x] = row(body, recording.scenario().tasks().get(x).name(), "th");
      cells[x][0].setAttribute("scope", "row");
      cells[x][0].setAttribute("class", "task-name tc" + (x % 12));
    }
    footCells = row(foot, "Average", "th");
  }

  private static HTMLElement[] row(HTMLElement parent, String first, String firstTag) {
    HTMLElement tr = el("tr", null);
    HTMLElement[] out = new HTMLElement[COLUMNS.length];
    for (int i = 0; i < COLUMNS.length; i++) {
      out[i] = text(i == 0 ? firstTag : "td", null, i == 0 ? first : "—");
      tr.appendChild(out[i]);
    }
    parent.appendChild(tr);
    return out;
  }

  @Override
  public boolean textPanel() {
    return true;
  }

  @Override
  public void render(Frame frame) {
    Progress p = frame.progress();
    Dom.setText(caption, frame.finished()
        ? "Final metrics (ticks)" : "Metrics so far, at tick " + frame.tick() + " (ticks)");
    for (int x = 0; x < cells.length; x++) {
      Progress.TaskProgress t = p.tasks().get(x);
      put(x, 1, t.response(), true);
      put(x, 2, t.turnaround(), true);
      put(x, 3, t.waitTicks(), false);
      put(x, 4, t.cpuTicks(), false);
      put(x, 5, t.ioTicks(), false);
    }
    shownValid = true;
    Dom.setText(footCells[1], Fmt.oneDecimal(p.averageResponse()));
    Dom.setText(footCells[2], Fmt.oneDecimal(p.averageTurnaround()));
    Dom.setText(footCells[3], Fmt.oneDecimal(p.averageWait()));
    renderSummary(frame, p);
  }

  /** One task cell; formats and touches the page only when its number changed (64 rows at 64×). */
  private void put(int x, int column, long value, boolean unknownWhenNegative) {
    if (shown[x][column] == value && shownValid) {
      return;
    }
    shown[x][column] = value;
    Dom.setText(cells[x][column], unknownWhenNegative ? Fmt.ticks(value) : Long.toString(value));
  }

  private void renderSummary(Frame frame, Progress p) {
    int cores = p.coreBusyTicks().length;
    int items = 3 + cores;
    if (summary.getChildNodes().getLength() != items * 2) {
      Dom.clear(summary);
      for (int i = 0; i < items; i++) {
        summary.appendChild(el("dt", null));
        summary.appendChild(el("dd", null));
      }
    }
    int i = 0;
    for (int c = 0; c < cores; c++) {
      put(i++, cores == 1 ? "CPU utilisation" : "Core " + c + " utilisation", Fmt.percent(p.utilization(c)));
    }
    int t = Math.max(1, frame.tick());
    put(i++, "Throughput", p.completed() + " done · " + Fmt.oneDecimal(p.completed() * 100.0 / t)
        + " per 100 ticks");
    put(i++, "Context switches", Integer.toString(p.switches()));
    put(i, "Switch overhead", p.switchTicks() + (p.switchTicks() == 1 ? " tick · " : " ticks · ")
        + Fmt.percent(frame.tick() == 0 ? 0 : p.switchTicks() / ((double) t * cores)) + " of core time");
  }

  private void put(int i, String label, String value) {
    Dom.setText((HTMLElement) summary.getChildNodes().get(2 * i), label);
    Dom.setText((HTMLElement) summary.getChildNodes().get(2 * i + 1), value);
  }
}
