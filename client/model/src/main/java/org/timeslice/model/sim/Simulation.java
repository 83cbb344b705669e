package org.timeslice.model.sim;

import java.util.Arrays;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.Prng;
import org.timeslice.model.core.RunBudget;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.Lifecycle;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.ScenarioValidator;
import org.timeslice.model.trace.Trace;
import org.timeslice.model.trace.TraceEvent;

/**
 * A tick-stepped run of a scenario under the NATIVE profile.
 *
 * <p>How this works: the simulation always sits at the start of tick {@link #tick()} with that tick's
 * decisions already made (who runs, who switches, who waits). {@link #step()} executes the tick (every
 * RUNNING task does one tick of CPU, every switch advances one tick) and then makes the decisions of the
 * next tick, in this fixed order (docs/scenario-format.md, "One tick"):
 *
 * <ol>
 *   <li>MLFQ boost, then arrivals and I/O completions make tasks READY, in scenario order;
 *   <li>running tasks whose op ended start I/O or exit; tasks whose quantum ended are offered back to the
 *       ready queue (they keep their core silently if the policy picks them again);
 *   <li>preemptive policies preempt running tasks a ready task strictly beats;
 *   <li>finished context switches dispatch; free cores dispatch from the ready queue, lowest core first;
 * </ol>
 *
 * <p>Every lifecycle change goes through {@link Lifecycle#next} and is appended to the {@link Trace}.
 * Per-tick work is O(cores + events): no table of tasks × ticks is ever built here.
 */
public final class Simulation {
  private final Plan plan;
  private final TaskTable tasks;
  private final Prng prng;
  private final ReadyQueues ready;
  private final WakeupHeap wakeups;
  private final Trace trace;
  private final int[] coreRunning;
  private final int[] coreSwitchTo;
  private final int[] coreSwitchLeft;
  private final int[] coreLast;
  private final int[] coreExpiring;
  /** Scratch for dispatch; never observable. */
  private final int[] picks;
  private final int[] bumpSlot;
  private int tick;
  private int terminated;

  private Simulation(Plan plan) {
    this.plan = plan;
    tasks = new TaskTable(plan.taskCount);
    prng = new Prng(plan.scenario.seed());
    ready = new ReadyQueues(plan, tasks, prng);
    wakeups = new WakeupHeap(plan.taskCount);
    trace = new Trace(plan.names);
    coreRunning = filled(plan.cores);
    coreSwitchTo = filled(plan.cores);
    coreSwitchLeft = new int[plan.cores];
    coreLast = filled(plan.cores);
    coreExpiring = filled(plan.cores);
    picks = new int[plan.cores];
    bumpSlot = new int[plan.levelCount()];
    for (int i = 0; i < plan.taskCount; i++) {
      tasks.opLeft[i] = plan.opTicks[i].length > 0 ? plan.opTicks[i][0] : 0;
      wakeups.add(plan.arrivalTick[i], i);
    }
  }

