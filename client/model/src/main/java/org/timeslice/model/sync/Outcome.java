package org.timeslice.model.sync;

import java.util.List;

/**
 * One distinct way a program can end, found by the {@link Explorer}.
 *
 * @param label the observed variables at the end ({@code "x = 1"}), or {@code "deadlock"} / {@code "stuck"}
 *     / {@code "error: ..."} for runs that cannot finish
 * @param interleavings complete schedules that end this way, or -1 when they cannot be counted (the state
 *     graph has a cycle, so there are infinitely many)
 * @param endStates distinct final machine states with this label
 * @param witness one schedule that ends this way (thread numbers, one per step): replay it with
 *     {@link Session#replay}
 */
public record Outcome(String label, long interleavings, int endStates, List<Integer> witness) {
  /** True for the labels of runs that cannot finish. */
  public boolean isFailure() {
    return label.equals(Explorer.DEADLOCK) || label.equals(Explorer.STUCK) || label.startsWith("error");
  }
}
