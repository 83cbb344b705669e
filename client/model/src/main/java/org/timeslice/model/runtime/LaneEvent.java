package org.timeslice.model.runtime;

/** Why a lane changed state; each change is one row of {@link Lanes#TABLE}. */
public enum LaneEvent {
  STARTED,
  GIL_REQUESTED,
  GIL_TAKEN,
  /** The holder honoured a drop request at a switch point (forced switch). */
  GIL_DROPPED,
  DISPATCHED,
  /** The OS took the core away at the end of its time slice. */
  PREEMPTED,
  CEXT_ENTERED,
  BLOCKED,
  WOKE,
  /** A blocking call inside a coroutine returned; the coroutine keeps the loop. */
  CALL_RETURNED,
  AWAITED,
  RESUMED,
  EXITED
}