  private Simulation(Simulation o) {
    plan = o.plan;
    tasks = o.tasks.copy();
    prng = o.prng.copy();
    ready = o.ready.copy(tasks, prng);
    wakeups = o.wakeups.copy();
    trace = o.trace.copy();
    coreRunning = o.coreRunning.clone();
    coreSwitchTo = o.coreSwitchTo.clone();
    coreSwitchLeft = o.coreSwitchLeft.clone();
    coreLast = o.coreLast.clone();
    coreExpiring = o.coreExpiring.clone();
    picks = new int[o.picks.length];
    bumpSlot = new int[o.bumpSlot.length];
    tick = o.tick;
    terminated = o.terminated;
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, -1);
    return a;
  }

  /**
   * Validates {@code scenario} and returns a simulation positioned at the start of tick 0 (tick 0's
   * arrivals and dispatches already decided).
   *
   * @throws org.timeslice.model.core.InvalidScenarioException if the scenario breaks a rule
   * @throws IllegalArgumentException if the scenario is not under the NATIVE profile
   */
  public static Simulation create(Scenario scenario) {
    return create(scenario, Limits.MAX_TASKS);
  }

  /**
   * {@link #create(Scenario)} with a larger task ceiling, for trusted callers (the benchmark harness);
   * every other rule of {@link ScenarioValidator} still applies.
   */
  public static Simulation create(Scenario scenario, int maxTasks) {
    ScenarioValidator.validate(scenario, maxTasks);
    if (scenario.profile() != org.timeslice.model.scenario.Profile.NATIVE) {
      throw new IllegalArgumentException("Simulation runs the NATIVE profile only; use Simulator.run");
    }
    Simulation sim = new Simulation(new Plan(scenario));
    sim.decide();
    return sim;
  }

  /** A deep copy: stepping the copy and the original gives identical traces (checkpoints, seeking). */
  public Simulation copy() {
    return new Simulation(this);
  }

  public Scenario scenario() {
    return plan.scenario;
  }

  /** Ticks completed so far; also the tick whose decisions the current state shows. */
  public int tick() {
    return tick;
  }

  /** True once every task has TERMINATED; then {@link #tick()} equals the makespan. */
  public boolean isFinished() {
    return terminated == plan.taskCount;
  }

  /** The events so far (live: it grows as the simulation steps). */
  public Trace trace() {
    return trace;
  }

  /**
   * Executes the current tick and decides the next one.
   *
   * @throws IllegalStateException if the run is already finished
   * @throws SimulationLimitException if the run would exceed {@link Limits#MAX_TICKS}
   */
  public void step() {
    checkCanStep();
    execute(1);
    tick++;
    decide();
  }

  /**
   * Runs until finished and derives the result (metrics, optional timeline, hash) from the trace.
   *
   * <p>The trace is exactly the one {@link #step()} would give tick by tick, but ticks in which nothing
   * can be decided (no arrival, I/O completion, boost, op end, quantum end or finished switch) are
   * executed in one go: the schedulers only decide when something changed, so those ticks' decisions are
   * empty (docs/benchmarks.md; a property test compares both ways).
   */
  public SimulationResult runToEnd(boolean includeTimeline) {
    return runToEnd(includeTimeline, RunBudget.unlimited());
  }

  /**
   * {@link #runToEnd(boolean)} charging every event and every decision point to {@code budget}.
   *
   * @throws SimulationLimitException if the run passes the budget's events
   * @throws org.timeslice.model.core.RunStoppedException if the budget's stop signal asks to stop
   */
  public SimulationResult runToEnd(boolean includeTimeline, RunBudget budget) {
    trace.chargeTo(budget);
    while (!isFinished()) {
      budget.step();
      checkCanStep();
      int ticks = Math.min(ticksUntilNextDecision(), Limits.MAX_TICKS - tick);
      execute(ticks);
      tick += ticks;
      decide();
    }
    return Metrics.compute(plan.scenario, trace, includeTimeline);
  }

  private void checkCanStep() {
    if (isFinished()) {
      throw new IllegalStateException("the simulation is finished at tick " + tick);
    }
    if (tick >= Limits.MAX_TICKS) {
      throw new SimulationLimitException("ticks", "<= " + Limits.MAX_TICKS,
          "the run did not finish within " + Limits.MAX_TICKS + " ticks (scenario \""
              + plan.scenario.title() + "\", seed " + plan.scenario.seed() + ")");
    }
  }

  /**
   * How many ticks can be executed before the next tick whose decisions may be non-empty (at least 1).
   * Preemptive priority with aging re-ranks READY tasks every tick, so it always decides tick by tick.
   */
  private int ticksUntilNextDecision() {
    if (plan.reranksEveryTick()) {
      return 1;
    }
    // int, not long: TeaVM's long is a slow BigInt. Every term is at most about 2 × MAX_TICKS.
    int next = wakeups.isEmpty() ? Limits.MAX_TICKS : wakeups.nextTick() - tick;
    if (plan.mlfq && plan.boostTicks > 0) {
      next = Math.min(next, plan.boostTicks - tick % plan.boostTicks);
    }
    for (int c = 0; c < plan.cores; c++) {
      int x = coreRunning[c];
      if (x >= 0) {
        next = Math.min(next, tasks.opLeft[x]);
        if (plan.quantumPolicy) {
          next = Math.min(next, quantumOf(x) - tasks.quantumUsed[x]);
        }
      } else if (coreSwitchTo[c] >= 0) {
        next = Math.min(next, coreSwitchLeft[c]);
      }
    }
    return Math.max(1, next);
  }

  /** What the browser renders for the current tick. */
  public Snapshot snapshot() {
    return SnapshotBuilder.build(plan, tasks, ready, coreRunning, coreSwitchTo, coreSwitchLeft, tick);
  }

  // ---- phase 5: execute ticks -----------------------------------------------------------------------

  /** Executes {@code ticks} ticks in which no decision is due (1 when stepping). */
  private void execute(int ticks) {
    for (int c = 0; c < plan.cores; c++) {
      int x = coreRunning[c];
      if (x >= 0) {
        tasks.opLeft[x] -= ticks;
        tasks.cpuDone[x] += ticks;
        tasks.quantumUsed[x] += ticks;
      } else if (coreSwitchTo[c] >= 0) {
        coreSwitchLeft[c] -= ticks;
      }
    }
  }

  // ---- phases 1-4: decide the tick ------------------------------------------------------------------

  private void decide() {
    int t = tick;
    boolean changed = boostIfDue(t);
    changed |= admitAndWake(t);
    changed |= finishOpsAndQuanta(t);
    if (plan.isPreemptivePolicy() && (changed || plan.reranksEveryTick())) {
      preemptForBetterReadyTasks(t);
    }
    dispatch(t);
  }

  private boolean boostIfDue(int t) {
    if (!plan.mlfq || plan.boostTicks <= 0 || t == 0 || t % plan.boostTicks != 0) {
      return false;
    }
    // Every level's queue moves, in order, behind level 0's; every live task restarts its allotment.
    for (int l = 1; l < ready.queues.length; l++) {
      IntDeque q = ready.queues[l];
      while (!q.isEmpty()) {
        ready.queues[0].addLast(q.removeAt(0));
      }
    }
    for (int x = 0; x < plan.taskCount; x++) {
      tasks.level[x] = 0;
      tasks.quantumUsed[x] = 0;
      tasks.quantaUsed[x] = 0;
    }
    return true;
  }

  private boolean admitAndWake(int t) {
    boolean any = false;
    Arrays.fill(bumpSlot, 0);
    while (wakeups.hasDue(t)) {
      int x = wakeups.poll();
      boolean front = false;
      if (tasks.state[x] == State.NEW) {
        emit(t, x, Event.ADMITTED, TraceEvent.NO_CORE);
      } else {
        emit(t, x, Event.IO_COMPLETED, TraceEvent.NO_CORE);
        advanceOp(x);
        front = plan.mlfq && plan.ioBumpToFront;
      }
      int slot = front ? bumpSlot[ready.queues.length == 1 ? 0 : tasks.level[x]]++ : 0;
      ready.addNewlyReady(x, t, front, slot);
      any = true;
    }
    return any;
  }

  private boolean finishOpsAndQuanta(int t) {
    boolean any = false;
    for (int c = 0; c < plan.cores; c++) {
      int x = coreRunning[c];
      if (x < 0) {
        continue;
      }
      if (tasks.opLeft[x] == 0) {
        advanceOp(x);
        if (!isOnCpuOp(x)) {
          leaveCoreForIoOrExit(c, x, t);
          any = true;
          continue;
        }
      }
      if (plan.quantumPolicy && tasks.quantumUsed[x] >= quantumOf(x)) {
        endQuantum(x);
        coreRunning[c] = -1;
        coreExpiring[c] = x;
        ready.addPreempted(x, t);
        any = true;
      }
    }
    return any;
  }

  private int quantumOf(int x) {
    return plan.mlfq ? plan.levelQuantumTicks[tasks.level[x]] : plan.quantumTicks;
  }

  /** MLFQ allotment accounting (in quanta, like OSTEP): demote after {@code allotment} full quanta. */
  private void endQuantum(int x) {
    tasks.quantumUsed[x] = 0;
    if (!plan.mlfq) {
      return;
    }
    tasks.quantaUsed[x]++;
    if (tasks.quantaUsed[x] >= plan.levelAllotment[tasks.level[x]]) {
      tasks.quantaUsed[x] = 0;
      if (tasks.level[x] < plan.levelQuantumTicks.length - 1) {
        tasks.level[x]++;
      }
    }
  }

  private void advanceOp(int x) {
    int j = ++tasks.opIndex[x];
    tasks.opLeft[x] = j < plan.opTicks[x].length ? plan.opTicks[x][j] : 0;
  }

  private boolean isOnCpuOp(int x) {
    int j = tasks.opIndex[x];
    return j < plan.opTicks[x].length && !plan.opIsIo[x][j];
  }

  /** The running task on core c has no CPU op now: it starts its I/O or exits, and frees the core. */
  private void leaveCoreForIoOrExit(int c, int x, int t) {
    coreRunning[c] = -1;
    tasks.core[x] = -1;
    int j = tasks.opIndex[x];
    if (j >= plan.opTicks[x].length) {
      emit(t, x, Event.EXITED, c);
      terminated++;
      return;
    }
    emit(t, x, Event.IO_REQUESTED, c);
    tasks.wakeTick[x] = t + tasks.opLeft[x];
    wakeups.add(tasks.wakeTick[x], x);
    if (plan.mlfq && plan.stayAfterIo) {
      tasks.quantumUsed[x] = 0;
      tasks.quantaUsed[x] = 0;
    }
  }

  /**
   * Phase 3. The best {@code free} ready tasks will take the free cores anyway; each next-best ready task
   * preempts the worst running task while it strictly beats it (no preemption on a tie).
   */
  private void preemptForBetterReadyTasks(int t) {
    int free = 0;
    for (int c = 0; c < plan.cores; c++) {
      if (coreRunning[c] < 0 && coreSwitchTo[c] < 0) {
        free++;
      }
    }
    if (ready.size() <= free) {
      return;
    }
    ready.beginMarking();
    for (int i = 0; i < free; i++) {
      ready.markNextBest(t);
    }
    while (true) {
      int r = ready.markNextBest(t);
      int worstCore = worstRunningCore(t);
      if (r < 0 || worstCore < 0) {
        return;
      }
      int w = coreRunning[worstCore];
      if (!ready.beatsStrictly(r, w, t)) {
        return;
      }
      emit(t, w, Event.PREEMPTED, worstCore);
      coreRunning[worstCore] = -1;
      tasks.core[w] = -1;
      ready.addPreempted(w, t);
    }
  }

  /** The running task the policy values least (ties: the later in (arrival, name)); -1 if none. */
  private int worstRunningCore(int t) {
    int worst = -1;
    for (int c = 0; c < plan.cores; c++) {
      int x = coreRunning[c];
      if (x >= 0 && (worst < 0 || ready.compare(x, coreRunning[worst], t) > 0)) {
        worst = c;
      }
    }
    return worst;
  }

  /** Phase 4: finished switches dispatch, then free cores (lowest index first) take ready tasks. */
  private void dispatch(int t) {
    for (int c = 0; c < plan.cores; c++) {
      if (coreSwitchTo[c] >= 0 && coreSwitchLeft[c] == 0) {
        int x = coreSwitchTo[c];
        coreSwitchTo[c] = -1;
        startRunning(c, x, t);
      }
    }
    int freeCores = 0;
    for (int c = 0; c < plan.cores; c++) {
      if (coreRunning[c] < 0 && coreSwitchTo[c] < 0) {
        freeCores++;
      }
    }
    int n = Math.min(freeCores, ready.size());
    for (int i = 0; i < n; i++) {
      picks[i] = ready.pickNext(t);
    }
    keepPickedTasksOnTheirCores(n);
    preemptUnpickedExpiredTasks(t);
    int next = 0;
    for (int c = 0; c < plan.cores && next < n; c++) {
      if (coreRunning[c] < 0 && coreSwitchTo[c] < 0) {
        while (next < n && picks[next] < 0) {
          next++;
        }
        if (next < n) {
          assign(c, picks[next++], t);
        }
      }
    }
    // A dispatch that only starts an I/O or exits frees its core again at once.
    for (int c = 0; c < plan.cores; c++) {
      while (coreRunning[c] < 0 && coreSwitchTo[c] < 0 && ready.size() > 0) {
        assign(c, ready.pickNext(t), t);
      }
    }
  }

  /** A task whose quantum ended and that the policy picks again keeps its core: no events, new quantum. */
  private void keepPickedTasksOnTheirCores(int n) {
    for (int i = 0; i < n; i++) {
      int x = picks[i];
      int c = tasks.core[x];
      if (c >= 0 && coreExpiring[c] == x) {
        coreExpiring[c] = -1;
        coreRunning[c] = x; // endQuantum already started a fresh quantum
        picks[i] = -1;
      }
    }
  }

  private void preemptUnpickedExpiredTasks(int t) {
    for (int c = 0; c < plan.cores; c++) {
      int x = coreExpiring[c];
      if (x >= 0) {
        coreExpiring[c] = -1;
        tasks.core[x] = -1;
        emit(t, x, Event.PREEMPTED, c);
      }
    }
  }

  /** Gives core c to task x: at once if c last ran x (or never ran anything, or switches are free). */
  private void assign(int c, int x, int t) {
    int last = coreLast[c];
    coreLast[c] = x;
    tasks.core[x] = c;
    if (last >= 0 && last != x && plan.switchTicks > 0) {
      emit(t, x, Event.CONTEXT_SWITCH, c);
      coreSwitchTo[c] = x;
      coreSwitchLeft[c] = plan.switchTicks;
      return;
    }
    startRunning(c, x, t);
  }

  private void startRunning(int c, int x, int t) {
    emit(t, x, Event.DISPATCHED, c);
    coreRunning[c] = x;
    tasks.core[x] = c;
    if (!plan.mlfq) {
      tasks.quantumUsed[x] = 0;
    }
    if (!isOnCpuOp(x)) {
      leaveCoreForIoOrExit(c, x, t);
    }
  }

  private void emit(int t, int x, Event event, int core) {
    State from = tasks.state[x];
    State to;
    if (event == Event.CONTEXT_SWITCH) {
      if (from != State.READY) {
        throw new IllegalStateException("context switch to a task that is " + from);
      }
      to = State.READY;
    } else {
      to = Lifecycle.next(from, event);
    }
    tasks.state[x] = to;
    trace.add(t, x, from, to, event, core);
  }
}
