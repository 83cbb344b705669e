package org.timeslice.model.core;

/**
 * A run ended early because its {@link RunBudget}'s stop signal asked it to (its caller no longer wants the
 * result). Not an error of the scenario: nothing is reported to anyone.
 */
public final class RunStoppedException extends RuntimeException {
  public RunStoppedException() {
    super("the run was stopped by its caller");
  }
}
