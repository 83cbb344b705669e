package org.timeslice.web.view;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.num;
import static org.timeslice.web.dom.Dom.svg;
import static org.timeslice.web.dom.Dom.text;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.runtime.LaneEvent;
import org.timeslice.model.runtime.LaneState;
import org.timeslice.model.runtime.RuntimeEvent;
import org.timeslice.model.runtime.RuntimeResult;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.dom.Fmt;

/**
 * One run of a runtime model: a lane per thread, process or coroutine coloured by state (running, running
 * in C without the GIL, waiting for the GIL, ready, blocked, awaiting) on an axis shared with the views it
 * is compared with, a caption, optional event markers, and what every lane is doing at the playhead, in
 * words. Used by the GIL lab and by "cooperative vs preemptive".
 *
 * <p>The picture is drawn in CSS pixels for the width its figure has (1 SVG unit = 1 px), like the Gantt
 * chart, and redrawn when the window's resize changes that width: scaled from a fixed drawing, a phone
 * showed the lanes 10 px tall with 3-px names.
 */
public final class RuntimeLanesView {
  /** Width used before the view is in the page (nothing to measure yet). */
  private static final double FALLBACK_WIDTH = 960;
  /** Lane names (w1..w8, main, sleeper, A..C) get a narrower column below this width. */
  private static final double NARROW_PX = 600;
  private static final double LABEL_W = 90;
  private static final double NARROW_LABEL_W = 64;
  private static final double LANE_H = 16;
  private final HTMLElement element = el("figure", "gil-way");
  private final HTMLElement caption = el("figcaption", null);
  private final HTMLElement picture = svg("svg", "gil-lanes");
  private final HTMLElement playhead = svg("line", "gil-playhead");
  private final HTMLElement now = text("p", "gil-now", "");
  private final HTMLElement narration = el("ol", "log gil-narration");
  /** How many of the latest events up to the playhead the narration shows. */
  private static final int NARRATED_EVENTS = 5;
  private final String title;
  private final String hatchId;
  private RuntimeResult result;
  /** {@code result}'s states by lane and tick, built once per run: the playhead reads it every frame. */
  private LaneState[][] grid;
  private double scale;
  private int axisTicks;
  /**
   * The figure's width in CSS pixels once read, or -1. Read once, then again only on a resize: reading it
   * for every draw would force a layout per view on each re-run (the GIL lab re-runs while a slider moves).
   */
  private double knownWidth = -1;
  private double labelW = LABEL_W;
  /** The {@link #mark} calls since the last {@link #show}, replayed when a resize redraws the picture. */
  private final List<Mark> marks = new ArrayList<>();
  private int lastTick = -1;

  private record Mark(LaneEvent event, String className) {}

  /** {@code id} names the view for tests ({@code data-way}); {@code title} starts its caption. */
  public RuntimeLanesView(String id, String title) {
    this.title = title;
    this.hatchId = "gil-hatch-" + id;
    element.setAttribute("data-way", id);
    Window.current().addEventListener("resize", e -> redrawIfResized());
    element.appendChild(caption);
    element.appendChild(picture);
    now.setAttribute("data-role", "gil-now");
    element.appendChild(now);
    narration.setAttribute("data-role", "narration");
    narration.setAttribute("aria-label", title + ": what just happened");
    element.appendChild(narration);
  }

  public HTMLElement element() { return element; }

  private void redrawIfResized() {
    int w = element.getClientWidth();
    if (w <= 0 || w == knownWidth) {
      return;
    }
    knownWidth = w;
    if (result != null) {
      draw(result, axisTicks);
      for (Mark m : marks) {
        drawMarks(m.event(), m.className());
      }
      if (lastTick >= 0) {
        at(lastTick);
      }
    }
  }

  private double width() {
    if (knownWidth <= 0) {
      int w = element.getClientWidth();
      knownWidth = w > 0 ? w : -1;
    }
    return knownWidth > 0 ? knownWidth : FALLBACK_WIDTH;
  }

