package org.timeslice.web.race;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.svg;
import static org.timeslice.web.dom.Dom.text;

import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.sync.Philosophers;
import org.timeslice.model.sync.SyncProgram;
import org.timeslice.model.sync.SyncState;
import org.timeslice.model.sync.WaitForGraph;
import org.timeslice.web.dom.Dom;

/**
 * The dining table: philosophers around it coloured by phase (thinking, hungry, eating) with their meal
 * counts, and each fork between two of them, drawn beside the philosopher holding it. The picture's
 * accessible name says the same in words.
 */
final class TableView {
  private static final double SIZE = 260;
  private static final double CENTER = SIZE / 2;
  private static final double SEAT_RADIUS = 95;
  private static final double FORK_RADIUS = 60;
  private final HTMLElement element = el("figure", "race-table");
  private final HTMLElement picture = svg("svg", "race-table-svg");

  TableView() {
    Dom.attrs(picture, "viewBox", "0 0 " + (int) SIZE + " " + (int) SIZE, "role", "img", "data-role", "table");
    element.appendChild(picture);
    element.appendChild(text("figcaption", "race-table-caption",
        "Grey: thinking · amber: hungry · coloured: eating. A fork sits beside whoever holds it; an arrow "
            + "points from a philosopher waiting for a fork to its holder (red: a deadlock cycle)."));
  }

  HTMLElement element() { return element; }

  void render(SyncState s) {
    Dom.clear(picture);
    SyncProgram p = s.program();
    int n = s.threadCount();
    HTMLElement table = svg("circle", "race-table-top");
    Dom.num(table, "cx", CENTER);
    Dom.num(table, "cy", CENTER);
    Dom.num(table, "r", FORK_RADIUS + 14);
    picture.appendChild(table);
    StringBuilder words = new StringBuilder("Table: ");
    drawWaitsFor(s, n);
    for (int i = 0; i < n; i++) {
      int m = p.names(SyncProgram.Kind.MUTEX).indexOf(Philosophers.fork(i));
      int owner = m < 0 ? -1 : s.mutexOwner(m);
      double a = angle(i, n) + Math.PI / n;
      double x = CENTER + FORK_RADIUS * Math.cos(a);
      double y = CENTER + FORK_RADIUS * Math.sin(a);
      if (owner >= 0) { // slide the fork toward its holder
        x += 0.45 * (CENTER + FORK_RADIUS * Math.cos(angle(owner, n)) - x);
        y += 0.45 * (CENTER + FORK_RADIUS * Math.sin(angle(owner, n)) - y);
      }
      HTMLElement dot = svg("circle", "race-fork-dot" + (owner >= 0 ? " held" : ""));
      Dom.num(dot, "cx", x);
      Dom.num(dot, "cy", y);
      Dom.num(dot, "r", 10);
      picture.appendChild(dot);
      HTMLElement fork = svg("text", "race-fork" + (owner >= 0 ? " held" : ""));
      Dom.num(fork, "x", x);
      Dom.num(fork, "y", y);
      fork.setTextContent("f" + i);
      picture.appendChild(fork);
    }
    for (int t = 0; t < n; t++) {
      double a = angle(t, n);
      double x = CENTER + SEAT_RADIUS * Math.cos(a);
      double y = CENTER + SEAT_RADIUS * Math.sin(a);
      String phase = phaseName(s, t);
      HTMLElement seat = svg("circle", "race-seat tc" + (t % 12) + " phase-" + phase
          + (s.threadState(t) == State.WAITING ? " waiting" : ""));
      Dom.num(seat, "cx", x);
      Dom.num(seat, "cy", y);
      Dom.num(seat, "r", 22);
      picture.appendChild(seat);
      HTMLElement name = svg("text", "race-seat-name");
      Dom.num(name, "x", x);
      Dom.num(name, "y", y - 3);
      name.setTextContent(p.threadNames().get(t));
      picture.appendChild(name);
      HTMLElement meals = svg("text", "race-seat-meals");
      Dom.num(meals, "x", x);
      Dom.num(meals, "y", y + 11);
      meals.setTextContent("ate " + s.progress(t));
      picture.appendChild(meals);
      words.append(p.threadNames().get(t)).append(' ').append(phase)
          .append(s.threadState(t) == State.WAITING ? " (waiting for " + s.waitObjectName(t) + ")" : "")
          .append(", ate ").append(s.progress(t)).append("; ");
    }
    words.setLength(words.length() - 2);
    picture.setAttribute("aria-label", words.append('.').toString());
  }

  /**
   * The wait-for graph on the table: an arrow from each philosopher waiting for a fork to the one holding
   * it, red when the arrows close a cycle (a deadlock).
   */
  private void drawWaitsFor(SyncState s, int n) {
    HTMLElement defs = svg("defs", null);
    HTMLElement marker = svg("marker", null);
    Dom.attrs(marker, "id", "race-arrow", "viewBox", "0 0 10 10", "refX", "9", "refY", "5", "markerWidth", "7",
        "markerHeight", "7", "orient", "auto-start-reverse");
    HTMLElement tip = svg("path", "race-arrow-tip");
    tip.setAttribute("d", "M0 0 L10 5 L0 10 z");
    marker.appendChild(tip);
    defs.appendChild(marker);
    picture.appendChild(defs);
    WaitForGraph g = WaitForGraph.of(s);
    for (int t = 0; t < n; t++) {
      int u = g.waitsFor(t);
      if (u < 0 || u == t) {
        continue;
      }
      double ax = CENTER + SEAT_RADIUS * Math.cos(angle(t, n));
      double ay = CENTER + SEAT_RADIUS * Math.sin(angle(t, n));
      double bx = CENTER + SEAT_RADIUS * Math.cos(angle(u, n));
      double by = CENTER + SEAT_RADIUS * Math.sin(angle(u, n));
      double len = Math.max(1, Math.hypot(bx - ax, by - ay));
      double ux = (bx - ax) / len;
      double uy = (by - ay) / len;
      HTMLElement line = svg("line", "race-waits" + (g.cycle().contains(t) ? " cycle" : ""));
      Dom.num(line, "x1", ax + ux * 24);
      Dom.num(line, "y1", ay + uy * 24);
      Dom.num(line, "x2", bx - ux * 26);
      Dom.num(line, "y2", by - uy * 26);
      line.setAttribute("marker-end", "url(#race-arrow)");
      picture.appendChild(line);
    }
  }

  /** Thinking, hungry, eating or done, from the phase label the program sets. */
  static String phaseName(SyncState s, int t) {
    if (s.threadState(t) == State.TERMINATED) {
      return s.isKilled(t) ? "killed" : "done";
    }
    return switch (s.phase(t)) {
      case Philosophers.HUNGRY -> "hungry";
      case Philosophers.EATING -> "eating";
      default -> "thinking";
    };
  }

  private static double angle(int i, int n) {
    return -Math.PI / 2 + 2 * Math.PI * i / n;
  }
}
