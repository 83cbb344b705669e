package org.timeslice.model.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The lanes' current states, the event log and per-state tick counts: the one place a run changes a lane's
 * state, always through {@link Lanes#TABLE}.
 */
final class LaneBook {
  private final LaneState[] states;
  private final int[] cores;
  private final long[][] ticksInState;
  private final List<RuntimeEvent> events = new ArrayList<>();

  private final org.timeslice.model.core.RunBudget budget;

  LaneBook(int lanes, org.timeslice.model.core.RunBudget budget) {
    this.budget = budget;
    states = new LaneState[lanes];
    cores = new int[lanes];
    ticksInState = new long[lanes][LaneState.values().length];
    for (int i = 0; i < lanes; i++) {
      states[i] = LaneState.NEW;
      cores[i] = RuntimeEvent.NO_CORE;
    }
  }

  LaneState state(int lane) {
    return states[lane];
  }

  int core(int lane) {
    return cores[lane];
  }

  int size() {
    return states.length;
  }

  /** Applies {@code event} to {@code lane} at {@code tick}; {@code core} is where it now runs (or NO_CORE). */
  void move(int tick, int lane, LaneEvent event, int core) {
    LaneState from = states[lane];
    LaneState to = Lanes.TABLE.next(from, event);
    states[lane] = to;
    cores[lane] = core;
    events.add(new RuntimeEvent(tick, lane, from, to, event, core));
    budget.recorded(events.size());
  }

  /** Counts one tick of every lane's current state. */
  void account() {
    budget.step();
    for (int i = 0; i < states.length; i++) {
      ticksInState[i][states[i].ordinal()]++;
    }
  }

  boolean allDone() {
    for (LaneState s : states) {
      if (s != LaneState.DONE) {
        return false;
      }
    }
    return true;
  }

  List<RuntimeEvent> events() {
    return events;
  }

  long[][] ticksInState() {
    return ticksInState;
  }
}
