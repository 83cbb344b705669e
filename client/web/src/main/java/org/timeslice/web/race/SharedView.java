package org.timeslice.web.race;

import static org.timeslice.web.dom.Dom.el;
import static org.timeslice.web.dom.Dom.text;

import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.sync.SyncProgram;
import org.timeslice.model.sync.SyncProgram.Kind;
import org.timeslice.model.sync.SyncState;
import org.timeslice.model.sync.WaitForGraph;
import org.timeslice.web.dom.Dom;

/** Shared memory and every synchronization object: values, owners, counts, queue contents, waiters. */
final class SharedView {
  private final HTMLElement element =
      Dom.titledSection("race-shared", "h3", "race-shared-heading", "Shared memory and objects");
  private final HTMLElement list = el("dl", "summary race-objects");

  SharedView() {
    list.setAttribute("data-role", "shared");
    element.appendChild(list);
  }

  HTMLElement element() { return element; }

  void render(SyncState s) {
    Dom.clear(list);
    SyncProgram p = s.program();
    List<String> names = p.threadNames();
    List<String> vars = p.names(Kind.VARIABLE);
    for (int v = 0; v < vars.size(); v++) {
      row(vars.get(v), String.valueOf(s.variable(v)), "variable");
    }
    List<String> mutexes = p.names(Kind.MUTEX);
    for (int m = 0; m < mutexes.size(); m++) {
      int owner = s.mutexOwner(m);
      String value = owner < 0 ? "free" : "held by " + names.get(owner)
          + (s.mutexHolds(m) > 1 ? " ×" + s.mutexHolds(m) : "") + (s.isKilled(owner) ? " (killed)" : "");
      row((p.isReentrant(m) ? "reentrant lock " : "lock ") + mutexes.get(m), value + waiters(s.mutexWaiters(m), names),
          "mutex");
    }
    List<String> sems = p.names(Kind.SEMAPHORE);
    for (int k = 0; k < sems.size(); k++) {
      row("semaphore " + sems.get(k), s.semaphoreCount(k) + " permits" + waiters(s.semaphoreWaiters(k), names),
          "semaphore");
    }
    List<String> queues = p.names(Kind.QUEUE);
    for (int q = 0; q < queues.size(); q++) {
      row("queue " + queues.get(q), s.queueItems(q) + " of " + p.capacity(q)
          + waiters(s.queuePutters(q), names) + waiters(s.queueTakers(q), names), "queue");
    }
    List<String> conds = p.names(Kind.CONDITION);
    for (int c = 0; c < conds.size(); c++) {
      row("condition " + conds.get(c), "–" + waiters(s.conditionWaiters(c), names), "condition");
    }
    List<String> events = p.names(Kind.EVENT);
    for (int e = 0; e < events.size(); e++) {
      row("event " + events.get(e), (s.eventSet(e) ? "set" : "clear") + waiters(s.eventWaiters(e), names), "event");
    }
    WaitForGraph g = WaitForGraph.of(s);
    StringBuilder edges = new StringBuilder();
    for (int t = 0; t < s.threadCount(); t++) {
      if (g.waitsFor(t) >= 0) {
        edges.append(edges.length() == 0 ? "" : ", ").append(names.get(t)).append(" → ")
            .append(names.get(g.waitsFor(t))).append(" (").append(mutexes.get(g.viaMutex(t))).append(')');
      }
    }
    if (!mutexes.isEmpty()) {
      row("waits for", edges.length() == 0 ? "nobody waits for a lock" : edges.toString(), "wait-for");
    }
  }

  private void row(String name, String value, String kind) {
    HTMLElement dt = text("dt", null, name);
    HTMLElement dd = text("dd", null, value);
    dd.setAttribute("data-object", name);
    dd.setAttribute("data-kind", kind);
    list.appendChild(dt);
    list.appendChild(dd);
  }

  private static String waiters(List<Integer> ids, List<String> names) {
    if (ids.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("; waiting: ");
    for (int i = 0; i < ids.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(names.get(ids.get(i)));
    }
    return sb.toString();
  }
}