  /**
   * Draws {@code r} on an axis of {@code axisTicks}, captioned with the wall time, the speed-up over
   * {@code baselineTicks} (the sequential wall time) and the time spent waiting for the GIL.
   */
  public void show(RuntimeResult r, int axisTicks, int baselineTicks) {
    marks.clear();
    draw(r, axisTicks);
    double ms = r.wallMicros() / 1000.0;
    double speedup = baselineTicks / (double) Math.max(1, r.wallTicks());
    Dom.setText(caption, title + ": " + Fmt.oneDecimal(ms) + " ms, " + Fmt.oneDecimal(speedup) + "× the "
        + "sequential speed" + (r.gilWaitTicks() > 0 ? ", " + Fmt.oneDecimal(r.gilWaitTicks()
        * (double) r.scenario().runtime().tickMicros() / 1000.0) + " ms waiting for the GIL" : "")
        + (r.gil().handoffs() > 0 ? ", " + r.gil().handoffs() + " GIL hand-offs, " + r.gil().dropRequests()
        + " drop requests" : ""));
  }

  /** Draws {@code r} on an axis of {@code axisTicks} under {@code title: captionText}. */
  public void show(RuntimeResult r, int axisTicks, String captionText) {
    marks.clear();
    draw(r, axisTicks);
    Dom.setText(caption, title + ": " + captionText);
  }

  /** Marks the ticks where a lane had {@code event} (e.g. where the OS preempted it) with small triangles. */
  public void mark(LaneEvent event, String className) {
    marks.add(new Mark(event, className));
    drawMarks(event, className);
  }

  private void drawMarks(LaneEvent event, String className) {
    for (RuntimeEvent e : result.events()) {
      if (e.event() == event) {
        double x = labelW + e.tick() * scale;
        double y = e.lane() * LANE_H + 2;
        HTMLElement tri = svg("path", "lane-mark " + className);
        tri.setAttribute("d", "M" + Fmt.svgNumber(x - 4) + " " + Fmt.svgNumber(y) + " h8 l-4 5 z");
        picture.insertBefore(tri, playhead);
      }
    }
  }

  private void draw(RuntimeResult r, int axisTicks) {
    result = r;
    this.axisTicks = axisTicks;
    Dom.clear(picture);
    int lanes = r.laneNames().size();
    double height = lanes * LANE_H + 4;
    int width = (int) width();
    labelW = width < NARROW_PX ? NARROW_LABEL_W : LABEL_W;
    scale = (width - labelW - 8) / Math.max(1, axisTicks);
    String h = String.valueOf((int) Math.ceil(height));
    Dom.attrs(picture, "viewBox", "0 0 " + width + " " + h, "width", String.valueOf(width), "height", h,
        "aria-hidden", "true");
    picture.appendChild(hatch());
    grid = r.timeline();
    for (int lane = 0; lane < lanes; lane++) {
      double y = lane * LANE_H + 2;
      HTMLElement label = svg("text", "lane-label small");
      num(label, "x", labelW - 6);
      num(label, "y", y + LANE_H / 2);
      label.setTextContent(r.laneNames().get(lane));
      picture.appendChild(label);
      LaneState[] row = grid[lane];
      int start = 0;
      for (int t = 1; t <= row.length; t++) {
        if (t == row.length || row[t] != row[start]) {
          if (row[start] != LaneState.NEW && row[start] != LaneState.DONE) {
            HTMLElement rect = svg("rect", "gil-" + row[start].name().toLowerCase().replace('_', '-')
                + " tc" + (lane % 12));
            num(rect, "x", labelW + start * scale);
            num(rect, "y", y + 1);
            num(rect, "width", Math.max(0.5, (t - start) * scale));
            num(rect, "height", LANE_H - 3);
            if (row[start] == LaneState.GIL_WAIT) {
              rect.setAttribute("fill", "url(#" + hatchId + ")");
            }
            picture.appendChild(rect);
          }
          start = t;
        }
      }
    }
    Dom.attrs(playhead, "y1", "0", "y2", String.valueOf((int) Math.ceil(height)));
    picture.appendChild(playhead);
    element.setAttribute("data-wall-ms", Fmt.oneDecimal(r.wallMicros() / 1000.0));
  }

