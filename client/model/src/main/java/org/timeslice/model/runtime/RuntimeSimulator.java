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
    RuntimeValidator.validate(scenario);
    if (scenario.runtime().kind() == RuntimeKind.ASYNCIO) {
      return new AsyncioRun(scenario).run();
    }
    return new ThreadedRun(scenario).run();
  }
}
