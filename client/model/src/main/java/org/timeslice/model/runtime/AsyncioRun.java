package org.timeslice.model.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.SimulationLimitException;

/**
 * An asyncio event loop on one thread, mirroring {@code BaseEventLoop._run_once} in
 * {@code Lib/asyncio/base_events.py}.
 *
 * <p>How this works: the loop owns a ready deque of callbacks (here: task steps) and a heap of timer handles
 * ordered by (when, sequence). One {@code _run_once} iteration (a) waits in the selector until the earliest
 * timer or I/O event if nothing is ready, (b) moves every due timer and completed I/O or executor future to
 * the ready deque, in (when, sequence) order, and (c) runs exactly the callbacks that were ready when it
 * started ({@code ntodo}); callbacks they schedule run in the next iteration. A task step runs its coroutine
 * until the next {@code await} that suspends it; everything synchronous in between (bytecode, C calls,
 * {@code time.sleep}, blocking I/O) holds the only thread, so every other task waits: the loop stalls.
 *
 * <p>{@code await asyncio.sleep(n)} and {@code await} on I/O resume after n ticks plus the selector's
 * wake-up latency; {@code run_in_executor} runs blocking work on the default thread pool
 * ({@code min(32, cores + 4)} threads, FIFO) and resumes the task when the future completes. All tasks are
 * created with {@code create_task} at their arrival tick and gathered by the main coroutine. The tasks
 * share one unbounded {@code asyncio.Queue}: {@code put_nowait} never waits and wakes the first coroutine
 * waiting in {@code get()}, which takes the item when it runs next.
 */
