package org.timeslice.web.view;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.svg;
import static org.timeslice.web.dom.Dom.text;

import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.parallel.AmdahlWorkload;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.dom.Fmt;

/**
 * Amdahl's law companion plot: a serial-fraction slider, the speed-up curve for 1..16 cores (log scale),
 * the ideal line, the 1/s ceiling, and the speed-ups the simulator measured for the same split (dots), plus
 * the current workload's own speed-up. A table carries the same numbers for screen readers.
 */
public final class AmdahlView {
  private static final double W = 440;
  private static final double H = 290;
  private static final double LEFT = 44;
  private static final double RIGHT = 14;
  private static final double TOP = 14;
  private static final double BOTTOM = 40;
  private static final double MAX_CORES = 16;
  private static final double MAX_SPEEDUP = 16;

  private final HTMLElement root = el("section", "amdahl");
  private final HTMLElement slider = el("input", "serial-slider");
  private final HTMLElement sliderValue = el("output", "serial-value");
  private final HTMLElement curve = svg("path", "amdahl-curve");
  private final HTMLElement ceiling = svg("line", "amdahl-ceiling");
  private final HTMLElement ceilingLabel = svg("text", "amdahl-ceiling-label");
  private final HTMLElement points = svg("g", "amdahl-points");
  private final HTMLElement mine = svg("g", "amdahl-mine");
  private final HTMLElement tableBody = el("tbody", null);
  private final HTMLElement verdict = el("p", "amdahl-verdict");
  private int percent = 10;
  private double workloadCores = -1;
  private double workloadSpeedup = -1;

  public AmdahlView() {
    root.setAttribute("aria-labelledby", "amdahl-heading");
    HTMLElement h = text("h2", null, "Amdahl's law");
    h.setAttribute("id", "amdahl-heading");
    root.appendChild(h);
    root.appendChild(text("p", "amdahl-intro", "If a share s of the work must run on one core, n cores can at"
        + " best give a speed-up of 1 / (s + (1 − s) / n), and never more than 1 / s. Dots: the simulator's"
        + " speed-up for " + AmdahlWorkload.TOTAL_WORK_TICKS + " ticks of work with that serial share."));
    Dom.attrs(slider, "type", "range", "min", "0", "max", "100", "step", "5", "value", Integer.toString(percent),
        "id", "serial-fraction");
    sliderValue.setAttribute("for", "serial-fraction");
    HTMLElement label = Dom.labelled("Serial fraction", slider, "field inline serial-field");
    label.appendChild(sliderValue);
    root.appendChild(label);
    Dom.on(slider, "input", e -> {
      percent = Integer.parseInt(Dom.value(slider));
      update();
    });
    HTMLElement grid = el("div", "amdahl-grid");
    grid.appendChild(plot());
    HTMLElement table = el("table", "amdahl-table");
    table.appendChild(text("caption", null, "Speed-up by core count"));
    table.appendChild(Dom.thead("Cores", "Amdahl", "Simulated"));
    table.appendChild(tableBody);
    HTMLElement side = el("div", "amdahl-side");
    side.appendChild(table);
    verdict.setAttribute("aria-live", "polite");
    side.appendChild(verdict);
    grid.appendChild(side);
    root.appendChild(grid);
    update();
  }

  public HTMLElement element() {
    return root;
  }

  /** Marks the edited workload's own speed-up (1-core makespan / n-core makespan) on the plot. */
  public void showWorkload(int cores, double speedup) {
    if (cores == workloadCores && speedup == workloadSpeedup) {
      return;
    }
    workloadCores = cores;
    workloadSpeedup = speedup;
    drawMine();
  }

  private HTMLElement plot() {
    HTMLElement s = svg("svg", "amdahl-svg");
    Dom.attrs(s, "viewBox", "0 0 " + Fmt.svgNumber(W) + " " + Fmt.svgNumber(H), "role", "img",
        "aria-label", "Speed-up against number of cores; the numbers are in the table beside it.");
    for (int y = 0; y <= MAX_SPEEDUP; y += 4) {
      HTMLElement g = svg("line", "grid-line");
      Dom.attrs(g, "x1", Fmt.svgNumber(LEFT), "x2", Fmt.svgNumber(W - RIGHT), "y1", Fmt.svgNumber(yOf(y)),
          "y2", Fmt.svgNumber(yOf(y)));
      s.appendChild(g);
      s.appendChild(label(Integer.toString(y) + "×", LEFT - 6, yOf(y), "axis-label end"));
    }
    for (int n : AmdahlWorkload.CORE_COUNTS) {
      HTMLElement g = svg("line", "grid-line");
      Dom.attrs(g, "x1", Fmt.svgNumber(xOf(n)), "x2", Fmt.svgNumber(xOf(n)), "y1", Fmt.svgNumber(TOP),
          "y2", Fmt.svgNumber(H - BOTTOM));
      s.appendChild(g);
      s.appendChild(label(Integer.toString(n), xOf(n), H - BOTTOM + 14, "axis-label"));
    }
    s.appendChild(label("cores", (LEFT + W - RIGHT) / 2, H - 8, "axis-label"));
    HTMLElement ideal = svg("line", "amdahl-ideal");
    Dom.attrs(ideal, "x1", Fmt.svgNumber(xOf(1)), "y1", Fmt.svgNumber(yOf(1)), "x2", Fmt.svgNumber(xOf(16)),
        "y2", Fmt.svgNumber(yOf(16)));
    s.appendChild(ideal);
    s.appendChild(label("ideal (n×)", xOf(8) - 6, yOf(8) - 10, "axis-label end ideal-label"));
    s.appendChild(ceiling);
    s.appendChild(ceilingLabel);
    s.appendChild(curve);
    s.appendChild(points);
    s.appendChild(mine);
    return s;
  }

