package org.timeslice.model.scenario;

/** A CPU scheduling policy. JSON: the constant's name, e.g. {@code "RR"}. */
public enum Policy {
  /** First come, first served; runs each task until it blocks or exits. */
  FIFO,
  /** Shortest job first (non-preemptive), by the length of the task's next CPU burst. */
  SJF,
  /** Shortest time to completion first (preemptive SJF, a.k.a. SRTF). */
  STCF,
  /** Round robin with a fixed quantum. */
  RR,
  /** Highest priority first (smallest number); preemptive or not; optional aging. */
  PRIORITY,
  /** Multi-level feedback queue. */
  MLFQ,
  /** Lottery scheduling: each dispatch draws a ticket from the model's PRNG. */
  LOTTERY
}
