package org.timeslice.model.multicpu;

import java.util.Collections;
import java.util.List;

/**
 * A job of the multi-CPU machine.
 *
 * @param name its name (unique)
 * @param runTime the work it needs, in ticks at the cold rate (1 per tick)
 * @param workingSet how much cache it needs to run warm
 * @param affinity the CPUs it may run on, in the order given (duplicates kept); empty means any CPU
 */
public record MultiJob(String name, int runTime, int workingSet, List<Integer> affinity) {
  public MultiJob {
    affinity = affinity == null ? List.of() : Collections.unmodifiableList(new java.util.ArrayList<>(affinity));
  }

  /** Whether {@code cpu} may run it. */
  public boolean mayRunOn(int cpu) {
    return affinity.isEmpty() || affinity.contains(cpu);
  }
}
