package org.timeslice.model.sim;

import java.util.List;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.OpKind;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.RequeueOrder;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;

/**
 * The immutable, precomputed form of a validated scenario: flat arrays the tick loop can read without
 * allocating. A {@link Simulation} and all its copies share one plan.
 */
final class Plan {
  final Scenario scenario;
  final int taskCount;
  final String[] names;
  final int[] arrivalTick;
  final int[] priority;
  final int[] tickets;
  /** {@code opTicks[task][j]}, and whether op j is I/O. */
  final int[][] opTicks;
  final boolean[][] opIsIo;
  /** {@code suffixCpu[task][j]}: CPU ticks of ops j..end; length ops + 1. */
  final long[][] suffixCpu;
  /** {@code suffixBurst[task][j]}: CPU ticks from op j up to the next I/O op or the end. */
  final long[][] suffixBurst;
  /** Position of each task when sorted by (arrival tick, name): the tie-break everywhere. */
  final int[] rank;

  final int cores;
  final int switchTicks;
  final Policy policy;
  /**
   * {@code policy == MLFQ} and {@link #usesQuantum()}, computed once: the hot loop asks on every decision,
   * and an enum comparison costs a class-initialisation check per use in TeaVM's JavaScript.
   */
  final boolean mlfq;
  final boolean quantumPolicy;
  final int quantumTicks;
  final boolean preemptive;
  final int agingTicks;
  final int[] levelQuantumTicks;
  final int[] levelAllotment;
  final int boostTicks;
  final boolean stayAfterIo;
  final boolean ioBumpToFront;
  final boolean preemptedFirst;

  Plan(Scenario scenario) {
    this.scenario = scenario;
    List<TaskSpec> tasks = scenario.tasks();
    taskCount = tasks.size();
    names = new String[taskCount];
    arrivalTick = new int[taskCount];
    priority = new int[taskCount];
    tickets = new int[taskCount];
    opTicks = new int[taskCount][];
    opIsIo = new boolean[taskCount][];
    suffixCpu = new long[taskCount][];
    suffixBurst = new long[taskCount][];
    for (int i = 0; i < taskCount; i++) {
      TaskSpec t = tasks.get(i);
      names[i] = t.name();
      arrivalTick[i] = t.arrivalTick();
      priority[i] = t.priority();
      tickets[i] = t.tickets();
      compileProgram(i, t.program());
    }
    rank = ranks();
    cores = scenario.machine().cores();
    switchTicks = scenario.machine().contextSwitchTicks();
    SchedulerSpec s = scenario.scheduler();
    policy = s.policy();
    mlfq = policy == Policy.MLFQ;
    quantumPolicy = usesQuantum();
    quantumTicks = s.quantumTicks();
    preemptive = s.preemptive();
    agingTicks = s.agingTicks();
    List<MlfqLevel> levels = policy == Policy.MLFQ ? s.levels() : List.of();
    levelQuantumTicks = new int[levels.size()];
    levelAllotment = new int[levels.size()];
    for (int l = 0; l < levels.size(); l++) {
      levelQuantumTicks[l] = levels.get(l).quantumTicks();
      levelAllotment[l] = levels.get(l).allotment();
    }
    boostTicks = s.boostTicks();
    stayAfterIo = s.stayAfterIo();
    ioBumpToFront = s.ioBumpToFront();
    preemptedFirst = s.requeueOrder() == RequeueOrder.PREEMPTED_FIRST;
  }

  private void compileProgram(int i, List<Op> program) {
    int n = program.size();
    opTicks[i] = new int[n];
    opIsIo[i] = new boolean[n];
    suffixCpu[i] = new long[n + 1];
    suffixBurst[i] = new long[n + 1];
    for (int j = n - 1; j >= 0; j--) {
      Op op = program.get(j);
      boolean io = op.kind() == OpKind.IO;
      opTicks[i][j] = op.ticks();
      opIsIo[i][j] = io;
      suffixCpu[i][j] = suffixCpu[i][j + 1] + (io ? 0 : op.ticks());
      suffixBurst[i][j] = io ? 0 : suffixBurst[i][j + 1] + op.ticks();
    }
  }

  private int[] ranks() {
    // Insertion sort of indices by (arrival, name): runs once per scenario, stable, no Comparator boxing.
    int[] order = new int[taskCount];
    for (int i = 0; i < taskCount; i++) {
      int j = i;
      while (j > 0 && before(i, order[j - 1])) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
    int[] result = new int[taskCount];
    for (int r = 0; r < taskCount; r++) {
      result[order[r]] = r;
    }
    return result;
  }

  private boolean before(int a, int b) {
    if (arrivalTick[a] != arrivalTick[b]) {
      return arrivalTick[a] < arrivalTick[b];
    }
    return names[a].compareTo(names[b]) < 0;
  }

  int levelCount() {
    return policy == Policy.MLFQ ? levelQuantumTicks.length : 1;
  }

  boolean usesQuantum() {
    return policy == Policy.RR || policy == Policy.LOTTERY || policy == Policy.MLFQ;
  }

  /**
   * Preemptive priority with aging: READY tasks gain priority as ticks pass, so preemption is checked every
   * tick. Every other policy only re-checks when something changed (an op, a quantum, a wake-up, a boost),
   * and ignores {@code agingTicks}.
   */
  boolean reranksEveryTick() {
    return policy == Policy.PRIORITY && preemptive && agingTicks > 0;
  }

  boolean isPreemptivePolicy() {
    return policy == Policy.STCF || policy == Policy.MLFQ
        || (policy == Policy.PRIORITY && preemptive);
  }
}
