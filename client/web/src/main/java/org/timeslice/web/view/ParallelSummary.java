package org.timeslice.web.view;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.replay.Progress;
import org.timeslice.model.replay.Recording;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.dom.Fmt;

/**
 * One core against n cores, in numbers: jobs finished at the playhead, makespan, utilisation and the
 * speed-up (one-core makespan over n-core makespan).
 */
public final class ParallelSummary {
  private final HTMLElement root = el("section", "parallel-summary");
  private final HTMLElement[][] cells = new HTMLElement[4][2];
  private final HTMLElement headOne = el("th", null);
  private final HTMLElement headMany = el("th", null);
  private final HTMLElement speedup = el("p", "speedup");

  public ParallelSummary() {
    root.setAttribute("aria-label", "One core against many");
    HTMLElement table = el("table", "compare-table parallel-table");
    HTMLElement tr = el("tr", null);
    tr.appendChild(text("th", null, "Metric"));
    headOne.setAttribute("scope", "col");
    headMany.setAttribute("scope", "col");
    tr.appendChild(headOne);
    tr.appendChild(headMany);
    HTMLElement thead = el("thead", null);
    thead.appendChild(tr);
    table.appendChild(thead);
    HTMLElement body = el("tbody", null);
    String[] rows = {"Jobs finished", "Makespan (ticks)", "Utilisation so far", "Busy core-ticks"};
    for (int i = 0; i < rows.length; i++) {
      HTMLElement row = el("tr", null);
      HTMLElement th = text("th", null, rows[i]);
      th.setAttribute("scope", "row");
      row.appendChild(th);
      for (int j = 0; j < 2; j++) {
        cells[i][j] = el("td", null);
        row.appendChild(cells[i][j]);
      }
      body.appendChild(row);
    }
    table.appendChild(body);
    HTMLElement wrap = el("div", "table-wrap");
    wrap.appendChild(table);
    root.appendChild(speedup);
    root.appendChild(wrap);
  }

  public HTMLElement element() {
    return root;
  }

  /** The speed-up of {@code many} over {@code one}: one-core makespan / n-core makespan. */
  public static double speedup(Recording one, Recording many) {
    return (double) one.makespan() / Math.max(1, many.makespan());
  }

  public void render(Recording one, Recording many, int tick) {
    if (one == null || many == null) {
      return;
    }
    int n = many.scenario().machine().cores();
    Dom.setText(headOne, "1 core");
    Dom.setText(headMany, n + (n == 1 ? " core" : " cores"));
    Recording[] recs = {one, many};
    for (int j = 0; j < 2; j++) {
      Recording r = recs[j];
      int t = Math.min(tick, r.makespan());
      Progress p = Progress.at(r.scenario(), r.events(), r.eventCountUpTo(t), t);
      int total = r.scenario().tasks().size();
      Dom.setText(cells[0][j], p.completed() + " of " + total);
      Dom.setText(cells[1][j], tick >= r.makespan() ? Integer.toString(r.makespan()) : "running… (" + t + ")");
      Dom.setText(cells[2][j], Fmt.percent(p.utilization()));
      long busy = 0;
      for (long b : p.coreBusyTicks()) {
        busy += b;
      }
      Dom.setText(cells[3][j], Long.toString(busy));
    }
    boolean done = tick >= Math.max(one.makespan(), many.makespan());
    Dom.setText(speedup, done
        ? "Speed-up on " + n + " cores: " + Fmt.oneDecimal(speedup(one, many)) + "× (" + one.makespan() + " → "
            + many.makespan() + " ticks; ideal " + n + "×)"
        : "Speed-up on " + n + " cores: press play or End to find out (ideal " + n + "×)");
  }
}
