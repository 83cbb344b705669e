package org.timeslice.model.sim;

import java.util.Arrays;
import org.timeslice.model.lifecycle.State;

/**
 * The mutable per-task state of a run, as parallel arrays indexed by scenario order (cheap to copy, no
 * per-tick allocation). Only {@link Simulation} writes it.
 */
final class TaskTable {
  final State[] state;
  /** Index of the current op; equals the program length once the program is done. */
  final int[] opIndex;
  /** Ticks left in the current op (CPU: still to run; I/O: its full length until it completes). */
  final int[] opLeft;
  final int[] cpuDone;
  /** Core the task runs on or is being switched onto; -1 otherwise. */
  final int[] core;
  /** MLFQ level (0 = highest). */
  final int[] level;
  /** Ticks used of the current quantum (RR, LOTTERY, MLFQ). */
  final int[] quantumUsed;
  /** MLFQ: whole quanta used at the current level. */
  final int[] quantaUsed;
  /** Tick at which the task last entered READY (aging, same-tick requeue order). */
  final int[] readySince;
  /** True if the task last entered READY by being preempted (as opposed to arriving or I/O done). */
  final boolean[] readyByPreemption;
  /** Tick at which the task's I/O completes, while WAITING. */
  final int[] wakeTick;
  /** Scratch marks for selection passes; a task is marked when {@code mark[x] == markStamp}. */
  final int[] mark;

  TaskTable(int n) {
    state = new State[n];
    Arrays.fill(state, State.NEW);
    opIndex = new int[n];
    opLeft = new int[n];
    cpuDone = new int[n];
    core = new int[n];
    Arrays.fill(core, -1);
    level = new int[n];
    quantumUsed = new int[n];
    quantaUsed = new int[n];
    readySince = new int[n];
    readyByPreemption = new boolean[n];
    wakeTick = new int[n];
    mark = new int[n];
  }

  private TaskTable(TaskTable o) {
    state = o.state.clone();
    opIndex = o.opIndex.clone();
    opLeft = o.opLeft.clone();
    cpuDone = o.cpuDone.clone();
    core = o.core.clone();
    level = o.level.clone();
    quantumUsed = o.quantumUsed.clone();
    quantaUsed = o.quantaUsed.clone();
    readySince = o.readySince.clone();
    readyByPreemption = o.readyByPreemption.clone();
    wakeTick = o.wakeTick.clone();
    mark = o.mark.clone();
  }

  TaskTable copy() {
    return new TaskTable(this);
  }
}