  /** Red diagonal stripes: "waiting for the GIL" must not look like any thread's colour. */
  private HTMLElement hatch() {
    HTMLElement defs = svg("defs", null);
    HTMLElement pattern = svg("pattern", null);
    Dom.attrs(pattern, "id", hatchId, "width", "6", "height", "6", "patternUnits", "userSpaceOnUse",
        "patternTransform", "rotate(45)");
    HTMLElement bg = svg("rect", "gil-hatch-bg");
    Dom.attrs(bg, "width", "6", "height", "6");
    HTMLElement line = svg("rect", "gil-hatch-line");
    Dom.attrs(line, "width", "2.5", "height", "6");
    pattern.appendChild(bg);
    pattern.appendChild(line);
    defs.appendChild(pattern);
    return defs;
  }

  /** Moves the playhead to {@code tick} and says what each lane is doing there. */
  public void at(int tick) {
    if (result == null) {
      return;
    }
    lastTick = tick;
    num(playhead, "x1", labelW + tick * scale);
    num(playhead, "x2", labelW + tick * scale);
    StringBuilder sb = new StringBuilder();
    for (int lane = 0; lane < result.laneNames().size(); lane++) {
      LaneState s = tick >= result.wallTicks() ? LaneState.DONE : grid[lane][tick];
      sb.append(lane == 0 ? "" : "; ").append(result.laneNames().get(lane)).append(' ').append(words(s));
    }
    Dom.setText(now, sb.toString());
    narrate(tick);
  }

  /** The last few events at or before {@code tick}, oldest first, in words. */
  private void narrate(int tick) {
    List<RuntimeEvent> events = result.events();
    int end = firstEventAfter(events, tick);
    Dom.clear(narration);
    double msPerTick = result.scenario().runtime().tickMicros() / 1000.0;
    for (int i = Math.max(0, end - NARRATED_EVENTS); i < end; i++) {
      RuntimeEvent e = events.get(i);
      narration.appendChild(text("li", null, Fmt.oneDecimal(e.tick() * msPerTick) + " ms: "
          + result.laneNames().get(e.lane()) + " " + words(e.event(), asyncio())));
    }
  }

  /** Index of the first event later than {@code tick} (events are in tick order): a binary search. */
  private static int firstEventAfter(List<RuntimeEvent> events, int tick) {
    int lo = 0;
    int hi = events.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (events.get(mid).tick() <= tick) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private boolean asyncio() {
    return result.scenario().runtime().kind() == org.timeslice.model.runtime.RuntimeKind.ASYNCIO;
  }

  static String words(LaneEvent e, boolean loop) {
    return switch (e) {
      case STARTED -> "starts";
      case GIL_REQUESTED -> "asks for the GIL";
      case GIL_TAKEN -> "takes the GIL";
      case GIL_DROPPED -> "drops the GIL: a waiter asked";
      case DISPATCHED -> loop ? "is run by the loop" : "gets a core";
      case PREEMPTED -> "is preempted: its time slice is over";
      case CEXT_ENTERED -> "enters C code and releases the GIL";
      case BLOCKED -> loop ? "makes a blocking call: the whole loop waits" : "blocks on I/O or a sleep";
      case WOKE -> "wakes up";
      case CALL_RETURNED -> "returns from the blocking call";
      case AWAITED -> "awaits: the loop runs others";
      case RESUMED -> "is ready again: its await completed";
      case EXITED -> "finishes";
    };
  }

  /** A legend of lane states: each pair is a state's CSS key ({@code gil-key-<key>}) and its words. */
  public static HTMLElement legend(String[][] keys) {
    HTMLElement ul = el("ul", "legend gil-legend");
    for (String[] k : keys) {
      HTMLElement li = el("li", null);
      li.appendChild(el("span", "swatch gil-key-" + k[0]));
      li.appendChild(text("span", null, k[1]));
      ul.appendChild(li);
    }
    return ul;
  }

  static String words(LaneState s) {
    return switch (s) {
      case NEW -> "starting";
      case READY -> "ready";
      case RUNNING -> "running";
      case RUNNING_NO_GIL -> "running in C (GIL released)";
      case GIL_WAIT -> "waiting for the GIL";
      case BLOCKED -> "blocked";
      case AWAITING -> "awaiting";
      case DONE -> "done";
    };
  }
}
