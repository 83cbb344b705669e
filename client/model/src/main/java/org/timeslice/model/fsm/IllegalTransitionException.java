package org.timeslice.model.fsm;

/** Thrown when a state machine is asked for a transition its table does not declare: a simulator bug. */
public final class IllegalTransitionException extends IllegalStateException {
  private final String from;
  private final String event;

  public IllegalTransitionException(String from, String event) {
    super("illegal transition: no row for state " + from + " on event " + event);
    this.from = from;
    this.event = event;
  }

  public String from() {
    return from;
  }

  public String event() {
    return event;
  }
}
