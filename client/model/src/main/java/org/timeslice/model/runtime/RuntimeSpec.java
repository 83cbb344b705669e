package org.timeslice.model.runtime;

/**
 * The runtime of a scenario and its costs, all in ticks. JSON: the scenario's {@code runtime} object; every
 * field but {@code kind} is optional and defaults to {@link #defaults(RuntimeKind, int)}, which turns the
 * costs measured on real CPython 3.11 (docs/fidelity.md) into ticks of {@code tickMicros}.
 *
 * @param kind which runtime
 * @param tickMicros how long one tick is, in microseconds (only used to convert measured costs and to label)
 * @param switchIntervalTicks {@code sys.setswitchinterval}: how long a GIL waiter waits before it sets the
 *     drop request (CPython's default is 5 ms)
 * @param handoffTicks time from a GIL drop to the signalled waiter running bytecode (its wake-up on the
 *     condition variable and the cache refill on the new core): nobody executes bytecode meanwhile
 * @param wakeupTicks OS latency from a sleep or I/O completing to the thread (or the event loop's
 *     selector) being runnable again
 * @param threadStartTicks cost of {@code Thread.start()} in the main thread; threads start one after another
 * @param startMethod how multiprocessing starts workers
 * @param processStartTicks cost of starting one worker process; workers start one after another
 * @param ipcTicks per message to or from a worker process: pickling, the pipe, unpickling (CPU in the worker)
 * @param poolWorkers multiprocessing only: 0 = one process per task; n = {@code Pool(n).map} over the tasks
 *     (chunksize 1, in task order)
 * @param parallelSpeedPercent how fast an interpreter runs while another core is busy too (shared caches and
 *     memory bandwidth; measured: 2 processes take 0.64 of sequential, not 0.5). 100 = no slowdown
 * @param osQuantumTicks the OS scheduler's time slice when more threads are runnable than there are cores
 * @param executorWorkers asyncio only: threads of the default executor ({@code min(32, cores + 4)} if 0)
 */
public record RuntimeSpec(
    RuntimeKind kind,
    int tickMicros,
    int switchIntervalTicks,
    int handoffTicks,
    int wakeupTicks,
    int threadStartTicks,
    StartMethod startMethod,
    int processStartTicks,
    int ipcTicks,
    int poolWorkers,
    int parallelSpeedPercent,
    int osQuantumTicks,
    int executorWorkers) {

  /** CPython's default {@code sys.getswitchinterval()}: 5 ms. */
  public static final int SWITCH_INTERVAL_MICROS = 5_000;
  /** Calibrated GIL hand-off (docs/fidelity.md: the convoy latency minus sleep and interval). */
  public static final int HANDOFF_MICROS = 200;
  /** Measured: a 1 ms {@code time.sleep} alone takes 1.1 ms. */
  public static final int WAKEUP_MICROS = 100;
  /** Measured {@code Thread.start()} + first bytecode. */
  public static final int THREAD_START_MICROS = 150;
  /** Pickling a small argument or result and passing it through the pool's pipe. */
  public static final int IPC_MICROS = 100;
  /** A typical CFS time slice under light load. */
  public static final int OS_QUANTUM_MICROS = 3_000;
  /** Calibrated from "2 processes ≈ 0.64 of sequential" on 2 cores (docs/fidelity.md). */
  public static final int PYTHON_PARALLEL_SPEED_PERCENT = 79;
  public static final int DEFAULT_TICK_MICROS = 100;

  /** The measured CPython costs for {@code kind}, rounded to ticks of {@code tickMicros}. */
  public static RuntimeSpec defaults(RuntimeKind kind, int tickMicros) {
    int tick = Math.max(1, tickMicros);
    StartMethod method = StartMethod.FORK;
    return new RuntimeSpec(kind, tick,
        Math.max(1, ticks(SWITCH_INTERVAL_MICROS, tick)),
        ticks(HANDOFF_MICROS, tick),
        ticks(WAKEUP_MICROS, tick),
        ticks(THREAD_START_MICROS, tick),
        method,
        ticks(method.startMicros(), tick),
        ticks(IPC_MICROS, tick),
        0,
        kind == RuntimeKind.OS_THREADS ? 100 : PYTHON_PARALLEL_SPEED_PERCENT,
        Math.max(1, ticks(OS_QUANTUM_MICROS, tick)),
        0);
  }

  /** {@code micros} rounded to the nearest whole number of ticks (halves round up). */
  public static int ticks(int micros, int tickMicros) {
    return (int) (((long) micros * 2 + tickMicros) / (2L * tickMicros));
  }

  public RuntimeSpec withKind(RuntimeKind newKind) {
    return new RuntimeSpec(newKind, tickMicros, switchIntervalTicks, handoffTicks, wakeupTicks,
        threadStartTicks, startMethod, processStartTicks, ipcTicks, poolWorkers,
        newKind == RuntimeKind.OS_THREADS ? 100 : parallelSpeedPercent, osQuantumTicks, executorWorkers);
  }

  public RuntimeSpec withSwitchIntervalTicks(int ticks) {
    return new RuntimeSpec(kind, tickMicros, ticks, handoffTicks, wakeupTicks, threadStartTicks,
        startMethod, processStartTicks, ipcTicks, poolWorkers, parallelSpeedPercent, osQuantumTicks,
        executorWorkers);
  }

  public RuntimeSpec withThreadStartTicks(int ticks) {
    return new RuntimeSpec(kind, tickMicros, switchIntervalTicks, handoffTicks, wakeupTicks, ticks,
        startMethod, processStartTicks, ipcTicks, poolWorkers, parallelSpeedPercent, osQuantumTicks,
        executorWorkers);
  }

  /** Multiprocessing with this start method, its measured cost, and a pool of {@code workers} (0 = none). */
  public RuntimeSpec withProcesses(StartMethod method, int workers) {
    return new RuntimeSpec(kind, tickMicros, switchIntervalTicks, handoffTicks, wakeupTicks,
        threadStartTicks, method, ticks(method.startMicros(), tickMicros), ipcTicks, workers,
        parallelSpeedPercent, osQuantumTicks, executorWorkers);
  }
}
