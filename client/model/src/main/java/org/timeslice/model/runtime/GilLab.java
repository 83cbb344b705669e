package org.timeslice.model.runtime;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.core.InvalidScenarioException;

/**
 * The GIL lab's experiment: one workload run four ways (threads with the GIL, free-threaded threads,
 * processes, asyncio) beside the sequential baseline, with the measured CPython costs at a 100 µs tick.
 */
public final class GilLab {
  /** The lab's tick: fine enough for the 0.2 ms GIL hand-off and the 0.1 ms wake-up. */
  public static final int TICK_MICROS = 100;
  /** Bytecode in the whole workload: 50 ms, shared by the workers. */
  public static final int CPU_TICKS = 50_000 / TICK_MICROS;
  /** One wait (a network call or a sleep): 20 ms. */
  public static final int WAIT_TICKS = 20_000 / TICK_MICROS;
  /** The ways the lab runs the workload, in display order. */
  public static final List<RuntimeKind> WAYS = List.of(RuntimeKind.CPYTHON, RuntimeKind.FREE_THREADED,
      RuntimeKind.MULTIPROCESSING, RuntimeKind.ASYNCIO);
  public static final int MAX_WORKERS = 8;
  public static final int MAX_LAB_CORES = 8;

  /**
   * The runs.
   *
   * @param baseline all the work one piece after another in one thread
   * @param runs one per {@link #WAYS}, in that order
   */
  public record Result(RuntimeResult baseline, List<RuntimeResult> runs) {}

  private GilLab() {}

  /** Runs {@code shape} split over {@code workers} on {@code cores} with the given switch interval. */
  public static Result run(Workloads.Shape shape, int workers, int cores, int switchIntervalMicros) {
    if (workers < 1 || workers > MAX_WORKERS) {
      throw new InvalidScenarioException("workers", "1.." + MAX_WORKERS, "workers must be in 1.." + MAX_WORKERS
          + ", not " + workers);
    }
    if (cores < 1 || cores > MAX_LAB_CORES) {
      throw new InvalidScenarioException("cores", "1.." + MAX_LAB_CORES, "cores must be in 1.." + MAX_LAB_CORES
          + ", not " + cores);
    }
    if (switchIntervalMicros < TICK_MICROS || switchIntervalMicros > 1_000_000) {
      throw new InvalidScenarioException("switchInterval", "0.1..1000 ms",
          "the switch interval must be 0.1..1000 ms, not " + switchIntervalMicros / 1000.0 + " ms");
    }
    int rounds = shape == Workloads.Shape.CPU ? 1 : shape == Workloads.Shape.IO ? 2 : 4;
    int wait = shape == Workloads.Shape.MIXED ? WAIT_TICKS / 2 : WAIT_TICKS;
    List<PyTask> threads = Workloads.tasks(shape, workers, CPU_TICKS, wait, rounds, false);
    List<PyTask> coroutines = Workloads.tasks(shape, workers, CPU_TICKS, wait, rounds, true);
    RuntimeResult baseline = RuntimeSimulator.run(Workloads.sequential(threads, cores, TICK_MICROS));
    List<RuntimeResult> runs = new ArrayList<>();
    for (RuntimeKind kind : WAYS) {
      RuntimeSpec spec = RuntimeSpec.defaults(kind, TICK_MICROS)
          .withSwitchIntervalTicks(Math.max(1, RuntimeSpec.ticks(switchIntervalMicros, TICK_MICROS)));
      runs.add(RuntimeSimulator.run(Workloads.scenario(kind.jsonName(), spec,
          kind == RuntimeKind.ASYNCIO ? coroutines : threads, cores)));
    }
    return new Result(baseline, List.copyOf(runs));
  }
}
