package org.timeslice.model.runtime;

import org.timeslice.model.fsm.TransitionTable;

/**
 * Every state change a lane can make, as one transition table (the widgets draw the legend from it). A change
 * not listed here is a runtime-model bug and throws.
 */
public final class Lanes {
  public static final TransitionTable<LaneState, LaneEvent> TABLE =
      TransitionTable.builder(LaneState.class, LaneEvent.class)
          .on(LaneState.NEW, LaneEvent.STARTED, LaneState.READY)
          .on(LaneState.NEW, LaneEvent.GIL_REQUESTED, LaneState.GIL_WAIT)
          .on(LaneState.NEW, LaneEvent.BLOCKED, LaneState.BLOCKED)
          .on(LaneState.NEW, LaneEvent.EXITED, LaneState.DONE)
          .on(LaneState.READY, LaneEvent.DISPATCHED, LaneState.RUNNING)
          .on(LaneState.READY, LaneEvent.CEXT_ENTERED, LaneState.RUNNING_NO_GIL)
          .on(LaneState.READY, LaneEvent.GIL_REQUESTED, LaneState.GIL_WAIT)
          .on(LaneState.READY, LaneEvent.BLOCKED, LaneState.BLOCKED)
          .on(LaneState.READY, LaneEvent.EXITED, LaneState.DONE)
          .on(LaneState.RUNNING, LaneEvent.PREEMPTED, LaneState.READY)
          .on(LaneState.RUNNING, LaneEvent.GIL_DROPPED, LaneState.GIL_WAIT)
          .on(LaneState.RUNNING, LaneEvent.CEXT_ENTERED, LaneState.RUNNING_NO_GIL)
          .on(LaneState.RUNNING, LaneEvent.BLOCKED, LaneState.BLOCKED)
          .on(LaneState.RUNNING, LaneEvent.AWAITED, LaneState.AWAITING)
          .on(LaneState.RUNNING, LaneEvent.EXITED, LaneState.DONE)
          .on(LaneState.RUNNING_NO_GIL, LaneEvent.PREEMPTED, LaneState.READY)
          .on(LaneState.RUNNING_NO_GIL, LaneEvent.GIL_REQUESTED, LaneState.GIL_WAIT)
          .on(LaneState.RUNNING_NO_GIL, LaneEvent.DISPATCHED, LaneState.RUNNING)
          .on(LaneState.RUNNING_NO_GIL, LaneEvent.BLOCKED, LaneState.BLOCKED)
          .on(LaneState.RUNNING_NO_GIL, LaneEvent.EXITED, LaneState.DONE)
          .on(LaneState.GIL_WAIT, LaneEvent.GIL_TAKEN, LaneState.READY)
          .on(LaneState.BLOCKED, LaneEvent.BLOCKED, LaneState.BLOCKED)
          .on(LaneState.BLOCKED, LaneEvent.WOKE, LaneState.READY)
          .on(LaneState.BLOCKED, LaneEvent.GIL_REQUESTED, LaneState.GIL_WAIT)
          .on(LaneState.BLOCKED, LaneEvent.CALL_RETURNED, LaneState.RUNNING)
          .on(LaneState.BLOCKED, LaneEvent.EXITED, LaneState.DONE)
          .on(LaneState.AWAITING, LaneEvent.RESUMED, LaneState.READY)
          .build();

  private Lanes() {}
}
