package org.timeslice.web.view;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.num;
import static org.timeslice.web.dom.Dom.svg;

import java.util.List;
import java.util.function.IntSupplier;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.replay.Recording;
import org.timeslice.model.replay.Segment;
import org.timeslice.model.replay.Segments;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.dom.Fmt;
import org.timeslice.web.shell.Frame;
import org.timeslice.web.shell.View;

/**
 * The Gantt chart: one lane per core (runs in task colours, context switches hatched, idle gaps empty)
 * and one thin lane per task (ready, running, waiting for I/O). The whole run is drawn once per
 * recording. The playhead and the curtain that hides the future are HTML layers over the chart, moved by
 * CSS transforms: a frame changes two transforms, which the compositor applies without repainting the
 * chart (repainting a 64-task chart every frame cost more than a frame at 64×, docs/benchmarks.md).
 */
public final class GanttView implements View {
  /** Width used before the chart is in the page (nothing to measure yet). */
  private static final double FALLBACK_WIDTH = 960;
  /** Below this many pixels per tick the chart scrolls sideways instead of squeezing further. */
  private static final double MIN_CELL_PX = 3;
  private static final double LABEL_W = 64;
  private static final double CORE_H = 34;
  private static final double AXIS_H = 20;
  private static int nextId;

  private final HTMLElement root = el("figure", "gantt");
  private final HTMLElement caption = el("figcaption", null);
  private final HTMLElement scroller = el("div", "gantt-scroll");
  private final String patternId = "hatch-" + (nextId++);
  private HTMLElement svgRoot;
  private HTMLElement curtain;
  private HTMLElement playhead;
  private double cellW;
  private double width;
  private double height;
  private Recording shown;
  private Frame lastFrame;
  private double drawnForWidth = -1;
  /** The width {@link #measure} read for the next {@link #show}, or -1 (then show reads it itself). */
  private double measuredWidth = -1;
  private int viewWidth;
  /** The scroller's scroll position, kept from its scroll events so that a frame never reads layout. */
  private int scrollLeft;
  private IntSupplier axisTicks;

  public GanttView(String title) {
    caption.setTextContent(title);
    root.appendChild(caption);
    scroller.setAttribute("tabindex", "0");
    scroller.setAttribute("aria-label", title + ", scrollable");
    root.appendChild(scroller);
    root.appendChild(Legend.element());
    Window.current().addEventListener("resize", e -> redrawIfResized());
    Dom.on(scroller, "scroll", e -> scrollLeft = scroller.getScrollLeft());
  }

  /** The chart is drawn in CSS pixels (1 SVG unit = 1 px, so text and lines stay crisp): redraw on resize. */
  private void redrawIfResized() {
    if (shown != null && available() != drawnForWidth) {
      show(shown);
      if (lastFrame != null) {
        render(lastFrame);
      }
    }
  }

  private double available() {
    int w = scroller.getClientWidth();
    return w > 0 ? w : FALLBACK_WIDTH;
  }

  @Override
  public void measure() {
    measuredWidth = available();
  }

  public HTMLElement element() {
    return root;
  }

  /**
   * Draws the time axis up to {@code ticks.getAsInt()} (if longer than this run) so that charts of
   * different stages line up tick for tick, e.g. {@code gantt.shareAxis(playground::longestMakespan)}.
   */
  public GanttView shareAxis(IntSupplier ticks) {
    axisTicks = ticks;
    return this;
  }

  public void setTitle(String title) {
    Dom.setText(caption, title);
  }

