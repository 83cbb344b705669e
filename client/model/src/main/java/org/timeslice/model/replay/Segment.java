package org.timeslice.model.replay;

/**
 * A stretch of time {@code [start, end)} on one lane of a Gantt chart.
 *
 * @param lane the core (core lanes) or the task index (task lanes)
 * @param task the task's index in scenario order
 * @param kind what happens during the stretch
 */
public record Segment(int lane, int start, int end, int task, Kind kind) {
  /** What a segment shows. */
  public enum Kind {
    /** The task runs on the core. */
    RUN,
    /** The core switches to the task (pure overhead). */
    SWITCH,
    /** The task waits in the ready queue. */
    READY,
    /** The task waits for I/O (or a lock). */
    WAITING
  }
}
