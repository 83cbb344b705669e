package org.timeslice.model.trace;

import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;

/**
 * One observable change: at {@code tick}, {@code task} went from {@code from} to {@code to} because of
 * {@code event}, on {@code core} ({@link #NO_CORE} when no core is involved, e.g. an I/O completion).
 *
 * <p>A change "at tick t" takes effect at the start of tick t: a task DISPATCHED at t runs during t.
 * {@link Event#CONTEXT_SWITCH} is a core event ({@code from == to == READY}); see its Javadoc.
 */
public record TraceEvent(int tick, String task, State from, State to, Event event, int core) {
  /** The {@code core} of an event that happens off the cores. JSON: {@code null}. */
  public static final int NO_CORE = -1;

  /**
   * A readable one-line form, {@code tick|task|from|to|event|core}, for messages and logs. (Format 1 of
   * the trace hash hashed these lines; {@link TraceHash} now hashes a binary form.)
   */
  public String canonical() {
    return tick + "|" + task + "|" + from.name() + "|" + to.name() + "|" + event.name() + "|" + core;
  }
}
