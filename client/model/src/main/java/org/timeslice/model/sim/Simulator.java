package org.timeslice.model.sim;

import org.timeslice.model.core.RunBudget;
import org.timeslice.model.ostep.OstepSimulator;
import org.timeslice.model.scenario.Profile;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.ScenarioValidator;

/**
 * The one entry point the server ({@code /api/simulate}) and the browser call: validate, pick the rule
 * book named by the scenario's profile, run to the end, derive the result.
 */
public final class Simulator {
  private Simulator() {}

  /**
   * Runs {@code scenario} to the end.
   *
   * @param includeTimeline whether the result carries the per-tick {@link Timeline}
   * @throws org.timeslice.model.core.InvalidScenarioException if the scenario breaks a rule
   * @throws org.timeslice.model.core.SimulationLimitException if the run exceeds a limit
   */
  public static SimulationResult run(Scenario scenario, boolean includeTimeline) {
    return run(scenario, includeTimeline, RunBudget.unlimited());
  }

  /**
   * {@link #run(Scenario, boolean)} within {@code budget} (the server's per-request cap on events, and its
   * way to stop a run whose client went away).
   *
   * @throws org.timeslice.model.core.RunStoppedException if the budget's stop signal asks to stop
   */
  public static SimulationResult run(Scenario scenario, boolean includeTimeline, RunBudget budget) {
    ScenarioValidator.validate(scenario);
    if (scenario.profile() != Profile.NATIVE) {
      return OstepSimulator.run(scenario, includeTimeline, budget);
    }
    return Simulation.create(scenario).runToEnd(includeTimeline, budget);
  }
}
