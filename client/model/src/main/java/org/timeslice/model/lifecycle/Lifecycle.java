package org.timeslice.model.lifecycle;

import org.timeslice.model.fsm.TransitionTable;

/**
 * The process lifecycle as one transition table: NEW → READY → RUNNING → WAITING → … → TERMINATED.
 *
 * <p>Every task state change in every simulation goes through {@link #TABLE}; the lifecycle widget draws
 * its diagram from the same rows. A change the table does not list throws, because it would be a bug in a
 * scheduler, not something a scenario can cause.
 */
public final class Lifecycle {

  public static final TransitionTable<State, Event> TABLE =
      TransitionTable.builder(State.class, Event.class)
          .on(State.NEW, Event.ADMITTED, State.READY)
          .on(State.READY, Event.DISPATCHED, State.RUNNING)
          .on(State.RUNNING, Event.PREEMPTED, State.READY)
          .on(State.RUNNING, Event.YIELDED, State.READY)
          .on(State.RUNNING, Event.IO_REQUESTED, State.WAITING)
          .on(State.WAITING, Event.IO_COMPLETED, State.READY)
          .on(State.RUNNING, Event.BLOCKED_ON_LOCK, State.WAITING)
          .on(State.WAITING, Event.LOCK_GRANTED, State.READY)
          .on(State.RUNNING, Event.EXITED, State.TERMINATED)
          .build();

  private Lifecycle() {}

  /** The state {@code event} leads to from {@code from}; throws if the table has no such row. */
  public static State next(State from, Event event) {
    return TABLE.next(from, event);
  }
}