  @Override
  public void show(Recording rec) {
    shown = rec;
    Dom.clear(scroller);
    boolean scrolled = scrollLeft != 0;
    scrollLeft = 0;
    int makespan = Math.max(1, Math.max(rec.makespan(), axisTicks == null ? 0 : axisTicks.getAsInt()));
    int cores = rec.scenario().machine().cores();
    int tasks = rec.scenario().tasks().size();
    double taskH = tasks > 24 ? 6 : tasks > 12 ? 12 : 18;
    double coreH = cores > 8 ? 16 : CORE_H;
    drawnForWidth = measuredWidth > 0 ? measuredWidth : available();
    measuredWidth = -1;
    viewWidth = (int) drawnForWidth;
    cellW = Math.max(MIN_CELL_PX, (drawnForWidth - LABEL_W - 16) / makespan);
    width = LABEL_W + makespan * cellW + 16;
    double coresTop = AXIS_H;
    double tasksTop = coresTop + cores * coreH + 10;
    height = tasksTop + tasks * taskH + 4;
    svgRoot = svg("svg", "gantt-svg");
    String w = Fmt.svgNumber(Math.ceil(width));
    String h = Integer.toString((int) Math.ceil(height));
    Dom.attrs(svgRoot, "viewBox", "0 0 " + w + " " + h, "width", w, "height", h, "role", "img",
        "aria-label", summary(rec));
    svgRoot.appendChild(defs());
    drawAxis(makespan);
    for (int c = 0; c < cores; c++) {
      double y = coresTop + c * coreH;
      label(c == 0 && cores == 1 ? "CPU" : "Core " + c, y + coreH / 2, cores > 8 ? "lane-label small" : "lane-label");
      lane(y + 2, coreH - 4, makespan);
    }
    List<String> names = new java.util.ArrayList<>();
    for (int x = 0; x < tasks; x++) {
      names.add(rec.scenario().tasks().get(x).name());
      double y = tasksTop + x * taskH;
      if (taskH >= 12) {
        label(names.get(x), y + taskH / 2, "lane-label small");
      }
    }
    List<Segment> coreSegs = Segments.cores(rec.scenario(), rec.events());
    for (Segment s : coreSegs) {
      double y = coresTop + s.lane() * coreH + 2;
      HTMLElement r = rect(s.start(), s.end(), y, coreH - 4,
          (s.kind() == Segment.Kind.SWITCH ? "seg-switch tc" : "seg-run tc") + (s.task() % 12));
      if (s.kind() == Segment.Kind.SWITCH) {
        r.setAttribute("fill", "url(#" + patternId + ")");
      }
      if (s.kind() == Segment.Kind.RUN && coreH >= CORE_H
          && (s.end() - s.start()) * cellW >= 10 + 8 * names.get(s.task()).length()) {
        text(names.get(s.task()), xOf(s.start()) + (s.end() - s.start()) * cellW / 2, y + (coreH - 4) / 2,
            "seg-label");
      }
      // The same run on the task's own lane.
      if (s.kind() == Segment.Kind.RUN) {
        rect(s.start(), s.end(), tasksTop + s.task() * taskH + 1, taskH - 2, "seg-run tc" + (s.task() % 12));
      }
    }
    for (Segment s : Segments.tasks(rec.scenario(), rec.events())) {
      String cls = s.kind() == Segment.Kind.READY ? "seg-ready" : "seg-io";
      rect(s.start(), s.end(), tasksTop + s.lane() * taskH + 1, taskH - 2, cls + " tc" + (s.task() % 12));
    }
    HTMLElement stack = el("div", "gantt-stack");
    stack.appendChild(svgRoot);
    HTMLElement overlay = el("div", "gantt-overlay");
    overlay.setAttribute("aria-hidden", "true");
    curtain = el("div", "curtain");
    playhead = el("div", "playhead");
    overlay.appendChild(curtain);
    overlay.appendChild(playhead);
    stack.appendChild(overlay);
    scroller.appendChild(stack);
    if (scrolled) { // writing scrollLeft forces a layout: only when there is something to undo
      scroller.setScrollLeft(0);
    }
  }

  private String summary(Recording rec) {
    return "Gantt chart of " + rec.scenario().tasks().size() + " tasks on "
        + rec.scenario().machine().cores() + (rec.scenario().machine().cores() == 1 ? " core" : " cores")
        + ", " + rec.makespan() + " ticks in all";
  }

  private HTMLElement defs() {
    HTMLElement defs = svg("defs", null);
    HTMLElement pattern = svg("pattern", null);
    Dom.attrs(pattern, "id", patternId, "width", "6", "height", "6", "patternUnits", "userSpaceOnUse",
        "patternTransform", "rotate(45)");
    HTMLElement line = svg("line", "hatch-line");
    Dom.attrs(line, "x1", "0", "y1", "0", "x2", "0", "y2", "6");
    pattern.appendChild(line);
    defs.appendChild(pattern);
    return defs;
  }

  private void drawAxis(int makespan) {
    int every = niceStep(cellW);
    for (int t = 0; t <= makespan; t += every) {
      HTMLElement tick = svg("line", "axis-tick");
      num(tick, "x1", xOf(t));
      num(tick, "x2", xOf(t));
      Dom.attrs(tick, "y1", Integer.toString((int) AXIS_H - 4), "y2", Integer.toString((int) height));
      svgRoot.appendChild(tick);
      text(Integer.toString(t), xOf(t), AXIS_H / 2 - 1, "axis-label");
    }
  }

  /** A tick-label step so that labels are at least ~40 units apart. */
  static int niceStep(double cell) {
    int[] steps = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000};
    for (int s : steps) {
      if (s * cell >= 40) {
        return s;
      }
    }
    return 10_000;
  }

  private void lane(double y, double h, int makespan) {
    HTMLElement bg = svg("rect", "lane-bg");
    num(bg, "x", LABEL_W);
    num(bg, "y", y);
    num(bg, "width", makespan * cellW);
    num(bg, "height", h);
    svgRoot.appendChild(bg);
  }

  private HTMLElement rect(int start, int end, double y, double h, String cls) {
    HTMLElement r = svg("rect", cls);
    num(r, "x", xOf(start));
    num(r, "y", y);
    num(r, "width", (end - start) * cellW);
    num(r, "height", h);
    svgRoot.appendChild(r);
    return r;
  }

  private void label(String s, double y, String cls) {
    text(s, LABEL_W - 8, y, cls);
  }

  private void text(String s, double x, double y, String cls) {
    HTMLElement t = svg("text", cls);
    num(t, "x", x);
    num(t, "y", y);
    t.setTextContent(s);
    svgRoot.appendChild(t);
  }

  private double xOf(int tick) {
    return LABEL_W + tick * cellW;
  }

  @Override
  public void render(Frame frame) {
    lastFrame = frame;
    double x = xOf(frame.tick());
    String translate = "translateX(" + Fmt.svgNumber(x) + "px)";
    curtain.getStyle().setProperty("transform", translate);
    playhead.getStyle().setProperty("transform", translate);
    // A chart wider than its box follows the playhead (the box's width is measured when the chart is
    // drawn, which every resize does, so that playing never forces a layout).
    int view = viewWidth;
    if (view > 0 && width > view) {
      int left = scrollLeft;
      if (x < left + LABEL_W || x > left + view - 24) {
        scrollLeft = (int) Math.max(0, Math.min(width - view, x - view / 2.0));
        scroller.setScrollLeft(scrollLeft);
      }
    }
  }
}
