package org.timeslice.model.core;

/**
 * A valid scenario whose run would exceed a limit of {@link Limits} (for example more than
 * {@link Limits#MAX_TICKS} ticks). The run stops with this instead of hanging.
 */
public final class SimulationLimitException extends RuntimeException {
  private final String field;
  private final String limit;

  public SimulationLimitException(String field, String limit, String message) {
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