  private static HTMLElement label(String t, double x, double y, String cls) {
    HTMLElement e = svg("text", cls);
    Dom.attrs(e, "x", Fmt.svgNumber(x), "y", Fmt.svgNumber(y));
    e.setTextContent(t);
    return e;
  }

  private static double xOf(double cores) {
    return LEFT + (W - LEFT - RIGHT) * (Math.log(cores) / Math.log(MAX_CORES));
  }

  private static double yOf(double speedup) {
    return H - BOTTOM - (H - TOP - BOTTOM) * Math.min(speedup, MAX_SPEEDUP) / MAX_SPEEDUP;
  }

  private void update() {
    double s = percent / 100.0;
    Dom.setText(sliderValue, percent + "%");
    Dom.setAttr(slider, "aria-valuetext", percent + "% serial");
    StringBuilder d = new StringBuilder();
    for (int k = 0; k <= 64; k++) {
      double n = Math.pow(2, k / 16.0);
      d.append(k == 0 ? "M" : "L").append(Fmt.svgNumber(xOf(n))).append(' ')
          .append(Fmt.svgNumber(yOf(AmdahlWorkload.speedup(s, n))));
    }
    curve.setAttribute("d", d.toString());
    if (s > 0) {
      double lim = 1 / s;
      Dom.attrs(ceiling, "x1", Fmt.svgNumber(LEFT), "x2", Fmt.svgNumber(W - RIGHT),
          "y1", Fmt.svgNumber(yOf(lim)), "y2", Fmt.svgNumber(yOf(lim)));
      ceiling.removeAttribute("visibility");
      Dom.attrs(ceilingLabel, "x", Fmt.svgNumber(W - RIGHT - 4), "y", Fmt.svgNumber(yOf(lim) + (lim > 15 ? 14 : -6)));
      ceilingLabel.setTextContent(lim > MAX_SPEEDUP ? "limit 1/s = " + Fmt.oneDecimal(lim) + "× (off the chart)"
          : "limit 1/s = " + Fmt.oneDecimal(lim) + "×");
    } else {
      ceiling.setAttribute("visibility", "hidden");
      ceilingLabel.setTextContent("no serial part: no limit");
      Dom.attrs(ceilingLabel, "x", Fmt.svgNumber(W - RIGHT - 4), "y", Fmt.svgNumber(TOP + 12));
    }
    Dom.clear(points);
    Dom.clear(tableBody);
    double at16 = 0;
    for (int n : AmdahlWorkload.CORE_COUNTS) {
      double sim = AmdahlWorkload.simulatedSpeedup(percent, n);
      at16 = sim;
      HTMLElement c = svg("circle", "amdahl-point");
      Dom.attrs(c, "cx", Fmt.svgNumber(xOf(n)), "cy", Fmt.svgNumber(yOf(sim)), "r", "5");
      HTMLElement title = svg("title", null);
      title.setTextContent(n + " cores: simulated " + Fmt.oneDecimal(sim) + "×");
      c.appendChild(title);
      points.appendChild(c);
      HTMLElement tr = el("tr", null);
      HTMLElement th = text("th", null, Integer.toString(n));
      th.setAttribute("scope", "row");
      tr.appendChild(th);
      tr.appendChild(text("td", null, Fmt.oneDecimal(AmdahlWorkload.speedup(s, n)) + "×"));
      tr.appendChild(text("td", null, Fmt.oneDecimal(sim) + "×"));
      tableBody.appendChild(tr);
    }
    Dom.setText(verdict, "With " + percent + "% serial work, 16 cores give " + Fmt.oneDecimal(at16)
        + "× in the simulator" + (percent > 0 ? "; no number of cores can beat " + Fmt.oneDecimal(1 / s) + "×."
        : ": perfect scaling, because nothing has to wait for a single core."));
    drawMine();
  }

  private void drawMine() {
    Dom.clear(mine);
    if (workloadCores < 1 || workloadCores > MAX_CORES) {
      return;
    }
    HTMLElement r = svg("rect", "amdahl-mine-mark");
    double x = xOf(workloadCores);
    double y = yOf(workloadSpeedup);
    Dom.attrs(r, "x", Fmt.svgNumber(x - 6), "y", Fmt.svgNumber(y - 6), "width", "12", "height", "12",
        "transform", "rotate(45 " + Fmt.svgNumber(x) + " " + Fmt.svgNumber(y) + ")");
    mine.appendChild(r);
    mine.appendChild(label("your workload " + Fmt.oneDecimal(workloadSpeedup) + "×", x + 10, y + 18,
        "axis-label start mine-label"));
  }
}
