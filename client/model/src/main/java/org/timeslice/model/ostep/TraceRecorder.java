package org.timeslice.model.ostep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.RunBudget;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.Lifecycle;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.trace.TraceEvent;

/**
 * The one place an OSTEP run changes a task's state: every change goes through {@link Lifecycle#next}
 * (an illegal one throws) and becomes a {@link TraceEvent}. There is one CPU, so an event that leaves or
 * enters RUNNING is on core 0 and every other event is off the cores.
 */
final class TraceRecorder {
  private final List<String> names;
  private final State[] states;
  private final List<TraceEvent> events = new ArrayList<>();

  private final RunBudget budget;

  TraceRecorder(List<String> names, RunBudget budget) {
    this.names = names;
    this.budget = budget;
    this.states = new State[names.size()];
    for (int i = 0; i < states.length; i++) {
      states[i] = State.NEW;
    }
  }

  /** Applies {@code event} to task {@code task} at {@code tick}; throws if the lifecycle forbids it. */
  void change(int tick, int task, Event event) {
    if (tick > Limits.MAX_TICKS) {
      throw new SimulationLimitException("tasks", "at most " + Limits.MAX_TICKS + " ticks",
          "the run needs more than " + Limits.MAX_TICKS + " ticks (Limits.MAX_TICKS)");
    }
    State from = states[task];
    State to = Lifecycle.next(from, event);
    int core = from == State.RUNNING || to == State.RUNNING ? 0 : TraceEvent.NO_CORE;
    events.add(new TraceEvent(tick, names.get(task), from, to, event, core));
    states[task] = to;
    budget.recorded(events.size());
  }

  State state(int task) {
    return states[task];
  }

  /** True if some other task than {@code task} is RUNNING (a second RUNNING task is a simulator bug). */
  boolean anotherRunning(int task) {
    for (int i = 0; i < states.length; i++) {
      if (i != task && states[i] == State.RUNNING) {
        return true;
      }
    }
    return false;
  }

  List<TraceEvent> events() {
    return Collections.unmodifiableList(events);
  }
}
