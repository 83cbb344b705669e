package org.timeslice.model.runtime;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.core.InvalidScenarioException;

/**
 * "Cooperative vs preemptive": the same tasks as OS threads on one core (the OS preempts a thread when its
 * time slice ends) and as coroutines on one asyncio loop (a coroutine keeps the loop until it awaits).
 * Costs are zero and one tick is 1 ms, so only the two scheduling rules differ.
 */
public final class Multitasking {
  /** A lesson: its tasks written once; awaits become blocking waits when run as threads. */
  public record Preset(String id, String title, String lesson, List<PyTask> tasks) {}

  /**
   * The two runs.
   *
   * @param threads the tasks as OS threads on one core
   * @param asyncio the tasks as coroutines on one event loop
   */
  public record Result(RuntimeResult threads, RuntimeResult asyncio) {}

  public static final int TICK_MICROS = 1_000;
  public static final int DEFAULT_QUANTUM_TICKS = 3;
  public static final int MAX_QUANTUM_TICKS = 50;

  public static final List<Preset> PRESETS = List.of(
      new Preset("waiting", "Three tasks that wait",
          "Each task computes, waits 5 ms for I/O, computes again. Threads are switched by the OS at the end "
              + "of every time slice and whenever one blocks; coroutines switch only at an await, and here "
              + "they all await, so both keep the core busy.",
          List.of(task("A", PyOp.cpu(2), PyOp.awaitIo(5), PyOp.cpu(2)),
              task("B", PyOp.cpu(2), PyOp.awaitIo(5), PyOp.cpu(2)),
              task("C", PyOp.cpu(2), PyOp.awaitIo(5), PyOp.cpu(2)))),
      new Preset("greedy", "A greedy task",
          "A computes for 20 ms without awaiting. The OS preempts it every time slice, so B and C still get "
              + "turns; on the event loop nobody can take the loop from A, and B and C wait until it is done.",
          List.of(task("A", PyOp.cpu(20)),
              task("B", PyOp.cpu(1), PyOp.awaitSleep(2), PyOp.cpu(1)),
              task("C", PyOp.cpu(1), PyOp.awaitSleep(2), PyOp.cpu(1)))),
      new Preset("blocking", "A blocking call in a coroutine",
          "A calls time.sleep(0.01) instead of await asyncio.sleep(0.01). As a thread it just blocks itself; "
              + "as a coroutine it blocks the whole loop: B and C stall though they are ready.",
          List.of(task("A", PyOp.cpu(1), PyOp.sleep(10), PyOp.cpu(1)),
              task("B", PyOp.cpu(1), PyOp.awaitSleep(2), PyOp.cpu(2)),
              task("C", PyOp.cpu(1), PyOp.awaitSleep(2), PyOp.cpu(2)))));

  private Multitasking() {}

  private static PyTask task(String name, PyOp... ops) {
    return PyTask.of(name, ops);
  }

  /** The preset with this id, or null. */
  public static Preset byId(String id) {
    for (Preset p : PRESETS) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    return null;
  }

  /** Runs {@code preset} both ways; the OS time slice is {@code quantumTicks}. */
  public static Result run(Preset preset, int quantumTicks) {
    if (quantumTicks < 1 || quantumTicks > MAX_QUANTUM_TICKS) {
      throw new InvalidScenarioException("quantumTicks", "1.." + MAX_QUANTUM_TICKS,
          "the time slice must be 1.." + MAX_QUANTUM_TICKS + " ms, not " + quantumTicks);
    }
    List<PyTask> threads = new ArrayList<>();
    for (PyTask t : preset.tasks()) {
      List<PyOp> ops = new ArrayList<>();
      for (PyOp op : t.program()) {
        ops.add(switch (op.kind()) {
          case AWAIT_IO -> PyOp.io(op.ticks());
          case AWAIT_SLEEP -> PyOp.sleep(op.ticks());
          default -> op;
        });
      }
      threads.add(new PyTask(t.name(), t.arrivalTick(), ops));
    }
    RuntimeResult osThreads = RuntimeSimulator.run(new RuntimeScenario(preset.title(), 1,
        spec(RuntimeKind.OS_THREADS, quantumTicks), threads, 1));
    RuntimeResult loop = RuntimeSimulator.run(new RuntimeScenario(preset.title(), 1,
        spec(RuntimeKind.ASYNCIO, quantumTicks), preset.tasks(), 1));
    return new Result(osThreads, loop);
  }

  private static RuntimeSpec spec(RuntimeKind kind, int quantumTicks) {
    return new RuntimeSpec(kind, TICK_MICROS, 5, 0, 0, 0, StartMethod.FORK, 0, 0, 0, 100, quantumTicks, 0);
  }
}
