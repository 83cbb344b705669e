package org.timeslice.web.view;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.svg;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.fsm.TransitionTable;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.Lifecycle;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.replay.Recording;
import org.timeslice.model.replay.Segments;
import org.timeslice.model.sim.Snapshot;
import org.timeslice.model.trace.TraceEvent;
import org.timeslice.web.dom.Dom;
import org.timeslice.web.dom.Fmt;
import org.timeslice.web.shell.Frame;
import org.timeslice.web.shell.View;

/**
 * The five-state diagram, drawn from {@link Lifecycle#TABLE}: one box per {@link State}, one arrow per
 * (from, to) pair of the table labelled with its events. Tasks are tokens inside the box of their state
 * and glide to the next box when they change state; the arrows taken at the playhead's tick light up.
 * Only the box positions are chosen here (a wide and a narrow layout); which arrows exist and what they
 * are called comes from the table.
 */
public final class LifecycleView implements View {
  private static final double BOX_W = 136;
  private static final double BOX_H = 96;
  private static final double TOKEN_R = 13.5;
  private static final double TOKEN_GAP = 29;
  private static final double NARROW_PX = 560;

  private final HTMLElement root = el("figure", "lifecycle");
  private final HTMLElement holder = el("div", "lifecycle-holder");
  private final HTMLElement now = el("figcaption", "lifecycle-now");
  private final Map<String, Edge> edges = new LinkedHashMap<>();
  private final Map<State, double[]> centre = new EnumMap<>(State.class);
  /** An array, not a List: TeaVM's strict casts reject SVG elements taken out of a collection as HTMLElement. */
  private HTMLElement[] tokens = new HTMLElement[0];
  private HTMLElement svgRoot;
  private Recording shown;
  private Frame lastFrame;
  private boolean narrow;
  private String lastKey = "";

  /** One arrow: all table rows from one state to another. */
  private static final class Edge {
    final HTMLElement group;
    final List<Event> events = new ArrayList<>();

    Edge(HTMLElement group) {
      this.group = group;
    }
  }

  public LifecycleView() {
    root.appendChild(holder);
    now.setAttribute("aria-hidden", "true");
    root.appendChild(now);
    Window.current().addEventListener("resize", e -> {
      if (shown != null && isNarrow() != narrow) {
        show(shown);
        if (lastFrame != null) {
          render(lastFrame);
        }
      }
    });
  }

  public HTMLElement element() {
    return root;
  }

  /** What {@link #measure} read for the next {@link #show}: 1 narrow, 0 wide, -1 not measured. */
  private int measuredNarrow = -1;

  @Override
  public void measure() {
    measuredNarrow = isNarrow() ? 1 : 0;
  }

  private boolean isNarrow() {
    int w = holder.getClientWidth();
    return w > 0 && w < NARROW_PX;
  }

  @Override
  public void show(Recording recording) {
    shown = recording;
    narrow = measuredNarrow < 0 ? isNarrow() : measuredNarrow == 1;
    measuredNarrow = -1;
    lastKey = "";
    Dom.clear(holder);
    edges.clear();
    layout();
    double w = narrow ? 400 : 900;
    double h = narrow ? 540 : 380;
    svgRoot = svg("svg", "lifecycle-svg");
    Dom.attrs(svgRoot, "viewBox", "0 0 " + Fmt.svgNumber(w) + " " + Fmt.svgNumber(h), "role", "img",
        "aria-label", "Process lifecycle: NEW, READY, RUNNING, WAITING and TERMINATED, with the transitions of"
            + " the simulator's table; each task is a token in the state it is in.");
    svgRoot.appendChild(defs());
    drawEdges();
    for (State s : State.values()) {
      drawBox(s);
    }
    List<String> names = new ArrayList<>();
    for (var t : recording.scenario().tasks()) {
      names.add(t.name());
    }
    tokens = new HTMLElement[names.size()];
    for (int x = 0; x < names.size(); x++) {
      HTMLElement g = svg("g", "token tc" + (x % 12));
      g.setAttribute("data-task", names.get(x));
      HTMLElement c = svg("circle", null);
      Dom.attrs(c, "r", Fmt.svgNumber(TOKEN_R), "cx", "0", "cy", "0");
      g.appendChild(c);
      HTMLElement label = svg("text", "token-label");
      label.setTextContent(names.get(x).length() > 3 ? names.get(x).substring(0, 3) : names.get(x));
      g.appendChild(label);
      HTMLElement title = svg("title", null);
      title.setTextContent(names.get(x));
      g.appendChild(title);
      tokens[x] = g;
      svgRoot.appendChild(g);
    }
    holder.appendChild(svgRoot);
    index = Segments.indexOf(recording.scenario());
  }

