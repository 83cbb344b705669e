package org.timeslice.model.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ordered list of everything that happened in a run. Views, metrics, the API and tests all read it;
 * per-tick tables are derived from it on demand, so memory grows with events, not with tasks × ticks.
 *
 * <p>Events are appended in the order the simulator decides them, which is a total order (tick first).
 */
public final class Trace {
  private final List<TraceEvent> events = new ArrayList<>();

  public void add(TraceEvent event) {
    if (!events.isEmpty() && event.tick() < events.get(events.size() - 1).tick()) {
      throw new IllegalStateException("trace must be appended in tick order: " + event);
    }
    events.add(event);
  }

  /** A read-only view of the events so far. */
  public List<TraceEvent> events() {
    return Collections.unmodifiableList(events);
  }

  public int size() {
    return events.size();
  }

  /**
   * The trace's identity: 64-bit FNV-1a over the UTF-16 code units of every event's
   * {@link TraceEvent#canonical()} line followed by {@code '\n'}, as 16 lower-case hex digits. Only
   * 64-bit integer arithmetic, so the JVM and TeaVM agree.
   */
  public String hash() {
    return hash(events);
  }

  /** {@link #hash()} of any event list. */
  public static String hash(List<TraceEvent> events) {
    Fnv1a64 fnv = new Fnv1a64();
    for (TraceEvent e : events) {
      fnv.update(e.canonical());
      fnv.update('\n');
    }
    return fnv.hex();
  }
}
