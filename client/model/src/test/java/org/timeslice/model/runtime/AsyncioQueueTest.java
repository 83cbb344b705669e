package org.timeslice.model.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.timeslice.model.runtime.RuntimeFixtures.lane;
import static org.timeslice.model.runtime.RuntimeFixtures.scenario;
import static org.timeslice.model.runtime.RuntimeFixtures.spec;

import org.junit.jupiter.api.Test;
import org.timeslice.model.core.SimulationLimitException;

/** The loop's asyncio.Queue: gets wait while it is empty, puts wake them (hand-computed, no costs). */
class AsyncioQueueTest {
  private static final RuntimeSpec LOOP = spec(RuntimeKind.ASYNCIO, 5, 0, 0);

  @Test
  void aConsumerWaitsForEachItemAndRunsAfterThePut() {
    // Tick 0: the consumer's get() finds the queue empty and suspends; the producer runs 0-1. Tick 2: its
    // first put hands the item to the waiting consumer (due in the next _run_once) and it runs on 2-3 without
    // yielding; tick 4: its second put finds nobody waiting (the item stays queued) and it ends. The loop is
    // free at 4: the consumer resumes, takes the queued item (its second) without suspending, and runs its
    // last tick. Wall time 5.
    RuntimeResult r = RuntimeSimulator.run(scenario(LOOP, 1,
        PyTask.of("consumer", PyOp.awaitGet(2), PyOp.cpu(1)),
        PyTask.of("producer", PyOp.cpu(2), PyOp.queuePut(1), PyOp.cpu(2), PyOp.queuePut(1))));
    assertEquals("aaaaR", lane(r, 0));
    assertEquals("RRRR.", lane(r, 1));
    assertEquals(5, r.wallTicks());
  }

  @Test
  void aGetNobodyAnswersIsReportedNotSpunForever() {
    SimulationLimitException e = assertThrows(SimulationLimitException.class, () -> RuntimeSimulator.run(
        scenario(LOOP, 1, PyTask.of("lonely", PyOp.awaitGet(1)))));
    assertEquals("the loop would wait forever: lonely awaits queue.get() and no task will put another item",
        e.getMessage());
  }
}
