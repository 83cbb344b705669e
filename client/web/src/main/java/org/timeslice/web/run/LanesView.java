package org.timeslice.web.run;

import static org.timeslice.web.dom.Dom.attrs;
import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.num;
import static org.timeslice.web.dom.Dom.svg;

import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.dom.Fmt;

/**
 * Measured lanes as SVG on a given time axis (milliseconds from the run's start): per worker a thin bar
 * for its lifetime, solid slices where it was running, hatched slices where it slept. Callers pass the
 * same {@code axisMillis} to every view that must line up (measured under simulated, baseline above model).
 */
public final class LanesView {
  private static final double WIDTH = 960;
  private static final double LABEL_W = 74;
  private static final double LANE_H = 18;
  private static final double AXIS_H = 18;

  private LanesView() {}

  /** A figure with {@code title} and one lane per worker of {@code run}, the axis spanning {@code axisMillis}. */
  public static HTMLElement render(String title, Measurement run, double axisMillis) {
    HTMLElement figure = el("figure", "measured");
    figure.appendChild(Dom.text("figcaption", null, title));
    double axis = Math.max(axisMillis, Math.max(1, run.wallMillis));
    double scale = (WIDTH - LABEL_W - 8) / axis;
    double height = AXIS_H + run.lanes.size() * LANE_H + 4;
    HTMLElement root = svg("svg", "measured-svg");
    attrs(root, "viewBox", "0 0 " + (int) WIDTH + " " + (int) Math.ceil(height), "role", "img",
        "aria-label", title + ": " + run.lanes.size() + " workers, " + Fmt.oneDecimal(run.wallMillis)
            + " ms wall time, " + Fmt.oneDecimal(run.cpuMillis) + " ms CPU time");
    drawAxis(root, axis, scale, height);
    for (int i = 0; i < run.lanes.size(); i++) {
      Measurement.Lane lane = run.lanes.get(i);
      double y = AXIS_H + i * LANE_H;
      HTMLElement label = svg("text", "lane-label");
      num(label, "x", LABEL_W - 6);
      num(label, "y", y + LANE_H / 2 + 4);
      label.setAttribute("text-anchor", "end");
      label.setTextContent("W" + lane.id());
      root.appendChild(label);
      root.appendChild(rect("measured-life", lane.startMillis(), lane.endMillis(), y + LANE_H / 2 - 1, 2, scale));
      for (double[] slice : lane.waits()) {
        root.appendChild(rect("measured-wait", slice[0], slice[1], y + 3, LANE_H - 6, scale));
      }
      for (double[] slice : lane.runs()) {
        root.appendChild(rect("measured-run", slice[0], slice[1], y + 3, LANE_H - 6, scale));
      }
    }
    figure.appendChild(root);
    return figure;
  }

  private static HTMLElement rect(String className, double from, double to, double y, double h, double scale) {
    HTMLElement r = svg("rect", className);
    num(r, "x", LABEL_W + from * scale);
    num(r, "y", y);
    // A slice shorter than a pixel is still drawn, one pixel wide: it happened.
    num(r, "width", Math.max(1, (to - from) * scale));
    num(r, "height", h);
    return r;
  }

  private static void drawAxis(HTMLElement root, double axis, double scale, double height) {
    double step = niceStep(axis / 8);
    for (double t = 0; t <= axis + 1e-9; t += step) {
      double x = LABEL_W + t * scale;
      HTMLElement line = svg("line", "axis-line");
      attrs(line, "x1", Fmt.svgNumber(x), "x2", Fmt.svgNumber(x), "y1", Fmt.svgNumber(AXIS_H - 4),
          "y2", Fmt.svgNumber(height));
      root.appendChild(line);
      HTMLElement label = svg("text", "axis-label");
      num(label, "x", x);
      num(label, "y", AXIS_H - 6);
      label.setAttribute("text-anchor", "middle");
      label.setTextContent(Fmt.svgNumber(t) + " ms");
      root.appendChild(label);
    }
  }

  /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
  static double niceStep(double raw) {
    double power = 1;
    while (power * 10 <= raw) {
      power *= 10;
    }
    while (power > raw && power > 0.001) {
      power /= 10;
    }
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * power >= raw) {
        return m * power;
      }
    }
    return 10 * power;
  }
}
