package org.timeslice.web.view;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.replay.Progress;
import org.timeslice.model.replay.Recording;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.dom.Fmt;

/** Two runs of the same workload, metric by metric, the better value of each row highlighted. */
public final class CompareView {
  private static final String[] ROWS = {
      "Finished tasks", "Average response", "Average turnaround", "Average wait", "Context switches",
      "Switch overhead (ticks)", "CPU utilisation"};
  /** +1: higher is better; -1: lower is better. */
  private static final int[] BETTER = {1, -1, -1, -1, -1, -1, 1};

  private final HTMLElement root = el("section", "compare");
  private final HTMLElement headA = el("th", null);
  private final HTMLElement headB = el("th", null);
  private final HTMLElement caption = el("caption", null);
  private final HTMLElement[][] cells = new HTMLElement[ROWS.length][2];

  public CompareView() {
    root.setAttribute("aria-label", "Comparison");
    HTMLElement wrap = el("div", "table-wrap");
    HTMLElement table = el("table", "compare-table");
    table.appendChild(caption);
    HTMLElement head = el("tr", null);
    head.appendChild(text("th", null, "Metric"));
    headA.setAttribute("scope", "col");
    headB.setAttribute("scope", "col");
    head.appendChild(headA);
    head.appendChild(headB);
    HTMLElement thead = el("thead", null);
    thead.appendChild(head);
    table.appendChild(thead);
    HTMLElement body = el("tbody", null);
    for (int i = 0; i < ROWS.length; i++) {
      HTMLElement tr = el("tr", null);
      HTMLElement th = text("th", null, ROWS[i]);
      th.setAttribute("scope", "row");
      tr.appendChild(th);
      for (int j = 0; j < 2; j++) {
        cells[i][j] = el("td", null);
        tr.appendChild(cells[i][j]);
      }
      body.appendChild(tr);
    }
    table.appendChild(body);
    wrap.appendChild(table);
    root.appendChild(wrap);
  }

  public HTMLElement element() {
    return root;
  }

  /** Shows both runs at {@code tick} (each clamped to its own end). */
  public void render(Recording a, Recording b, int tick) {
    if (a == null || b == null) {
      return;
    }
    Dom.setText(headA, a.scenario().scheduler().policy().name());
    Dom.setText(headB, b.scenario().scheduler().policy().name());
    boolean done = tick >= Math.max(a.makespan(), b.makespan());
    Dom.setText(caption, done ? "Final comparison" : "Comparison so far, at tick " + tick);
    double[] va = values(progress(a, tick));
    double[] vb = values(progress(b, tick));
    for (int i = 0; i < ROWS.length; i++) {
      Dom.setText(cells[i][0], format(i, va[i]));
      Dom.setText(cells[i][1], format(i, vb[i]));
      int cmp = Double.compare(va[i], vb[i]) * BETTER[i];
      boolean known = va[i] >= 0 && vb[i] >= 0;
      Dom.toggle(cells[i][0], "better", known && cmp > 0);
      Dom.toggle(cells[i][1], "better", known && cmp < 0);
    }
  }

  private static Progress progress(Recording r, int tick) {
    int t = Math.min(tick, r.makespan());
    return Progress.at(r.scenario(), r.events(), r.eventCountUpTo(t), t);
  }

  private static double[] values(Progress p) {
    return new double[] {p.completed(), p.averageResponse(), p.averageTurnaround(), p.averageWait(),
        p.switches(), p.switchTicks(), p.utilization()};
  }

  private static String format(int row, double v) {
    if (row == 0 || row == 4 || row == 5) {
      return Long.toString((long) v);
    }
    return row == 6 ? Fmt.percent(v) : Fmt.oneDecimal(v);
  }
}
