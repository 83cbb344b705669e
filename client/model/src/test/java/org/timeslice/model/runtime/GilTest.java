package org.timeslice.model.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.timeslice.model.runtime.RuntimeFixtures.lane;
import static org.timeslice.model.runtime.RuntimeFixtures.scenario;
import static org.timeslice.model.runtime.RuntimeFixtures.spec;

import org.junit.jupiter.api.Test;

/** The GIL's hand-offs, drop requests and releases, tick by tick (hand-computed in the comments). */
class GilTest {
  @Test
  void twoCpuThreadsTakeTurnsEverySwitchIntervalWithAHandOffGap() {
    // Interval 5, hand-off 1. A takes the free GIL at 0; B waits (deadline 5). At 5 B's wait expires with
    // no switch: drop request, A drops at once, B runs from 6. A's timed wait starts at the switch (6),
    // expires at 11, and so on. A finishes its 12 ticks at the end of 25, exits at 26; B takes it at 27.
    RuntimeResult r = RuntimeSimulator.run(scenario(spec(RuntimeKind.CPYTHON, 5, 1, 0), 2,
        PyTask.of("A", PyOp.cpu(12)), PyTask.of("B", PyOp.cpu(12))));
    assertEquals("RRRRRgggggggRRRRRgggggggRR...", lane(r, 0));
    assertEquals("ggggggRRRRRgggggggRRRRRggggRR", lane(r, 1));
    assertEquals(29, r.wallTicks());
    assertEquals(new GilMetrics(5, 4, 4), r.gil());
    assertEquals(7 + 7, r.ticks(0, LaneState.GIL_WAIT));
  }

  @Test
  void aSleeperWaitsOneFullIntervalForTheGilHeldByASpinner() {
    // sleep 3 + wake-up 1 → wants the GIL at 4; its wait expires at 9 (interval 5): drop request; the
    // hand-off takes 1 tick, so it runs at 10: 10 ticks after it went to sleep (the convoy effect).
    RuntimeResult r = RuntimeSimulator.run(scenario(spec(RuntimeKind.CPYTHON, 5, 1, 1), 2,
        PyTask.of("sleeper", PyOp.sleep(3), PyOp.cpu(1)), PyTask.of("spinner", PyOp.cpu(30))));
    assertEquals("bbbbggggggR", lane(r, 0).substring(0, 11));
    assertEquals(10, Workloads.medianBlockedToRunningTicks(r, 0));
    assertEquals(1, r.gil().dropRequests());
  }

  @Test
  void aCExtensionReleasesTheGilSoBytecodeRunsBesideIt() {
    RuntimeResult parallel = RuntimeSimulator.run(scenario(spec(RuntimeKind.CPYTHON, 5, 0, 0), 2,
        PyTask.of("numpy", PyOp.cext(10)), PyTask.of("python", PyOp.cpu(10))));
    assertEquals("CCCCCCCCCC", lane(parallel, 0));
    assertEquals("RRRRRRRRRR", lane(parallel, 1));
    assertEquals(0, parallel.gilWaitTicks());
  }

  @Test
  void freeThreadedThreadsRunInParallelAndGilThreadsDoNot() {
    PyTask a = PyTask.of("A", PyOp.cpu(10));
    PyTask b = PyTask.of("B", PyOp.cpu(10));
    assertEquals(10, RuntimeSimulator.run(scenario(spec(RuntimeKind.FREE_THREADED, 5, 0, 0), 2, a, b))
        .wallTicks());
    assertEquals(20, RuntimeSimulator.run(scenario(spec(RuntimeKind.CPYTHON, 5, 0, 0), 2, a, b))
        .wallTicks());
  }

  @Test
  void eachProcessHasItsOwnGilAndAPoolHandsOutTasksInOrder() {
    // Pool(2), start 2 ticks each, IPC 1 tick per message (2 per task): worker-1 runs task 1 over 2..7,
    // worker-2 task 2 over 4..9, worker-1 task 3 over 8..13, exits at 14.
    RuntimeSpec base = spec(RuntimeKind.MULTIPROCESSING, 5, 0, 0);
    RuntimeSpec pool = new RuntimeSpec(base.kind(), 100, 5, 0, 0, 0, StartMethod.FORK, 2, 1, 2, 100, 1_000, 0);
    RuntimeResult r = RuntimeSimulator.run(scenario(pool, 2, PyTask.of("t1", PyOp.cpu(4)),
        PyTask.of("t2", PyOp.cpu(4)), PyTask.of("t3", PyOp.cpu(4))));
    assertEquals(java.util.List.of("worker-1", "worker-2"), r.laneNames());
    assertEquals("..RRRRRRRRRRRR", lane(r, 0));
    assertEquals("....RRRRRR....", lane(r, 1));
    assertEquals(14, r.wallTicks());
    assertEquals(0, r.gilWaitTicks());
  }

  @Test
  void twoBusyCoresRunEachInterpreterSlower() {
    RuntimeSpec base = spec(RuntimeKind.FREE_THREADED, 5, 0, 0);
    RuntimeSpec slow = new RuntimeSpec(base.kind(), 100, 5, 0, 0, 0, StartMethod.FORK, 0, 0, 0, 80, 1_000, 0);
    // 8 ticks of work at 80% speed take 10 ticks.
    assertEquals(10, RuntimeSimulator.run(scenario(slow, 2, PyTask.of("A", PyOp.cpu(8)),
        PyTask.of("B", PyOp.cpu(8)))).wallTicks());
  }
}
