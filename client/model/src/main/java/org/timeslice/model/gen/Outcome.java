package org.timeslice.model.gen;

/**
 * What one {@code next()} or {@code send()} produced.
 *
 * @param kind what happened
 * @param value the yielded or returned value (as Python would print it), or the error message
 */
public record Outcome(Kind kind, String value) {
  /** A yielded value; a return (StopIteration carrying the value); an exception raised inside. */
  public enum Kind { YIELDED, RETURNED, RAISED }
}