  private Map<String, Integer> index;

  private void layout() {
    centre.clear();
    if (narrow) {
      centre.put(State.NEW, new double[] {84, 62});
      centre.put(State.TERMINATED, new double[] {316, 62});
      centre.put(State.READY, new double[] {84, 262});
      centre.put(State.RUNNING, new double[] {316, 262});
      centre.put(State.WAITING, new double[] {200, 468});
    } else {
      centre.put(State.NEW, new double[] {90, 96});
      centre.put(State.READY, new double[] {315, 96});
      centre.put(State.RUNNING, new double[] {585, 96});
      centre.put(State.TERMINATED, new double[] {810, 96});
      centre.put(State.WAITING, new double[] {450, 300});
    }
  }

  private HTMLElement defs() {
    HTMLElement defs = svg("defs", null);
    for (String id : new String[] {"arrow", "arrow-active"}) {
      HTMLElement marker = svg("marker", id);
      Dom.attrs(marker, "id", "lc-" + id, "viewBox", "0 0 10 10", "refX", "9", "refY", "5",
          "markerWidth", "7", "markerHeight", "7", "orient", "auto-start-reverse");
      HTMLElement p = svg("path", null);
      p.setAttribute("d", "M0 0L10 5L0 10z");
      marker.appendChild(p);
      defs.appendChild(marker);
    }
    return defs;
  }

  private void drawBox(State s) {
    double[] c = centre.get(s);
    HTMLElement g = svg("g", "state state-" + s.name().toLowerCase());
    g.setAttribute("data-state", s.name());
    HTMLElement r = svg("rect", "state-box");
    Dom.attrs(r, "x", Fmt.svgNumber(c[0] - BOX_W / 2), "y", Fmt.svgNumber(c[1] - BOX_H / 2),
        "width", Fmt.svgNumber(BOX_W), "height", Fmt.svgNumber(BOX_H), "rx", "12");
    g.appendChild(r);
    HTMLElement t = svg("text", "state-name");
    Dom.attrs(t, "x", Fmt.svgNumber(c[0]), "y", Fmt.svgNumber(c[1] - BOX_H / 2 + 18));
    t.setTextContent(s.name());
    g.appendChild(t);
    svgRoot.appendChild(g);
  }

  /** One arrow per (from, to) pair of the table, in table order; its label lists the events. */
  private void drawEdges() {
    TransitionTable<State, Event> table = Lifecycle.TABLE;
    Map<String, List<Event>> pairs = new LinkedHashMap<>();
    Map<String, State[]> ends = new LinkedHashMap<>();
    for (TransitionTable.Row<State, Event> row : table.rows()) {
      String k = row.from().name() + ">" + row.to().name();
      pairs.computeIfAbsent(k, x -> new ArrayList<>()).add(row.event());
      ends.put(k, new State[] {row.from(), row.to()});
    }
    for (Map.Entry<String, List<Event>> e : pairs.entrySet()) {
      State from = ends.get(e.getKey())[0];
      State to = ends.get(e.getKey())[1];
      boolean twoWay = pairs.containsKey(to.name() + ">" + from.name());
      HTMLElement g = svg("g", "edge");
      g.setAttribute("data-from", from.name());
      g.setAttribute("data-to", to.name());
      Edge edge = new Edge(g);
      edge.events.addAll(e.getValue());
      StringBuilder names = new StringBuilder();
      for (Event ev : e.getValue()) {
        names.append(names.length() == 0 ? "" : " ").append(ev.name());
      }
      g.setAttribute("data-events", names.toString());
      drawArrow(g, centre.get(from), centre.get(to), twoWay ? 34 : 0, e.getValue());
      edges.put(e.getKey(), edge);
      svgRoot.appendChild(g);
    }
  }

