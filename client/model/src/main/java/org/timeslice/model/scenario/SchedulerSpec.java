package org.timeslice.model.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The scheduling policy and its parameters. Fields a policy does not use are ignored (and keep defaults).
 *
 * @param policy the policy
 * @param quantumTicks RR and LOTTERY: the time slice
 * @param preemptive PRIORITY: whether a more urgent ready task takes the core at once
 * @param agingTicks PRIORITY: every this many ticks spent READY improve a task's priority by one; 0 = off
 * @param levels MLFQ: the levels, highest priority first
 * @param boostTicks MLFQ: every this many ticks all tasks move to the top level; 0 = never
 * @param stayAfterIo MLFQ: an I/O resets the task's quantum and allotment at its level (OSTEP {@code -S})
 * @param ioBumpToFront MLFQ: a task returning from I/O goes to the front of its queue (OSTEP {@code -I})
 * @param requeueOrder tie rule when a preempted task and a newly ready task meet on one tick
 */
public record SchedulerSpec(
    Policy policy,
    int quantumTicks,
    boolean preemptive,
    int agingTicks,
    List<MlfqLevel> levels,
    int boostTicks,
    boolean stayAfterIo,
    boolean ioBumpToFront,
    RequeueOrder requeueOrder) {

  public static final int DEFAULT_QUANTUM_TICKS = 10;

  public SchedulerSpec {
    levels = levels == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(levels));
    requeueOrder = requeueOrder == null ? RequeueOrder.NEW_ARRIVAL_FIRST : requeueOrder;
  }

  /** A policy with default parameters (quantum 10, non-preemptive priority, no aging, no MLFQ levels). */
  public static SchedulerSpec of(Policy policy) {
    return new SchedulerSpec(
        policy, DEFAULT_QUANTUM_TICKS, false, 0, List.of(), 0, false, false,
        RequeueOrder.NEW_ARRIVAL_FIRST);
  }

  /** Round robin with the given quantum. */
  public static SchedulerSpec roundRobin(int quantumTicks) {
    return of(Policy.RR).withQuantumTicks(quantumTicks);
  }

  public SchedulerSpec withPolicy(Policy newPolicy) {
    return new SchedulerSpec(newPolicy, quantumTicks, preemptive, agingTicks, levels, boostTicks,
        stayAfterIo, ioBumpToFront, requeueOrder);
  }

  public SchedulerSpec withQuantumTicks(int newQuantumTicks) {
    return new SchedulerSpec(policy, newQuantumTicks, preemptive, agingTicks, levels, boostTicks,
        stayAfterIo, ioBumpToFront, requeueOrder);
  }
}
