package org.timeslice.model.runtime;

/**
 * One observable change of a runtime run: at {@code tick}, lane {@code lane} went from {@code from} to
 * {@code to} because of {@code event}, on {@code core} (-1 when off the cores). Takes effect at the start of
 * the tick.
 */
public record RuntimeEvent(int tick, int lane, LaneState from, LaneState to, LaneEvent event, int core) {
  public static final int NO_CORE = -1;

  /** The canonical line hashed by {@link RuntimeResult#hash()}. */
  public String canonical() {
    return tick + "|" + lane + "|" + from.name() + "|" + to.name() + "|" + event.name() + "|" + core;
  }
}
