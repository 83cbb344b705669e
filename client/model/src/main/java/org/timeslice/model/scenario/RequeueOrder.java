package org.timeslice.model.scenario;

/**
 * Who goes first into the ready queue when, on the same tick, a task is preempted (its slice ended) and
 * another task becomes ready (it arrived or its I/O completed).
 */
public enum RequeueOrder {
  /** The newly ready task is queued ahead of the preempted one (the default; OSTEP's MLFQ convention). */
  NEW_ARRIVAL_FIRST,
  /** The preempted task is queued ahead of the newly ready one. */
  PREEMPTED_FIRST
}