  private void drawArrow(HTMLElement g, double[] a, double[] b, double bend, List<Event> events) {
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double len = Math.sqrt(dx * dx + dy * dy);
    double nx = dy / len;
    double ny = -dx / len;
    double[] p0 = border(a, dx, dy);
    double[] p1 = border(b, -dx, -dy);
    // Two-way pairs bow apart (each to its own left); the control point sits on the normal.
    double cx = (p0[0] + p1[0]) / 2 + nx * bend;
    double cy = (p0[1] + p1[1]) / 2 + ny * bend;
    HTMLElement path = svg("path", "edge-line");
    path.setAttribute("d", "M" + Fmt.svgNumber(p0[0]) + " " + Fmt.svgNumber(p0[1]) + "Q" + Fmt.svgNumber(cx)
        + " " + Fmt.svgNumber(cy) + " " + Fmt.svgNumber(p1[0]) + " " + Fmt.svgNumber(p1[1]));
    g.appendChild(path);
    double mx = 0.25 * p0[0] + 0.5 * cx + 0.25 * p1[0];
    double my = 0.25 * p0[1] + 0.5 * cy + 0.25 * p1[1];
    // Labels sit beside the arrow, on the side it bows to (above a rightward arrow when straight).
    double side = bend == 0 ? 1 : Math.signum(bend);
    boolean vertical = Math.abs(dx) < 1;
    double off = vertical ? 10 : 14;
    double lx = mx + nx * off * side;
    double ly = my + ny * off * side;
    HTMLElement text = svg("text", "edge-label");
    String anchor = vertical ? (nx * side > 0 ? "start" : "end") : Math.abs(nx) > 0.5 ? (nx * side > 0 ? "start" : "end")
        : "middle";
    text.setAttribute("text-anchor", anchor);
    double lineH = 14;
    double firstY = ny * side < -0.5 ? ly - (events.size() - 1) * lineH : ly;
    if (Math.abs(ny) <= 0.5) {
      firstY = ly - (events.size() - 1) * lineH / 2;
    }
    for (int i = 0; i < events.size(); i++) {
      HTMLElement span = svg("tspan", null);
      Dom.attrs(span, "x", Fmt.svgNumber(lx), "y", Fmt.svgNumber(firstY + i * lineH));
      span.setTextContent(events.get(i).name());
      text.appendChild(span);
    }
    g.appendChild(text);
  }

  /** Where the ray from the box centre c in direction (dx, dy) leaves the box (plus a small gap). */
  private static double[] border(double[] c, double dx, double dy) {
    double hw = BOX_W / 2 + 4;
    double hh = BOX_H / 2 + 4;
    double sx = dx == 0 ? Double.MAX_VALUE : hw / Math.abs(dx);
    double sy = dy == 0 ? Double.MAX_VALUE : hh / Math.abs(dy);
    double s = Math.min(sx, sy);
    return new double[] {c[0] + dx * s, c[1] + dy * s};
  }

  @Override
  public void render(Frame frame) {
    lastFrame = frame;
    Snapshot snap = frame.snapshot();
    int t = frame.tick();
    List<TraceEvent> events = frame.recording().events();
    int from = frame.recording().eventCountUpTo(t - 1);
    int to = frame.eventCount();
    String key = t + "|" + from + "|" + to;
    if (key.equals(lastKey)) {
      return;
    }
    lastKey = key;
    for (Edge e : edges.values()) {
      Dom.toggle(e.group, "active", false);
    }
    StringBuilder caption = new StringBuilder();
    boolean[] moved = new boolean[tokens.length];
    for (int i = from; i < to; i++) {
      TraceEvent e = events.get(i);
      if (e.event() == Event.CONTEXT_SWITCH) {
        continue;
      }
      Edge edge = edges.get(e.from().name() + ">" + e.to().name());
      if (edge != null) {
        Dom.toggle(edge.group, "active", true);
      }
      moved[index.get(e.task())] = true;
      caption.append(caption.length() == 0 ? "" : " · ").append(e.task()).append(": ").append(e.event().name());
    }
    Dom.setText(now, caption.length() == 0 ? "t=" + t + ": no transition this tick"
        : "t=" + t + ": " + caption);
    Map<State, Integer> used = new EnumMap<>(State.class);
    for (int x = 0; x < tokens.length; x++) {
      Snapshot.TaskView v = snap.tasks().get(x);
      int slot = used.merge(v.state(), 1, Integer::sum) - 1;
      double[] c = centre.get(v.state());
      int perRow = (int) ((BOX_W - 12) / TOKEN_GAP);
      int row = slot / perRow;
      int col = slot % perRow;
      double x0 = c[0] - (perRow - 1) * TOKEN_GAP / 2 + col * TOKEN_GAP;
      double y0 = c[1] - BOX_H / 2 + 44 + (row % 2) * TOKEN_GAP + (row / 2) * 4;
      HTMLElement g = tokens[x];
      g.getStyle().setProperty("transform", "translate(" + Fmt.svgNumber(x0) + "px," + Fmt.svgNumber(y0) + "px)");
      Dom.toggle(g, "moved", moved[x]);
      Dom.toggle(g, "switching", v.state() == State.READY && v.core() >= 0);
    }
  }
}
