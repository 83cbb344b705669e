package org.timeslice.model.sync;

import java.util.List;

/**
 * What the {@link Explorer} found.
 *
 * @param outcomes every distinct outcome, sorted by label (failures last)
 * @param statesExplored distinct machine states visited
 * @param truncated true if the state budget ran out: the outcomes found are real, but others may exist
 * @param cyclic true if some state can come back to itself (a loop that need not end, e.g. spinning or a
 *     livelock): then interleavings are infinite and {@link Outcome#interleavings} is -1
 * @param interleavings complete schedules in all, or -1 when cyclic
 */
public record Exploration(List<Outcome> outcomes, int statesExplored, boolean truncated, boolean cyclic,
    long interleavings) {

  /** The outcome with this label, or null. */
  public Outcome outcome(String label) {
    for (Outcome o : outcomes) {
      if (o.label().equals(label)) {
        return o;
      }
    }
    return null;
  }
}
