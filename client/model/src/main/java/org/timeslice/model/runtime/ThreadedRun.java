package org.timeslice.model.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.SimulationLimitException;

/**
 * Threads and processes on an OS scheduler: CPython with a GIL, free-threaded CPython, multiprocessing
 * (one interpreter and GIL per process, or a {@code Pool(n).map}) and plain OS threads.
 *
 * <p>How this works, per tick: (1) lanes whose op ended (or whose start, sleep or I/O completed) begin their
 * next op: bytecode asks for the GIL ({@link Gil}), blocking calls and C extensions release it; (2) each GIL
 * completes hand-offs, expires timed waits (setting the drop request) and lets a running holder honour the
 * drop request; (3) the OS gives free cores to runnable lanes in FIFO order and, when more lanes are
 * runnable than there are cores, rotates them every {@code osQuantumTicks} (a round-robin stand-in for
 * CFS); (4) each lane on a core does one tick of work, at {@code parallelSpeedPercent} when two or more
 * cores are busy. Work is counted in hundredths of a tick so the slowdown stays integer arithmetic.
 */
final class ThreadedRun {
  private final RuntimeScenario scenario;
  private final RuntimeSpec spec;
  private final int cores;
  private final List<String> names = new ArrayList<>();
  private final List<List<PyOp>> programs = new ArrayList<>();
  private final List<Integer> startTicks = new ArrayList<>();
  private final ArrayDeque<PyTask> poolQueue = new ArrayDeque<>();
  private LaneBook book;
  private Gil[] gils;
  private int[] pc;
  private long[] remaining;
  private int[] actionAt;
  private int[] sliceLeft;
  private int[] laneOnCore;
  private final ArrayDeque<Integer> runQueue = new ArrayDeque<>();

  ThreadedRun(RuntimeScenario scenario) {
    this.scenario = scenario;
    this.spec = scenario.runtime();
    this.cores = scenario.cores();
  }

  RuntimeResult run(org.timeslice.model.core.RunBudget budget) {
    layOutLanes();
    int lanes = names.size();
    book = new LaneBook(lanes, budget);
    gils = new Gil[lanes];
    boolean oneGil = spec.kind() == RuntimeKind.CPYTHON;
    boolean gilPerLane = spec.kind() == RuntimeKind.MULTIPROCESSING;
    Gil shared = oneGil ? new Gil(lanes, spec.switchIntervalTicks(), spec.handoffTicks()) : null;
    for (int i = 0; i < lanes; i++) {
      gils[i] = gilPerLane ? new Gil(lanes, spec.switchIntervalTicks(), spec.handoffTicks()) : shared;
    }
    pc = new int[lanes];
    remaining = new long[lanes];
    actionAt = new int[lanes];
    sliceLeft = new int[lanes];
    laneOnCore = new int[cores];
    java.util.Arrays.fill(laneOnCore, -1);
    for (int i = 0; i < lanes; i++) {
      pc[i] = -1;
      actionAt[i] = startTicks.get(i);
    }
    int tick = 0;
    while (true) {
      for (int lane = 0; lane < lanes; lane++) {
        if (actionAt[lane] == tick) {
          advance(lane, tick);
        }
      }
      if (book.allDone()) {
        break;
      }
      stepGils(tick);
      dispatch(tick);
      execute(tick);
      book.account();
      tick++;
      if (tick > Limits.MAX_TICKS) {
        throw new SimulationLimitException("tasks", "at most " + Limits.MAX_TICKS + " ticks",
            "the run did not finish within " + Limits.MAX_TICKS + " ticks");
      }
    }
    GilMetrics metrics = oneGil ? shared.metrics() : gilPerLane ? Gil.sum(gils) : new GilMetrics(0, 0, 0);
    return new RuntimeResult(scenario, names, book, tick, metrics, 0);
  }

  /** Threads: one lane per task, started one after another by the main thread. Processes likewise. */
  private void layOutLanes() {
    boolean processes = spec.kind() == RuntimeKind.MULTIPROCESSING;
    int startCost = processes ? spec.processStartTicks() : spec.threadStartTicks();
    if (processes && spec.poolWorkers() > 0) {
      poolQueue.addAll(scenario.tasks());
      for (int w = 0; w < spec.poolWorkers(); w++) {
        names.add("worker-" + (w + 1));
        programs.add(List.of());
        startTicks.add((w + 1) * startCost);
      }
      return;
    }
    int previousArrival = -1;
    int rank = 0;
    for (PyTask task : scenario.tasks()) {
      rank = task.arrivalTick() == previousArrival ? rank + 1 : 1;
      previousArrival = task.arrivalTick();
      names.add(task.name());
      programs.add(processes ? withIpc(task.program(), 1) : task.program());
      startTicks.add(task.arrivalTick() + rank * startCost);
    }
  }

  /** A worker's program for a task: {@code messages} IPC costs of CPU in the worker, then the task. */
  private List<PyOp> withIpc(List<PyOp> program, int messages) {
    if (spec.ipcTicks() == 0) {
      return program;
    }
    List<PyOp> withIpc = new ArrayList<>();
    withIpc.add(PyOp.cpu(spec.ipcTicks() * messages));
    withIpc.addAll(program);
    return withIpc;
  }

