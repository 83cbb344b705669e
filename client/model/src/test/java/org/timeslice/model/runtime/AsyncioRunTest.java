package org.timeslice.model.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.timeslice.model.runtime.RuntimeFixtures.lane;
import static org.timeslice.model.runtime.RuntimeFixtures.scenario;
import static org.timeslice.model.runtime.RuntimeFixtures.spec;

import org.junit.jupiter.api.Test;

/** The event loop's ready deque and timer heap, tick by tick. */
class AsyncioRunTest {
  private static final RuntimeSpec LOOP = spec(RuntimeKind.ASYNCIO, 5, 0, 0);

  @Test
  void aCoroutineRunsUntilItAwaitsThenTheNextReadyOneRuns() {
    // t1 runs 0..1, awaits a 5-tick sleep at 2 (timer due 7); t2 runs 2..4 and ends at 5; the loop idles in
    // the selector 5..6; at 7 the timer moves t1 to the ready deque and it runs its last tick.
    RuntimeResult r = RuntimeSimulator.run(scenario(LOOP, 2,
        PyTask.of("t1", PyOp.cpu(2), PyOp.awaitSleep(5), PyOp.cpu(1)), PyTask.of("t2", PyOp.cpu(3))));
    assertEquals("RRaaaaaR", lane(r, 0));
    assertEquals("rrRRR...", lane(r, 1));
    assertEquals(8, r.wallTicks());
    assertEquals(0, r.loopStallTicks());
  }

  @Test
  void aBlockingSleepInACoroutineStallsEveryOtherTask() {
    RuntimeResult r = RuntimeSimulator.run(scenario(LOOP, 2,
        PyTask.of("sleepy", PyOp.sleep(5)), PyTask.of("other", PyOp.cpu(1))));
    assertEquals("bbbbb.", lane(r, 0));
    assertEquals("rrrrrR", lane(r, 1));
    assertEquals(5, r.loopStallTicks());
  }

  @Test
  void awaitedSleepsOverlapWhileBlockingSleepsAddUp() {
    RuntimeResult awaiting = RuntimeSimulator.run(scenario(LOOP, 2,
        PyTask.of("a", PyOp.awaitSleep(10)), PyTask.of("b", PyOp.awaitSleep(10))));
    RuntimeResult blocking = RuntimeSimulator.run(scenario(LOOP, 2,
        PyTask.of("a", PyOp.sleep(10)), PyTask.of("b", PyOp.sleep(10))));
    assertEquals(10, awaiting.wallTicks());
    assertEquals(20, blocking.wallTicks());
  }

  @Test
  void runInExecutorOffloadsBlockingWorkToPoolThreads() {
    RuntimeSpec oneThread = new RuntimeSpec(RuntimeKind.ASYNCIO, 100, 5, 0, 0, 0, StartMethod.FORK, 0, 0, 0,
        100, 1_000, 1);
    // One executor thread: the two 4-tick jobs run one after the other (0..3, 4..7); with the default pool
    // (2 cores + 4 threads) they overlap.
    assertEquals(8, RuntimeSimulator.run(scenario(oneThread, 2, PyTask.of("a", PyOp.executor(4)),
        PyTask.of("b", PyOp.executor(4)))).wallTicks());
    assertEquals(4, RuntimeSimulator.run(scenario(LOOP, 2, PyTask.of("a", PyOp.executor(4)),
        PyTask.of("b", PyOp.executor(4)))).wallTicks());
  }
}
