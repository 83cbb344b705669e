package org.timeslice.model.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.timeslice.model.trace.Fnv1a64;

/**
 * What a runtime run produced: the event log (the source of everything else), the wall time, per-lane tick
 * counts per state, and the GIL and event-loop counters.
 */
public final class RuntimeResult {
  private final RuntimeScenario scenario;
  private final List<String> laneNames;
  private final List<RuntimeEvent> events;
  private final int wallTicks;
  private final long[][] ticksInState;
  private final GilMetrics gil;
  private final long loopStallTicks;

  RuntimeResult(RuntimeScenario scenario, List<String> laneNames, LaneBook book, int wallTicks,
      GilMetrics gil, long loopStallTicks) {
    this.scenario = scenario;
    this.laneNames = Collections.unmodifiableList(new ArrayList<>(laneNames));
    this.events = Collections.unmodifiableList(new ArrayList<>(book.events()));
    this.wallTicks = wallTicks;
    this.ticksInState = book.ticksInState();
    this.gil = gil;
    this.loopStallTicks = loopStallTicks;
  }

  public RuntimeScenario scenario() {
    return scenario;
  }

  /** Lane names: task names for threads, processes and coroutines; {@code worker-1..n} for a pool. */
  public List<String> laneNames() {
    return laneNames;
  }

  public List<RuntimeEvent> events() {
    return events;
  }

  /** Ticks from the start until the last lane finished. */
  public int wallTicks() {
    return wallTicks;
  }

  /** {@link #wallTicks()} in microseconds of the scenario's tick. */
  public long wallMicros() {
    return (long) wallTicks * scenario.runtime().tickMicros();
  }

  /** Ticks lane {@code lane} spent in {@code state}. */
  public long ticks(int lane, LaneState state) {
    return ticksInState[lane][state.ordinal()];
  }

  /** Ticks all lanes together spent waiting for a GIL. */
  public long gilWaitTicks() {
    long sum = 0;
    for (int i = 0; i < laneNames.size(); i++) {
      sum += ticks(i, LaneState.GIL_WAIT);
    }
    return sum;
  }

  public GilMetrics gil() {
    return gil;
  }

  /** asyncio: ticks the loop spent inside a blocking call ({@code time.sleep}, blocking I/O). */
  public long loopStallTicks() {
    return loopStallTicks;
  }

  /** The lane's run slices: maximal [start, end) tick ranges in RUNNING. */
  public List<int[]> runSlices(int lane) {
    List<int[]> slices = new ArrayList<>();
    int start = -1;
    for (RuntimeEvent e : events) {
      if (e.lane() != lane) {
        continue;
      }
      if (e.to() == LaneState.RUNNING && start < 0) {
        start = e.tick();
      } else if (e.to() != LaneState.RUNNING && start >= 0) {
        if (e.tick() > start) {
          slices.add(new int[] {start, e.tick()});
        }
        start = -1;
      }
    }
    if (start >= 0 && wallTicks > start) {
      slices.add(new int[] {start, wallTicks});
    }
    return slices;
  }

  /** The lane's state during {@code tick} (its state after the last event at or before the tick). */
  public LaneState stateAt(int lane, int tick) {
    LaneState state = LaneState.NEW;
    for (RuntimeEvent e : events) {
      if (e.tick() > tick) {
        break;
      }
      if (e.lane() == lane) {
        state = e.to();
      }
    }
    return state;
  }

  /** Per-lane states for ticks {@code [0, wallTicks)}: {@code [lane][tick]}, built in one pass. */
  public LaneState[][] timeline() {
    LaneState[][] grid = new LaneState[laneNames.size()][wallTicks];
    LaneState[] current = new LaneState[laneNames.size()];
    java.util.Arrays.fill(current, LaneState.NEW);
    int next = 0;
    for (int t = 0; t < wallTicks; t++) {
      while (next < events.size() && events.get(next).tick() <= t) {
        RuntimeEvent e = events.get(next++);
        current[e.lane()] = e.to();
      }
      for (int lane = 0; lane < current.length; lane++) {
        grid[lane][t] = current[lane];
      }
    }
    return grid;
  }

  /** FNV-1a 64 over the canonical event lines, as for plain traces: identical on the JVM and in TeaVM. */
  public String hash() {
    Fnv1a64 fnv = new Fnv1a64();
    for (RuntimeEvent e : events) {
      fnv.update(e.canonical());
      fnv.update('\n');
    }
    return fnv.hex();
  }
}
