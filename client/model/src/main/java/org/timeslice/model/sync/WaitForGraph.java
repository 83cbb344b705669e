package org.timeslice.model.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.timeslice.model.lifecycle.State;

/**
 * Who waits for whom: an edge t → u when thread t waits for a mutex that thread u owns. Other waits
 * (a semaphore permit, a queue slot, a condition, an event) have no single owner and so no edge; a thread
 * stuck on one of those is reported by {@link SyncState#isStuck} instead.
 *
 * <p>Each thread waits on at most one mutex and a mutex has one owner, so every node has at most one
 * out-edge and a cycle is found by following the edges.
 */
public final class WaitForGraph {
  private final int[] waitsFor;
  private final int[] viaMutex;
  private final List<Integer> cycle;

  private WaitForGraph(int[] waitsFor, int[] viaMutex) {
    this.waitsFor = waitsFor;
    this.viaMutex = viaMutex;
    this.cycle = findCycle();
  }

  /** The graph of a state. */
  public static WaitForGraph of(SyncState s) {
    int n = s.threadCount();
    int[] waitsFor = new int[n];
    int[] via = new int[n];
    for (int t = 0; t < n; t++) {
      waitsFor[t] = -1;
      via[t] = -1;
      if (s.threadState(t) == State.WAITING && s.waitKind(t) == WaitKind.MUTEX) {
        int m = s.waitObject(t);
        waitsFor[t] = s.mutexOwner(m);
        via[t] = m;
      }
    }
    return new WaitForGraph(waitsFor, via);
  }

  /** The thread t waits for, or -1. */
  public int waitsFor(int t) { return waitsFor[t]; }

  /** The mutex behind t's edge, or -1. */
  public int viaMutex(int t) { return viaMutex[t]; }

  /** The threads of a deadlock cycle, starting with the lowest-numbered, or empty if there is none. */
  public List<Integer> cycle() { return cycle; }

  public boolean hasDeadlock() { return !cycle.isEmpty(); }

  private List<Integer> findCycle() {
    int n = waitsFor.length;
    for (int start = 0; start < n; start++) {
      int t = start;
      for (int hops = 0; hops <= n && t >= 0; hops++) {
        t = waitsFor[t];
        if (t == start) {
          List<Integer> out = new ArrayList<>();
          int u = start;
          do {
            out.add(u);
            u = waitsFor[u];
          } while (u != start);
          return Collections.unmodifiableList(out);
        }
      }
    }
    return List.of();
  }
}
