package org.timeslice.model.sync;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.timeslice.model.lifecycle.State;

/**
 * An immutable snapshot of the whole machine after some number of steps: shared variables, every thread
 * (lifecycle state, program counter, registers, what it waits on), every synchronization object (owner,
 * FIFO waiters, counts, queue contents) and the counters the detectors read.
 *
 * <p>How this works: the state is two flat {@code int[]} vectors laid out by {@code Layout}, copied on
 * every step and never mutated afterwards, so keeping the list of past states is all that undo needs.
 * {@link #equals} compares everything; {@link #sameMachineState} ignores the step counters (that is what
 * the exhaustive explorer deduplicates on).
 */
public final class SyncState {
  private final SyncProgram program;
  private final Layout layout;
  private final int[] core;
  private final int[] stats;
  private int hash;

  SyncState(SyncProgram program, Layout layout, int[] core, int[] stats) {
    this.program = program;
    this.layout = layout;
    this.core = core;
    this.stats = stats;
  }

  public SyncProgram program() { return program; }

  Layout layout() { return layout; }

  int[] core() { return core; }

  int[] stats() { return stats; }

  /** Steps taken since the start. */
  public int step() { return stats[Layout.ST_STEP]; }

  /** The step at which some thread last made progress (0 if never). */
  public int lastProgressStep() { return stats[Layout.ST_LAST_PROGRESS]; }

  /** The thread that took the last step, or -1 before the first step. */
  public int current() { return core[Layout.CURRENT]; }

  /** True if the last step ended at a switch point of the program's {@link SwitchPoints}. */
  public boolean atSwitchPoint() { return core[Layout.SWITCH_POINT] != 0; }

  public int threadCount() { return layout.threads; }

  public State threadState(int t) { return State.values()[core[layout.thread(t, Layout.T_STATE)]]; }

  /** Index of the op thread t runs next (equal to its op count once it has run them all). */
  public int pc(int t) { return core[layout.thread(t, Layout.T_PC)]; }

  public int register(int t, int reg) { return core[layout.thread(t, Layout.T_REGS + reg)]; }

  /** The phase label last set by a {@link OpCode#PHASE} op (0 at the start). */
  public int phase(int t) { return core[layout.thread(t, Layout.T_PHASE)]; }

  /** {@link OpCode#PROGRESS} ops thread t has run. */
  public int progress(int t) { return core[layout.thread(t, Layout.T_PROGRESS)]; }

  /** True if the thread was ended by {@link Session#kill} (it terminated without releasing anything). */
  public boolean isKilled(int t) { return core[layout.thread(t, Layout.T_KILLED)] != 0; }

  public WaitKind waitKind(int t) { return WaitKind.values()[core[layout.thread(t, Layout.T_WAIT_KIND)]]; }

  /** Index (within its kind) of the object thread t waits on, or -1. */
  public int waitObject(int t) { return core[layout.thread(t, Layout.T_WAIT_OBJ)]; }

  /** Name of the object thread t waits on, or null. */
  public String waitObjectName(int t) {
    WaitKind k = waitKind(t);
    return k == WaitKind.NONE ? null : program.names(k.objectKind()).get(waitObject(t));
  }

  /** Micro-steps thread t has taken. */
  public int stepsTaken(int t) { return stats[layout.statsSteps(t)]; }

  /** The step at which thread t last progressed (ran PROGRESS or terminated), 0 if never. */
  public int lastProgressStep(int t) { return stats[layout.statsLastProgress(t)]; }

  public int variable(int v) { return core[layout.var(v)]; }

  public int variable(String name) { return variable(index(SyncProgram.Kind.VARIABLE, name)); }

  /** Owner thread of mutex m, or -1 if free. */
  public int mutexOwner(int m) { return core[layout.mutex(m, Layout.M_OWNER)]; }

  public int mutexOwner(String name) { return mutexOwner(index(SyncProgram.Kind.MUTEX, name)); }

  /** How many times the owner holds mutex m (above 1 only for a reentrant lock). */
  public int mutexHolds(int m) { return core[layout.mutex(m, Layout.M_HOLDS)]; }

  /** Threads waiting for mutex m, first in line first. */
  public List<Integer> mutexWaiters(int m) { return list(layout.mutex(m, Layout.M_LIST)); }

  public int semaphoreCount(int s) { return core[layout.sem(s, Layout.S_COUNT)]; }

  public List<Integer> semaphoreWaiters(int s) { return list(layout.sem(s, Layout.S_LIST)); }

  /** Queue q's items, head first. */
  public List<Integer> queueItems(int q) {
    int n = core[layout.queueSize(q)];
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(core[layout.queueItem(q, i)]);
    }
    return Collections.unmodifiableList(out);
  }

  /** Threads blocked putting into full queue q. */
  public List<Integer> queuePutters(int q) { return list(layout.queuePutters(q, program.capacity(q))); }

  /** Threads blocked taking from empty queue q. */
  public List<Integer> queueTakers(int q) { return list(layout.queueTakers(q, program.capacity(q))); }

  public List<Integer> conditionWaiters(int c) { return list(layout.cond(c)); }

  public boolean eventSet(int e) { return core[layout.event(e, Layout.E_FLAG)] != 0; }

  public List<Integer> eventWaiters(int e) { return list(layout.event(e, Layout.E_LIST)); }

  /** True if thread t may take a step as far as its own state goes (READY or RUNNING). */
  public boolean isRunnable(int t) {
    State s = threadState(t);
    return s == State.READY || s == State.RUNNING;
  }

  /** True if every thread has terminated. */
  public boolean allTerminated() {
    for (int t = 0; t < layout.threads; t++) {
      if (threadState(t) != State.TERMINATED) {
        return false;
      }
    }
    return true;
  }

  /** True if no thread can step: all terminated, or the rest are waiting forever. */
  public boolean isFinal() {
    for (int t = 0; t < layout.threads; t++) {
      if (isRunnable(t)) {
        return false;
      }
    }
    return true;
  }

  /** True if no thread can step but some have not terminated (a deadlock or a stuck program). */
  public boolean isStuck() {
    return isFinal() && !allTerminated();
  }

  private List<Integer> list(int base) {
    int n = core[base];
    List<Integer> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(core[base + 1 + i]);
    }
    return Collections.unmodifiableList(out);
  }

  private int index(SyncProgram.Kind kind, String name) {
    int i = program.names(kind).indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no " + kind.name().toLowerCase() + " named " + name);
    }
    return i;
  }

  /** True if both states have the same machine state, ignoring step counters. */
  public boolean sameMachineState(SyncState other) {
    return Arrays.equals(core, other.core);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SyncState s && s.program == program && Arrays.equals(core, s.core)
        && Arrays.equals(stats, s.stats);
  }

  @Override
  public int hashCode() {
    if (hash == 0) {
      hash = 31 * Arrays.hashCode(core) + Arrays.hashCode(stats);
    }
    return hash;
  }

  @Override
  public String toString() {
    return "SyncState{step=" + step() + ", core=" + Arrays.toString(core) + "}";
  }
}
