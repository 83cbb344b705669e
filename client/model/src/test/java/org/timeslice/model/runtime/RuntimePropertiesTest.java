package org.timeslice.model.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of every runtime model on random workloads: at most one GIL holder per interpreter (so at most
 * one thread of a CPython process executes bytecode), asyncio runs at most one coroutine at a time, nobody
 * runs on more cores than there are, and the same scenario always gives the same hash.
 */
class RuntimePropertiesTest {
  @Provide
  Arbitrary<PyOp> ops() {
    Arbitrary<Integer> ticks = Arbitraries.integers().between(1, 12);
    return Combinators.combine(Arbitraries.of(PyOpKind.values()), ticks).as(PyOp::new);
  }

  @Provide
  Arbitrary<List<List<PyOp>>> programs() {
    return ops().list().ofMinSize(1).ofMaxSize(5).list().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<RuntimeKind> kinds() {
    return Arbitraries.of(RuntimeKind.values());
  }

  private static RuntimeScenario scenario(RuntimeKind kind, int cores, int interval, List<List<PyOp>> programs) {
    List<PyTask> tasks = new ArrayList<>();
    for (int i = 0; i < programs.size(); i++) {
      List<PyOp> program = new ArrayList<>();
      for (PyOp op : programs.get(i)) { // awaits belong to coroutines, blocking calls anywhere
        boolean queueOp = op.kind() == PyOpKind.QUEUE_PUT || op.kind() == PyOpKind.AWAIT_GET;
        if (queueOp) { // a random get may wait forever; queues have their own hand-computed tests
          program.add(kind == RuntimeKind.ASYNCIO ? PyOp.awaitSleep(op.ticks()) : PyOp.io(op.ticks()));
        } else {
          program.add(!op.kind().allowedInThreads() && kind != RuntimeKind.ASYNCIO ? PyOp.io(op.ticks()) : op);
        }
      }
      tasks.add(new PyTask("t" + i, i % 3, program));
    }
    RuntimeSpec spec = RuntimeFixtures.spec(kind, interval, 1, 1);
    return new RuntimeScenario("property", cores, spec, tasks, 7);
  }

  @Property(tries = 300)
  void oneGilHolderPerInterpreterAndOneCoroutineAtATime(@ForAll("kinds") RuntimeKind kind,
      @ForAll("programs") List<List<PyOp>> programs) {
    for (int cores = 1; cores <= 3; cores++) {
      RuntimeResult r = RuntimeSimulator.run(scenario(kind, cores, 3, programs));
      LaneState[][] grid = r.timeline();
      for (int tick = 0; tick < r.wallTicks(); tick++) {
        int bytecode = 0;
        int onCores = 0;
        for (LaneState[] lane : grid) {
          LaneState s = tick < lane.length ? lane[tick] : LaneState.DONE;
          bytecode += s == LaneState.RUNNING ? 1 : 0;
          onCores += s == LaneState.RUNNING || s == LaneState.RUNNING_NO_GIL ? 1 : 0;
        }
        if (kind == RuntimeKind.CPYTHON || kind == RuntimeKind.ASYNCIO) {
          assertTrue(bytecode <= 1, kind + ": " + bytecode + " lanes run bytecode at tick " + tick);
        }
        if (kind != RuntimeKind.ASYNCIO) {
          assertTrue(onCores <= cores, onCores + " lanes on " + cores + " cores at tick " + tick);
        }
      }
    }
  }

  @Property(tries = 100)
  void sameScenarioSameHash(@ForAll("kinds") RuntimeKind kind, @ForAll("programs") List<List<PyOp>> programs) {
    RuntimeScenario s = scenario(kind, 2, 4, programs);
    assertEquals(RuntimeSimulator.run(s).hash(), RuntimeSimulator.run(s).hash());
  }
}
