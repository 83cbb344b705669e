package org.timeslice.model.trace;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.timeslice.model.core.RunBudget;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;

/**
 * The ordered list of everything that happened in a run. Views, metrics, the API and tests all read it;
 * per-tick tables are derived from it on demand, so memory grows with events, not with tasks × ticks.
 *
 * <p>Events are appended in the order the simulator decides them, which is a total order (tick first).
 *
 * <p>How this works: an event is stored as three ints (tick, task index, and the packed ordinals of from,
 * to, event and core + 1) in fixed-size chunks, so a long run (hundreds of thousands of events) neither
 * allocates an object per event nor copies what is already stored as it grows. Task names live once in a
 * table; {@link #events()} builds {@link TraceEvent} objects only when they are read. Hot readers
 * ({@code sim.Metrics}, {@link #hash()}) use the column accessors instead.
 */
public final class Trace {
  private static final int CHUNK_BITS = 12;
  private static final int CHUNK_SIZE = 1 << CHUNK_BITS;
  private static final int INTS_PER_EVENT = 3;
  private static final State[] STATES = State.values();
  private static final Event[] EVENTS = Event.values();
  /** {@code core + 1} must fit the byte it is packed into (cores are at most 64, see core.Limits). */
  private static final int MAX_CORE = 254;

  private final List<int[]> chunks = new ArrayList<>();
  /** The chunk being filled (the last of {@link #chunks}). */
  private int[] current;
  private final List<String> names = new ArrayList<>();
  /** Name → task index, for {@link #add(TraceEvent)}; never iterated. */
  private final Map<String, Integer> indexOfName = new LinkedHashMap<>();
  private final Events view = new Events();
  private int size;
  private int lastTick = Integer.MIN_VALUE;
  /** Charged for every event added; unlimited unless a caller sets one ({@link #chargeTo}). */
  private RunBudget budget = RunBudget.unlimited();

  /** An empty trace whose task table fills in as {@link #add(TraceEvent)} meets new names. */
  public Trace() {}

  /**
   * An empty trace whose task indices are the positions in {@code taskNames} (the simulator's own
   * numbering), for {@link #add(int, int, State, State, Event, int)}.
   */
  public Trace(String[] taskNames) {
    for (String name : taskNames) {
      indexOf(name);
    }
  }

  /** A copy that shares nothing mutable with this trace. */
  public Trace copy() {
    Trace c = new Trace(names.toArray(new String[0]));
    for (int[] chunk : chunks) {
      c.chunks.add(chunk.clone());
    }
    c.current = c.chunks.isEmpty() ? null : c.chunks.get(c.chunks.size() - 1);
    c.size = size;
    c.lastTick = lastTick;
    return c;
  }

  private int indexOf(String name) {
    Integer known = indexOfName.get(name);
    if (known != null) {
      return known;
    }
    names.add(name);
    indexOfName.put(name, names.size() - 1);
    return names.size() - 1;
  }

  /** From now on every added event is charged to {@code runBudget} (which may stop the run). */
  public void chargeTo(RunBudget runBudget) {
    this.budget = runBudget;
  }

  public void add(TraceEvent event) {
    add(event.tick(), indexOf(event.task()), event.from(), event.to(), event.event(), event.core());
  }

  /**
   * Appends an event of the task at {@code taskIndex} in this trace's task table (see
   * {@link #Trace(String[])}); {@code core} is a core index or {@link TraceEvent#NO_CORE}.
   */
  public void add(int tick, int taskIndex, State from, State to, Event event, int core) {
    if (tick < lastTick) {
      throw new IllegalStateException("trace must be appended in tick order: tick " + tick + " after "
          + lastTick);
    }
    if (taskIndex < 0 || taskIndex >= names.size()) {
      throw new IllegalArgumentException("no task " + taskIndex + " in a trace of " + names.size());
    }
    if (core < TraceEvent.NO_CORE || core > MAX_CORE) {
      throw new IllegalArgumentException("core " + core + " out of range");
    }
    int slot = size & (CHUNK_SIZE - 1);
    if (slot == 0) {
      current = new int[CHUNK_SIZE * INTS_PER_EVENT];
      chunks.add(current);
    }
    int[] chunk = current;
    int at = slot * INTS_PER_EVENT;
    chunk[at] = tick;
    chunk[at + 1] = taskIndex;
    chunk[at + 2] = TraceHash.tail(from, to, event, core);
    size++;
    lastTick = tick;
    budget.recorded(size);
  }

