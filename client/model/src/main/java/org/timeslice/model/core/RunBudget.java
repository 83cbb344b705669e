package org.timeslice.model.core;

/**
 * What one run may spend, beyond the scenario rules of {@link Limits}: at most {@code maxEvents} trace
 * events, and no more work once its caller has asked it to stop. The server gives every request its own
 * budget (its client may have gone away; docs/api.md, "Budget"); the browser and the command line run with
 * {@link #unlimited()}, where only {@link Limits} apply.
 *
 * <p>A run charges its budget where it records an event ({@link #recorded}) and once per step of its main
 * loop ({@link #step}); the stop signal is polled every {@link #POLL_EVERY} charges, so asking costs the run
 * nothing measurable and a stopped run ends within a few thousand steps. One budget serves one run.
 */
public final class RunBudget {
  /** Charges between two polls of the stop signal. */
  static final int POLL_EVERY = 4_096;

  /** Asked by a running simulation whether it should stop (e.g. its HTTP client disconnected). */
  @FunctionalInterface
  public interface StopSignal {
    boolean stopRequested();
  }

  private final int maxEvents;
  private final StopSignal stop;
  private int charges;

  private RunBudget(int maxEvents, StopSignal stop) {
    if (maxEvents < 0 || stop == null) {
      throw new IllegalArgumentException("maxEvents must be >= 0 and stop non-null");
    }
    this.maxEvents = maxEvents;
    this.stop = stop;
  }

  /** No cap beyond {@link Limits}, never stopped. */
  public static RunBudget unlimited() {
    return new RunBudget(Integer.MAX_VALUE, () -> false);
  }

  /** At most {@code maxEvents} events; {@code stop} is polled while the run goes on. */
  public static RunBudget of(int maxEvents, StopSignal stop) {
    return new RunBudget(maxEvents, stop);
  }

  public int maxEvents() {
    return maxEvents;
  }

  /**
   * A run has recorded its {@code count}-th event.
   *
   * @throws SimulationLimitException (field {@code trace}) once the count passes {@link #maxEvents()}
   * @throws RunStoppedException if the stop signal says so
   */
  public void recorded(int count) {
    if (count > maxEvents) {
      throw new SimulationLimitException("trace", "<= " + maxEvents + " events",
          "the run records more than " + maxEvents + " trace events, the most one request may compute;"
              + " try fewer tasks, a longer quantum or shorter programs");
    }
    step();
  }

  /** One step of a run's main loop (a tick, a decision); polls the stop signal now and then. */
  public void step() {
    if (++charges >= POLL_EVERY) {
      charges = 0;
      if (stop.stopRequested()) {
        throw new RunStoppedException();
      }
    }
  }
}
