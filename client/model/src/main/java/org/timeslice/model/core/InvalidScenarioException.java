package org.timeslice.model.core;

/**
 * A scenario broke a rule. {@link #field()} is the path of the offending field in the scenario's JSON form
 * (e.g. {@code tasks[2].program[0].cpu}); {@link #limit()} states the rule it broke (e.g. {@code 1..64}).
 * The message is written for a person and already names both.
 */
public final class InvalidScenarioException extends IllegalArgumentException {
  private final String field;
  private final String limit;

  public InvalidScenarioException(String field, String limit, String message) {
    super(message);
    this.field = field;
    this.limit = limit;
  }

  public String field() {
    return field;
  }

  public String limit() {
    return limit;
  }
}
