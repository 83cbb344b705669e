package org.timeslice.model.runtime;

/** Runs a runtime scenario: validates it, then hands it to the model of its runtime kind. */
public final class RuntimeSimulator {
  private RuntimeSimulator() {}

  /**
   * The result of {@code scenario}: a pure function of it (the same scenario gives the same events and hash
   * on the JVM and in the browser).
   *
   * @throws org.timeslice.model.core.InvalidScenarioException if the scenario breaks a rule
   */
  public static RuntimeResult run(RuntimeScenario scenario) {
    return run(scenario, org.timeslice.model.core.RunBudget.unlimited());
  }

  /**
   * {@link #run(RuntimeScenario)} charging every event and every tick to {@code budget}.
   *
   * @throws org.timeslice.model.core.SimulationLimitException if the run passes the budget's events
   * @throws org.timeslice.model.core.RunStoppedException if the budget's stop signal asks to stop
   */
  public static RuntimeResult run(RuntimeScenario scenario, org.timeslice.model.core.RunBudget budget) {
    RuntimeValidator.validate(scenario);
    if (scenario.runtime().kind() == RuntimeKind.ASYNCIO) {
      return new AsyncioRun(scenario).run(budget);
    }
    return new ThreadedRun(scenario).run(budget);
  }
}
