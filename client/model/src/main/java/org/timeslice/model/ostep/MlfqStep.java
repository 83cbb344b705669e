package org.timeslice.model.ostep;

/**
 * One line of mlfq.py's execution trace, as data: what happened at {@code time} and the job's MLFQ state
 * (a view can draw the levels and allotments from it; the {@code ostep mlfq.py} text prints it).
 *
 * @param kind what happened
 * @param time the tool's clock ({@code currTime}; for FINISHED and IO_START the tick after the run)
 * @param job the job's index, or -1 (BOOST, IDLE)
 * @param level the job's level, 0 = highest (RUN only; the tool prints {@code levels - 1 - level})
 * @param ticksLeft what is left of the job's quantum after this tick (RUN only)
 * @param allotLeft quanta left of its allotment at this level (RUN only)
 * @param timeLeft CPU time the job still needs after this tick (RUN only)
 */
public record MlfqStep(Kind kind, int time, int job, int level, int ticksLeft, int allotLeft, int timeLeft) {
  /** The tool's trace lines: {@code BOOST}, {@code JOB BEGINS}, {@code IO_DONE}, {@code IDLE}, … */
  public enum Kind {
    BOOST,
    BEGINS,
    IO_DONE,
    IDLE,
    RUN,
    FINISHED,
    IO_START
  }

  static MlfqStep at(Kind kind, int time, int job) {
    return new MlfqStep(kind, time, job, -1, 0, 0, 0);
  }
}