final class AsyncioRun {
  private final RuntimeScenario scenario;
  private final RuntimeSpec spec;
  private final List<PyTask> tasks;
  private final ArrayDeque<Integer> ready = new ArrayDeque<>();
  private final PriorityQueue<long[]> timers = new PriorityQueue<>((a, b) ->
      a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
  private final int[] executorFreeAt;
  private LaneBook book;
  private int[] pc;
  private long sequence;
  private int current = -1;
  private long remaining;
  private int continueAt = -1;
  private int todo;
  private long stallTicks;
  /** The loop's one {@code asyncio.Queue}: items in it, and the coroutines waiting in {@code get()}, FIFO. */
  private long queued;
  private final ArrayDeque<Integer> getters = new ArrayDeque<>();
  /** Per lane: items its current {@code awaitGet} op still has to get. */
  private int[] gets;

  AsyncioRun(RuntimeScenario scenario) {
    this.scenario = scenario;
    this.spec = scenario.runtime();
    this.tasks = scenario.tasks();
    int workers = spec.executorWorkers() > 0 ? spec.executorWorkers() : Math.min(32, scenario.cores() + 4);
    this.executorFreeAt = new int[workers];
  }

  RuntimeResult run(org.timeslice.model.core.RunBudget budget) {
    int lanes = tasks.size();
    book = new LaneBook(lanes, budget);
    pc = new int[lanes];
    gets = new int[lanes];
    List<String> names = new ArrayList<>();
    for (PyTask task : tasks) {
      names.add(task.name());
    }
    int tick = 0;
    while (true) {
      createArrivedTasks(tick);
      if (continueAt == tick) {
        continueAt = -1;
        pc[current]++;
        runStep(current, tick);
      }
      if (book.allDone()) {
        break;
      }
      runOnce(tick);
      if (book.allDone()) {
        break;
      }
      if (current < 0 && ready.isEmpty() && timers.isEmpty() && todo == 0 && !getters.isEmpty()
          && !moreArrive(tick)) {
        throw new SimulationLimitException("tasks", "a queue.get() that some put can answer",
            "the loop would wait forever: " + names.get(getters.peekFirst()) + " awaits queue.get() and no task "
                + "will put another item");
      }
      execute(tick);
      book.account();
      tick++;
      if (tick > Limits.MAX_TICKS) {
        throw new SimulationLimitException("tasks", "at most " + Limits.MAX_TICKS + " ticks",
            "the run did not finish within " + Limits.MAX_TICKS + " ticks");
      }
    }
    return new RuntimeResult(scenario, names, book, tick, new GilMetrics(0, 0, 0), stallTicks);
  }

  private boolean moreArrive(int tick) {
    for (PyTask task : tasks) {
      if (task.arrivalTick() > tick) {
        return true;
      }
    }
    return false;
  }

  private void createArrivedTasks(int tick) {
    for (int lane = 0; lane < tasks.size(); lane++) {
      if (tasks.get(lane).arrivalTick() == tick && book.state(lane) == LaneState.NEW) {
        book.move(tick, lane, LaneEvent.STARTED, RuntimeEvent.NO_CORE);
        ready.addLast(lane);
      }
    }
  }

  /** While the loop thread is free this tick: start iterations of {@code _run_once} and run their steps. */
  private void runOnce(int tick) {
    while (current < 0) {
      if (todo == 0) {
        while (!timers.isEmpty() && timers.peek()[0] <= tick) {
          int lane = (int) timers.poll()[2];
          book.move(tick, lane, LaneEvent.RESUMED, RuntimeEvent.NO_CORE);
          ready.addLast(lane);
        }
        todo = ready.size();
        if (todo == 0) {
          return;
        }
      }
      int lane = ready.pollFirst();
      todo--;
      book.move(tick, lane, LaneEvent.DISPATCHED, 0);
      runStep(lane, tick);
    }
  }

  /** Runs the coroutine from its current op until it suspends, finishes, or starts a synchronous op. */
  private void runStep(int lane, int tick) {
    List<PyOp> program = tasks.get(lane).program();
    current = -1;
    if (pc[lane] >= program.size()) {
      book.move(tick, lane, LaneEvent.EXITED, RuntimeEvent.NO_CORE);
      return;
    }
    PyOp op = program.get(pc[lane]);
    LaneState state = book.state(lane);
    if (op.kind().blocks()) {
      if (state != LaneState.BLOCKED) {
        book.move(tick, lane, LaneEvent.BLOCKED, 0);
      }
      current = lane;
      remaining = op.ticks() + (long) spec.wakeupTicks();
      return;
    }
    if (state == LaneState.BLOCKED) {
      book.move(tick, lane, LaneEvent.CALL_RETURNED, 0);
    }
    switch (op.kind()) {
      case CPU, CEXT -> {
        current = lane;
        remaining = op.ticks();
      }
      case AWAIT_SLEEP, AWAIT_IO -> suspend(lane, tick, tick + op.ticks() + spec.wakeupTicks());
      case QUEUE_PUT -> {
        queued += op.ticks();
        handItemsToGetters(tick);
        pc[lane]++;
        runStep(lane, tick); // put_nowait does not suspend: the coroutine goes on
      }
      case AWAIT_GET -> get(lane, tick, op.ticks());
      default -> suspend(lane, tick, submitToExecutor(tick, op.ticks()));
    }
  }

  /**
   * {@code await queue.get()} (n times): takes what is there without suspending; if the queue runs dry,
   * the coroutine waits in the getters' FIFO until a put hands it an item, and then runs again.
   */
  private void get(int lane, int tick, int count) {
    if (gets[lane] == 0) {
      gets[lane] = count;
    }
    long take = Math.min(queued, gets[lane]);
    queued -= take;
    gets[lane] -= (int) take;
    if (gets[lane] == 0) {
      pc[lane]++;
      runStep(lane, tick);
      return;
    }
    book.move(tick, lane, LaneEvent.AWAITED, RuntimeEvent.NO_CORE);
    getters.addLast(lane);
  }

  /** Each item put wakes the first waiting getter (its future is done; its step runs next iteration). */
  private void handItemsToGetters(int tick) {
    while (queued > 0 && !getters.isEmpty()) {
      int g = getters.pollFirst();
      queued--;
      gets[g]--;
      if (gets[g] == 0) {
        pc[g]++; // its get() op is complete; it resumes at the next op
      }
      timers.add(new long[] {tick, sequence++, g}); // due now: ready in the next _run_once
    }
  }

  private void suspend(int lane, int tick, long resumeTick) {
    book.move(tick, lane, LaneEvent.AWAITED, RuntimeEvent.NO_CORE);
    pc[lane]++;
    timers.add(new long[] {resumeTick, sequence++, lane});
  }

  /** FIFO thread pool: the job starts on the earliest free thread; returns when its future is seen done. */
  private long submitToExecutor(int tick, int ticks) {
    int best = 0;
    for (int w = 1; w < executorFreeAt.length; w++) {
      if (executorFreeAt[w] < executorFreeAt[best]) {
        best = w;
      }
    }
    int start = Math.max(tick, executorFreeAt[best]);
    executorFreeAt[best] = start + ticks;
    return (long) start + ticks + spec.wakeupTicks();
  }

  private void execute(int tick) {
    if (current < 0) {
      return;
    }
    if (book.state(current) == LaneState.BLOCKED) {
      stallTicks++;
    }
    remaining--;
    if (remaining <= 0) {
      continueAt = tick + 1;
    }
  }
}
