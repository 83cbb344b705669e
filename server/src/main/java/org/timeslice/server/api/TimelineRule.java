package org.timeslice.server.api;

import org.timeslice.model.core.Limits;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.sim.SimulationResult;
import org.timeslice.model.sim.Simulator;

/**
 * When a result carries its per-tick timeline: always when asked for ({@code ?include=timeline},
 * {@code --timeline}), otherwise exactly when {@code tasks × makespan <= Limits.MAX_TIMELINE_CELLS}. The
 * API and the CLI both run scenarios through here, so they answer identically.
 */
public final class TimelineRule {
  private TimelineRule() {}

  /**
   * Runs {@code scenario} (which {@link Simulator#run} validates) and applies the rule.
   *
   * <p>The makespan is only known after a run, so an unforced run first goes without a timeline and, if
   * the timeline turns out to be small, runs again with it: the second run is bounded by the cell limit.
   *
   * @throws org.timeslice.model.core.InvalidScenarioException if the scenario breaks a rule
   * @throws org.timeslice.model.core.SimulationLimitException if the run exceeds a model limit
   */
  public static SimulationResult simulate(Scenario scenario, boolean forceTimeline) {
    if (forceTimeline) {
      return Simulator.run(scenario, true);
    }
    SimulationResult result = Simulator.run(scenario, false);
    boolean small = fits(scenario.tasks().size(), result.makespan());
    if (small && result.timeline() == null) {
      return Simulator.run(scenario, true);
    }
    return small ? result : withoutTimeline(result);
  }

  /** Whether a timeline of this size is included without being asked for. */
  public static boolean fits(int tasks, int makespan) {
    return (long) tasks * makespan <= Limits.MAX_TIMELINE_CELLS;
  }

  private static SimulationResult withoutTimeline(SimulationResult r) {
    if (r.timeline() == null) {
      return r;
    }
    return new SimulationResult(r.makespan(), r.tasks(), r.averages(), r.cpuBusyTicks(), r.ioBusyTicks(),
        r.contextSwitches(), r.cpuUtilization(), null, r.trace(), r.hash());
  }
}