  /** The lane's current op ended (or it started or woke): begin the next op, or take a pool task, or exit. */
  private void advance(int lane, int tick) {
    actionAt[lane] = -1;
    pc[lane]++;
    if (pc[lane] >= programs.get(lane).size() && !poolQueue.isEmpty()) {
      programs.set(lane, withIpc(poolQueue.pollFirst().program(), 2));
      pc[lane] = 0;
    }
    if (pc[lane] >= programs.get(lane).size()) {
      releaseGil(lane, tick);
      leaveCore(lane);
      book.move(tick, lane, LaneEvent.EXITED, RuntimeEvent.NO_CORE);
      return;
    }
    PyOp op = programs.get(lane).get(pc[lane]);
    remaining[lane] = op.ticks() * 100L;
    switch (op.kind()) {
      case IO, SLEEP -> {
        releaseGil(lane, tick);
        leaveCore(lane);
        book.move(tick, lane, LaneEvent.BLOCKED, RuntimeEvent.NO_CORE);
        actionAt[lane] = tick + op.ticks() + spec.wakeupTicks();
      }
      case CEXT -> {
        releaseGil(lane, tick);
        becomeRunnable(lane, tick, true);
      }
      default -> beginBytecode(lane, tick);
    }
  }

  private void beginBytecode(int lane, int tick) {
    Gil gil = gils[lane];
    if (gil == null || gil.holder() == lane) {
      becomeRunnable(lane, tick, false);
      return;
    }
    if (gil.tryTake(lane, tick)) {
      becomeRunnable(lane, tick, false);
      return;
    }
    leaveCore(lane);
    book.move(tick, lane, LaneEvent.GIL_REQUESTED, RuntimeEvent.NO_CORE);
  }

  /** The lane can use a core: it keeps the one it has (switching bytecode ↔ C) or queues for one. */
  private void becomeRunnable(int lane, int tick, boolean cext) {
    LaneState state = book.state(lane);
    if (state == LaneState.RUNNING || state == LaneState.RUNNING_NO_GIL) {
      if (cext && state == LaneState.RUNNING) {
        book.move(tick, lane, LaneEvent.CEXT_ENTERED, book.core(lane));
      } else if (!cext && state == LaneState.RUNNING_NO_GIL) {
        book.move(tick, lane, LaneEvent.DISPATCHED, book.core(lane));
      }
      return;
    }
    LaneEvent event = state == LaneState.NEW ? LaneEvent.STARTED
        : state == LaneState.GIL_WAIT ? LaneEvent.GIL_TAKEN : LaneEvent.WOKE;
    book.move(tick, lane, event, RuntimeEvent.NO_CORE);
    runQueue.addLast(lane);
  }

  private void releaseGil(int lane, int tick) {
    Gil gil = gils[lane];
    if (gil != null && gil.holder() == lane) {
      gil.release(tick);
    }
  }

  private void leaveCore(int lane) {
    for (int c = 0; c < cores; c++) {
      if (laneOnCore[c] == lane) {
        laneOnCore[c] = -1;
      }
    }
    runQueue.remove(lane);
  }

  private void stepGils(int tick) {
    for (int lane = 0; lane < gils.length; lane++) {
      Gil gil = gils[lane];
      if (gil == null || (gil == gils[0] && lane > 0)) {
        continue;
      }
      int taker = gil.completeHandoff(tick);
      if (taker >= 0) {
        becomeRunnable(taker, tick, false);
      }
      gil.expireTimedWaits(tick);
      int holder = gil.holder();
      if (gil.dropRequested() && book.state(holder) == LaneState.RUNNING) {
        leaveCore(holder);
        book.move(tick, holder, LaneEvent.GIL_DROPPED, RuntimeEvent.NO_CORE);
        gil.forceSwitch(tick);
        taker = gil.completeHandoff(tick);
        if (taker >= 0) {
          becomeRunnable(taker, tick, false);
        }
      }
    }
  }

  /** Round robin over the run queue: expired slices yield to waiting lanes, free cores take the head. */
  private void dispatch(int tick) {
    for (int c = 0; c < cores; c++) {
      int lane = laneOnCore[c];
      if (lane >= 0 && sliceLeft[lane] <= 0 && !runQueue.isEmpty()) {
        laneOnCore[c] = -1;
        book.move(tick, lane, LaneEvent.PREEMPTED, RuntimeEvent.NO_CORE);
        runQueue.addLast(lane);
      }
    }
    for (int c = 0; c < cores && !runQueue.isEmpty(); c++) {
      if (laneOnCore[c] < 0) {
        int lane = runQueue.pollFirst();
        laneOnCore[c] = lane;
        sliceLeft[lane] = spec.osQuantumTicks();
        boolean cext = programs.get(lane).get(pc[lane]).kind() == PyOpKind.CEXT;
        book.move(tick, lane, cext ? LaneEvent.CEXT_ENTERED : LaneEvent.DISPATCHED, c);
      }
    }
  }

  private void execute(int tick) {
    int busy = 0;
    for (int c = 0; c < cores; c++) {
      if (laneOnCore[c] >= 0) {
        busy++;
      }
    }
    int speed = busy >= 2 ? spec.parallelSpeedPercent() : 100;
    for (int c = 0; c < cores; c++) {
      int lane = laneOnCore[c];
      if (lane >= 0) {
        sliceLeft[lane]--;
        remaining[lane] -= speed;
        if (remaining[lane] <= 0) {
          actionAt[lane] = tick + 1;
        }
      }
    }
  }
}