  /** A read-only, random-access view of the events so far (live: it grows as the trace does). */
  public List<TraceEvent> events() {
    return view;
  }

  public int size() {
    return size;
  }

  /** Tasks named so far, in index order. */
  public int taskCount() {
    return names.size();
  }

  public String taskName(int taskIndex) {
    return names.get(taskIndex);
  }

  private int column(int i, int offset) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("index " + i + ", size " + size);
    }
    return chunks.get(i >>> CHUNK_BITS)[(i & (CHUNK_SIZE - 1)) * INTS_PER_EVENT + offset];
  }

  public int tick(int i) {
    return column(i, 0);
  }

  /** The task index of event {@code i} (see {@link #taskName}). */
  public int taskIndex(int i) {
    return column(i, 1);
  }

  public State from(int i) {
    return fromOf(column(i, 2));
  }

  public State to(int i) {
    return toOf(column(i, 2));
  }

  public Event event(int i) {
    return eventOf(column(i, 2));
  }

  public int core(int i) {
    return coreOf(column(i, 2));
  }

  /** The {@link TraceEvent} at {@code i}, built on each call. */
  public TraceEvent get(int i) {
    int tail = column(i, 2);
    return new TraceEvent(column(i, 0), names.get(column(i, 1)), fromOf(tail), toOf(tail), eventOf(tail),
        coreOf(tail));
  }

  // Decoding the third int, TraceHash.tail(from, to, event, core).
  private static State fromOf(int tail) {
    return STATES[tail >>> 24];
  }

  private static State toOf(int tail) {
    return STATES[(tail >>> 16) & 0xFF];
  }

  private static Event eventOf(int tail) {
    return EVENTS[(tail >>> 8) & 0xFF];
  }

  private static int coreOf(int tail) {
    return (tail & 0xFF) - 1;
  }

  /** A cursor before the first event, for readers that visit every event in order. */
  public Cursor cursor() {
    return new Cursor();
  }

  /** The trace's identity, {@link TraceHash}: the same as {@code TraceHash.of(events())}, faster. */
  public String hash() {
    TraceHash h = new TraceHash(names.size());
    for (int c = 0, left = size; left > 0; c++, left -= CHUNK_SIZE) {
      int[] chunk = chunks.get(c);
      int n = Math.min(left, CHUNK_SIZE) * INTS_PER_EVENT;
      for (int at = 0; at < n; at += INTS_PER_EVENT) {
        int task = chunk[at + 1];
        if (h.isNew(task)) {
          h.name(task, names.get(task));
        }
        h.event(chunk[at], task, chunk[at + 2]);
      }
    }
    return h.hex();
  }

  /**
   * Reads the events in order without building objects: {@code while (c.next()) { c.tick() … }}. It sees
   * the events that existed when {@link #next()} moved onto them.
   */
  public final class Cursor {
    private int index = -1;
    private int[] chunk;
    private int at;

    private Cursor() {}

    /** Moves to the next event; false (and stays) at the end. */
    public boolean next() {
      if (index + 1 >= size) {
        return false;
      }
      index++;
      int slot = index & (CHUNK_SIZE - 1);
      if (slot == 0 || chunk == null) {
        chunk = chunks.get(index >>> CHUNK_BITS);
      }
      at = slot * INTS_PER_EVENT;
      return true;
    }

    public int tick() {
      return chunk[at];
    }

    public int taskIndex() {
      return chunk[at + 1];
    }

    public State from() {
      return fromOf(chunk[at + 2]);
    }

    public State to() {
      return toOf(chunk[at + 2]);
    }

    public Event event() {
      return eventOf(chunk[at + 2]);
    }

    public int core() {
      return coreOf(chunk[at + 2]);
    }
  }

  /** {@link #hash()} of any event list. */
  public static String hash(List<TraceEvent> events) {
    return TraceHash.of(events);
  }

  private final class Events extends AbstractList<TraceEvent> implements RandomAccess {
    @Override
    public TraceEvent get(int index) {
      return Trace.this.get(index);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
