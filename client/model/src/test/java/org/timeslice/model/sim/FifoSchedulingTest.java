package org.timeslice.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.timeslice.model.sim.Gantt.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.trace.TraceEvent;

class FifoSchedulingTest {
  private static final SchedulerSpec FIFO = SchedulerSpec.of(Policy.FIFO);

  @Test
  void fifoRunsTasksInArrivalOrderToCompletion() {
    SimulationResult r = run(scenario(FIFO, task("A", 0, cpu(3)), task("B", 0, cpu(2)),
        task("C", 1, cpu(1))));
    assertCores(r, "AAABBC");
    assertEquals(6, r.makespan());
    assertEquals(3, task(r, "A").completionTick());
    assertEquals(5, task(r, "B").completionTick());
    assertEquals(3, task(r, "B").waitTicks());
    assertEquals(4, task(r, "C").response());
    assertEquals(5, task(r, "C").turnaround());
  }

  @Test
  void sameTickArrivalsQueueInScenarioOrder() {
    SimulationResult r = run(scenario(FIFO, task("B", 0, cpu(1)), task("A", 0, cpu(1))));
    assertCores(r, "BA");
  }

  @Test
  void ioFreesTheCoreAndTheTaskRequeuesWhenItCompletes() {
    // A: cpu 2 (0-1), io 3 (2-4), ready at 5 behind B, B runs 2..6, A runs 7.
    SimulationResult r = run(scenario(FIFO, task("A", 0, cpu(2), io(3), cpu(1)),
        task("B", 0, cpu(5))));
    assertCores(r, "AABBBBBA");
    TaskMetrics a = task(r, "A");
    assertEquals(8, a.completionTick());
    assertEquals(3, a.ioTicks());
    assertEquals(3, a.cpuTicks());
    assertEquals(2, a.waitTicks());
    assertEquals(3, r.ioBusyTicks());
    assertEquals(8, r.cpuBusyTicks());
  }

  @Test
  void theTraceNamesEveryLifecycleChangeAtItsTick() {
    SimulationResult r = run(scenario(FIFO, task("A", 1, cpu(1), io(2), cpu(1))));
    assertEquals(List.of(
        new TraceEvent(1, "A", State.NEW, State.READY, Event.ADMITTED, -1),
        new TraceEvent(1, "A", State.READY, State.RUNNING, Event.DISPATCHED, 0),
        new TraceEvent(2, "A", State.RUNNING, State.WAITING, Event.IO_REQUESTED, 0),
        new TraceEvent(4, "A", State.WAITING, State.READY, Event.IO_COMPLETED, -1),
        new TraceEvent(4, "A", State.READY, State.RUNNING, Event.DISPATCHED, 0),
        new TraceEvent(5, "A", State.RUNNING, State.TERMINATED, Event.EXITED, 0)), r.trace());
    assertCores(r, ".A..A");
    assertEquals(List.of(State.NEW, State.RUNNING, State.WAITING, State.WAITING, State.RUNNING),
        r.timeline().states().get("A"));
  }

  @Test
  void aTaskWhoseLastOpIsIoNeedsACoreToExitButNoCpuTime() {
    SimulationResult r = run(scenario(FIFO, task("A", 0, cpu(1), io(2)), task("B", 0, cpu(4))));
    // A's I/O completes at 3; A waits for B (until 5), is dispatched at 5 and exits at 5.
    assertCores(r, "ABBBB");
    assertEquals(5, task(r, "A").completionTick());
    assertEquals(2, task(r, "A").waitTicks());
    assertEquals(1, task(r, "A").cpuTicks());
  }

  @Test
  void ioOpsOverlapAndAFreedCoreTakesWhoeverIsReadyLowestCoreFirst() {
    SimulationResult r = run(scenario(2, 0, FIFO, task("A", 0, cpu(1), io(4), cpu(1)),
        task("B", 0, cpu(2), io(4), cpu(1))));
    // A exits at 6 and frees core 0 as B's I/O completes: B moves to core 0 (lowest free core).
    assertCores(r, "A....AB", "BB.....");
    assertEquals(5, r.ioBusyTicks());
  }

  @Test
  void idleGapsBeforeLateArrivalsAreIdleCoreTicks() {
    SimulationResult r = run(scenario(FIFO, task("A", 3, cpu(2))));
    assertCores(r, "...AA");
    assertEquals(0.4, r.cpuUtilization(), 1e-9);
  }
}
