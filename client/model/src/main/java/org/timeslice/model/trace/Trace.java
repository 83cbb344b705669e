package org.timeslice.model.trace;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The ordered list of everything that happened in a run. Views, metrics, the API and tests all read it;
 * per-tick tables are derived from it on demand, so memory grows with events, not with tasks × ticks.
 *
 * <p>Events are appended in the order the simulator decides them, which is a total order (tick first).
 * They are stored in fixed-size chunks, so appending never copies what is already there (a long run has
 * hundreds of thousands of events).
 */
public final class Trace {
  private static final int CHUNK_BITS = 12;
  private static final int CHUNK_SIZE = 1 << CHUNK_BITS;

  private final List<TraceEvent[]> chunks = new ArrayList<>();
  private final Events view = new Events();
  private int size;
  private int lastTick = Integer.MIN_VALUE;

  public void add(TraceEvent event) {
    if (event.tick() < lastTick) {
      throw new IllegalStateException("trace must be appended in tick order: " + event);
    }
    if ((size & (CHUNK_SIZE - 1)) == 0) {
      chunks.add(new TraceEvent[CHUNK_SIZE]);
    }
    chunks.get(size >>> CHUNK_BITS)[size & (CHUNK_SIZE - 1)] = event;
    size++;
    lastTick = event.tick();
  }

  /** A read-only, random-access view of the events so far (live: it grows as the trace does). */
  public List<TraceEvent> events() {
    return view;
  }

  public int size() {
    return size;
  }

  /**
   * The trace's identity: 64-bit FNV-1a over the UTF-16 code units of every event's
   * {@link TraceEvent#canonical()} line followed by {@code '\n'}, as 16 lower-case hex digits. Only
   * integer arithmetic, so the JVM and TeaVM agree.
   */
  public String hash() {
    return hash(events());
  }

  /** {@link #hash()} of any event list. */
  public static String hash(List<TraceEvent> events) {
    Fnv1a64 fnv = new Fnv1a64();
    for (int i = 0, n = events.size(); i < n; i++) {
      events.get(i).hashInto(fnv); // the same chars as canonical(), without allocating
      fnv.update('\n');
    }
    return fnv.hex();
  }

  private final class Events extends AbstractList<TraceEvent> implements RandomAccess {
    @Override
    public TraceEvent get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException("index " + index + ", size " + size);
      }
      return chunks.get(index >>> CHUNK_BITS)[index & (CHUNK_SIZE - 1)];
    }

    @Override
    public int size() {
      return size;
    }
  }
}
