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
 * Drawn in CSS pixels for the width it is given (1 SVG unit = 1 px): scaled down from a fixed drawing, a
 * phone showed its labels 3-4 px tall.
 */
public final class LanesView {
  /** Width used when the caller does not know the figure's width yet. */
  private static final double FALLBACK_WIDTH = 960;
  /** The lane names (W0..W7) get a narrower column below this width. */
  private static final double NARROW_PX = 600;
  private static final double LABEL_W = 74;
  private static final double NARROW_LABEL_W = 40;
  private static final double LANE_H = 18;
  private static final double AXIS_H = 18;

  private LanesView() {}

  /**
   * A figure with {@code title} and one lane per worker of {@code run}, the axis spanning {@code axisMillis},
   * drawn for a figure {@code widthPx} CSS pixels wide (0 when not known).
   */
  public static HTMLElement render(String title, Measurement run, double axisMillis, int widthPx) {
    HTMLElement figure = el("figure", "measured");
    figure.appendChild(Dom.text("figcaption", null, title));
    int width = widthPx > 0 ? widthPx : (int) FALLBACK_WIDTH;
    double labelW = width < NARROW_PX ? NARROW_LABEL_W : LABEL_W;
    double axis = Math.max(axisMillis, Math.max(1, run.wallMillis));
    double scale = (width - labelW - 8) / axis;
    double height = AXIS_H + run.lanes.size() * LANE_H + 4;
    HTMLElement root = svg("svg", "measured-svg");
    String h = String.valueOf((int) Math.ceil(height));
    attrs(root, "viewBox", "0 0 " + width + " " + h, "width", String.valueOf(width), "height", h, "role", "img",
        "aria-label", title + ": " + run.lanes.size() + " workers, " + Fmt.oneDecimal(run.wallMillis)
            + " ms wall time, " + Fmt.oneDecimal(run.cpuMillis) + " ms CPU time");
    drawAxis(root, axis, scale, height, labelW, width);
    for (int i = 0; i < run.lanes.size(); i++) {
      Measurement.Lane lane = run.lanes.get(i);
      double y = AXIS_H + i * LANE_H;
      HTMLElement label = svg("text", "lane-label");
      num(label, "x", labelW - 6);
      num(label, "y", y + LANE_H / 2 + 4);
      label.setAttribute("text-anchor", "end");
      label.setTextContent("W" + lane.id());
      root.appendChild(label);
      root.appendChild(rect("measured-life", labelW, lane.startMillis(), lane.endMillis(), y + LANE_H / 2 - 1, 2,
          scale));
      for (double[] slice : lane.waits()) {
        root.appendChild(rect("measured-wait", labelW, slice[0], slice[1], y + 3, LANE_H - 6, scale));
      }
      for (double[] slice : lane.runs()) {
        root.appendChild(rect("measured-run", labelW, slice[0], slice[1], y + 3, LANE_H - 6, scale));
      }
    }
    figure.appendChild(root);
    return figure;
  }

  /** The slice from {@code from} to {@code to} ms, on an axis that starts at {@code x0}. */
  private static HTMLElement rect(String className, double x0, double from, double to, double y, double h,
      double scale) {
    HTMLElement r = svg("rect", className);
    num(r, "x", x0 + from * scale);
    num(r, "y", y);
    // A slice shorter than a pixel is still drawn, one pixel wide: it happened.
    num(r, "width", Math.max(1, (to - from) * scale));
    num(r, "height", h);
    return r;
  }

  private static void drawAxis(HTMLElement root, double axis, double scale, double height, double labelW,
      double width) {
    // A label every 8th of the axis on a wide figure, every 4th on a phone (labels are 30-50 px wide).
    double step = niceStep(axis / (scale * axis < 480 ? 4 : 8));
    for (double t = 0; t <= axis + 1e-9; t += step) {
      double x = labelW + t * scale;
      HTMLElement line = svg("line", "axis-line");
      attrs(line, "x1", Fmt.svgNumber(x), "x2", Fmt.svgNumber(x), "y1", Fmt.svgNumber(AXIS_H - 4),
          "y2", Fmt.svgNumber(height));
      root.appendChild(line);
      HTMLElement label = svg("text", "axis-label");
      num(label, "x", x);
      num(label, "y", AXIS_H - 6);
      // Centred on its tick, unless that would run past the figure's right edge.
      label.setAttribute("text-anchor", x + 24 > width ? "end" : "middle");
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
