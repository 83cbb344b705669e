package org.timeslice.model.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The workloads of the fidelity table and the GIL lab: CPU-bound, I/O-bound and mixed work split over N
 * workers, run as threads, free-threaded threads, processes or coroutines, plus the convoy pair.
 */
public final class Workloads {
  /** The tick the fidelity table uses: 50 µs, fine enough for the 0.15 ms thread start. */
  public static final int FIDELITY_TICK_MICROS = 50;

  private Workloads() {}

  /** What each worker does. */
  public enum Shape {
    /** A pure-Python loop. */
    CPU,
    /** Sleeps (network-like waits) with a little bytecode around them. */
    IO,
    /** Alternating bytecode and waits. */
    MIXED
  }

  /**
   * {@code workers} tasks sharing {@code totalCpuTicks} of bytecode and each waiting {@code waitTicks} per
   * round, as a program of {@code rounds} rounds. The asyncio version awaits instead of blocking.
   */
  public static List<PyTask> tasks(Shape shape, int workers, int totalCpuTicks, int waitTicks, int rounds,
      boolean asyncio) {
    List<PyTask> tasks = new ArrayList<>();
    int cpuEach = Math.max(1, totalCpuTicks / workers);
    for (int w = 0; w < workers; w++) {
      List<PyOp> program = new ArrayList<>();
      switch (shape) {
        case CPU -> program.add(PyOp.cpu(cpuEach));
        case IO -> {
          for (int r = 0; r < rounds; r++) {
            program.add(asyncio ? PyOp.awaitIo(waitTicks) : PyOp.io(waitTicks));
          }
        }
        default -> {
          int slice = Math.max(1, cpuEach / rounds);
          for (int r = 0; r < rounds; r++) {
            program.add(PyOp.cpu(slice));
            program.add(asyncio ? PyOp.awaitIo(waitTicks) : PyOp.io(waitTicks));
          }
        }
      }
      tasks.add(new PyTask("w" + (w + 1), 0, program));
    }
    return tasks;
  }

  /** All the tasks' ops one after another in a single thread: the "sequential" baseline. */
  public static RuntimeScenario sequential(List<PyTask> tasks, int cores, int tickMicros) {
    List<PyOp> all = new ArrayList<>();
    for (PyTask task : tasks) {
      for (PyOp op : task.program()) {
        all.add(op.kind() == PyOpKind.AWAIT_IO ? PyOp.io(op.ticks())
            : op.kind() == PyOpKind.AWAIT_SLEEP ? PyOp.sleep(op.ticks()) : op);
      }
    }
    RuntimeSpec spec = RuntimeSpec.defaults(RuntimeKind.CPYTHON, tickMicros).withThreadStartTicks(0);
    return new RuntimeScenario("sequential", cores, spec, List.of(new PyTask("main", 0, all)), 1);
  }

  /** The same tasks under {@code spec}. */
  public static RuntimeScenario scenario(String title, RuntimeSpec spec, List<PyTask> tasks, int cores) {
    return new RuntimeScenario(title, cores, spec, tasks, 1);
  }

  /**
   * The convoy pair: one thread spinning on bytecode and one doing {@code sleeps} × ({@code time.sleep} of
   * {@code sleepTicks}, then a tick of bytecode); or the sleeper alone.
   */
  public static RuntimeScenario convoy(RuntimeSpec spec, int sleepTicks, int sleeps, boolean withCpuThread) {
    List<PyOp> sleeper = new ArrayList<>();
    for (int i = 0; i < sleeps; i++) {
      sleeper.add(PyOp.sleep(sleepTicks));
      sleeper.add(PyOp.cpu(1));
    }
    List<PyTask> tasks = new ArrayList<>();
    tasks.add(new PyTask("sleeper", 0, sleeper));
    if (withCpuThread) {
      int busy = sleeps * (sleepTicks + spec.switchIntervalTicks() + 4 * spec.handoffTicks() + 10);
      tasks.add(new PyTask("spinner", 0, List.of(PyOp.cpu(busy))));
    }
    return new RuntimeScenario("convoy", 2, spec, tasks, 1);
  }

  /**
   * Median latency of lane {@code lane}'s blocking calls: from entering BLOCKED to running bytecode again
   * (what {@code time.perf_counter()} around {@code time.sleep} measures). Ticks; -1 if none.
   */
  public static int medianBlockedToRunningTicks(RuntimeResult result, int lane) {
    List<Integer> latencies = new ArrayList<>();
    int blockedAt = -1;
    for (RuntimeEvent e : result.events()) {
      if (e.lane() != lane) {
        continue;
      }
      if (e.to() == LaneState.BLOCKED) {
        blockedAt = e.tick();
      } else if (e.to() == LaneState.RUNNING && blockedAt >= 0) {
        latencies.add(e.tick() - blockedAt);
        blockedAt = -1;
      }
    }
    if (latencies.isEmpty()) {
      return -1;
    }
    latencies.sort(null);
    return latencies.get(latencies.size() / 2);
  }
}
