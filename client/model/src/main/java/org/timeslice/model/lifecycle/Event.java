package org.timeslice.model.lifecycle;

/**
 * What moves a task between lifecycle {@link State}s. The narration in the browser and the trace both use
 * these names; {@link Lifecycle#TABLE} says which state each event leads to.
 */
public enum Event {
  /** The task arrived and the OS admitted it to the ready queue. */
  ADMITTED,
  /** The scheduler gave the task a core. */
  DISPATCHED,
  /** The scheduler took the core away (time slice over, or a more urgent task arrived). */
  PREEMPTED,
  /** The task gave the core up voluntarily (e.g. {@code sched_yield}, an {@code await}). */
  YIELDED,
  /** The task started an I/O and must wait for it. */
  IO_REQUESTED,
  /** The task's I/O finished; it may run again. */
  IO_COMPLETED,
  /** The task asked for a lock (or semaphore, queue slot, GIL) that another task holds. */
  BLOCKED_ON_LOCK,
  /** The lock the task waited for was handed to it. */
  LOCK_GRANTED,
  /** The task ran its last instruction. */
  EXITED,
  /**
   * Not a lifecycle transition but a core event: the core starts a context switch to {@code task}, which
   * stays READY ({@code from == to == READY}) for the switch's {@code contextSwitchTicks} and is then
   * {@link #DISPATCHED}. It is deliberately absent from {@link Lifecycle#TABLE}.
   */
  CONTEXT_SWITCH
}
