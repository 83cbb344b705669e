package org.timeslice.model.ostep;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.scenario.Policy;

/**
 * The order in which OSTEP's {@code cpu-sched/scheduler.py} runs its jobs: the slices of CPU each job gets,
 * one after the other from time 0 with no gaps. The {@code ostep-scheduler} profile records its trace from
 * these slices, and the tool's text prints them.
 *
 * <p>How this works (the tool's rules in our words): FIFO runs the jobs to completion in list order; SJF
 * first sorts them by length, stably, and then does the same. RR keeps a FIFO queue in id order: the head
 * job runs one quantum and goes to the tail if its remaining time is strictly greater than the quantum, and
 * otherwise runs what is left and finishes (so remaining == quantum finishes in that slice).
 *
 * <p>Lengths are doubles because the tool reads {@code -l 2.5} as a float. Every decision is still exact:
 * SJF and RR only compare lengths, and RR's {@code remaining - quantum} of an integer quantum is exact for
 * any double below 2^53 (the result is a multiple of the operand's ulp and no larger than it).
 */
public final class SchedulerPlan {
  /**
   * One slice.
   *
   * @param job the job's index in the job list
   * @param ran how long it runs (the quantum, or what was left of the job)
   * @param done whether the job finishes at the end of this slice
   */
  public record Slice(int job, double ran, boolean done) {}

  private SchedulerPlan() {}

  /**
   * The slices of {@code lengths} under {@code policy} (FIFO, SJF or RR; {@code quantum} is read by RR only).
   *
   * @throws SimulationLimitException if RR would cut more than {@link Limits#MAX_TICKS} slices
   */
  public static List<Slice> of(double[] lengths, Policy policy, double quantum) {
    List<Slice> slices = new ArrayList<>();
    if (policy != Policy.RR) {
      for (int job : executionOrder(lengths, policy == Policy.SJF)) {
        slices.add(new Slice(job, lengths[job], true));
      }
      return Collections.unmodifiableList(slices);
    }
    double[] remaining = lengths.clone();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int i = 0; i < lengths.length; i++) {
      queue.addLast(i);
    }
    while (!queue.isEmpty()) {
      if (slices.size() >= Limits.MAX_TICKS) {
        throw new SimulationLimitException("scheduler.quantumTicks", "at most " + Limits.MAX_TICKS
            + " slices", "round robin would cut more than " + Limits.MAX_TICKS
            + " slices (Limits.MAX_TICKS): use a larger quantum or shorter jobs");
      }
      int job = queue.pollFirst();
      if (remaining[job] > quantum) {
        remaining[job] -= quantum;
        slices.add(new Slice(job, quantum, false));
        queue.addLast(job);
      } else {
        slices.add(new Slice(job, remaining[job], true));
      }
    }
    return Collections.unmodifiableList(slices);
  }

  /** List order, or for SJF a stable sort by length (insertion sort keeps ties in list order). */
  private static List<Integer> executionOrder(double[] lengths, boolean shortestFirst) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < lengths.length; i++) {
      int at = order.size();
      if (shortestFirst) {
        while (at > 0 && lengths[order.get(at - 1)] > lengths[i]) {
          at--;
        }
      }
      order.add(at, i);
    }
    return order;
  }
}
