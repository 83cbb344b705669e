package org.timeslice.model.scenario;

/**
 * The simulated hardware.
 *
 * @param cores number of cores, {@code 1..Limits.MAX_CORES}
 * @param contextSwitchTicks core time a context switch costs, {@code >= 0}
 */
public record Machine(int cores, int contextSwitchTicks) {
  public static Machine singleCore() {
    return new Machine(1, 0);
  }
}
