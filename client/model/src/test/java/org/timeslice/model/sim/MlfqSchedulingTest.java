package org.timeslice.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.timeslice.model.sim.Gantt.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.RequeueOrder;
import org.timeslice.model.scenario.SchedulerSpec;

class MlfqSchedulingTest {
  private static SchedulerSpec mlfq(int boostTicks, boolean stayAfterIo, boolean ioBumpToFront,
      MlfqLevel... levels) {
    return new SchedulerSpec(Policy.MLFQ, 10, false, 0, List.of(levels), boostTicks, stayAfterIo,
        ioBumpToFront, RequeueOrder.NEW_ARRIVAL_FIRST);
  }

  @Test
  void aNewTaskAtTheTopLevelPreemptsADemotedTaskWhichKeepsItsPartlyUsedQuantum() {
    SimulationResult r = run(scenario(mlfq(0, false, false, new MlfqLevel(2, 1),
        new MlfqLevel(4, 1)), task("A", 0, cpu(7)), task("B", 3, cpu(2))));
    assertCores(r, "AAABBAAAA");
  }

  @Test
  void withoutBoostTwoDemotedTasksShareTheBottomLevel() {
    SimulationResult r = run(scenario(mlfq(0, false, false, new MlfqLevel(2, 1),
        new MlfqLevel(2, 1)), task("A", 0, cpu(10)), task("B", 0, cpu(10))));
    assertCores(r, "AABBAABBAABBAABBAABB");
  }

  @Test
  void aBoostMovesEveryTaskBackToTheTopWithAFreshQuantum() {
    Simulation sim = Simulation.create(scenario(mlfq(6, false, false, new MlfqLevel(2, 1),
        new MlfqLevel(2, 1)), task("A", 0, cpu(10)), task("B", 0, cpu(10))));
    for (int i = 0; i < 6; i++) {
      sim.step();
    }
    assertEquals(0, sim.snapshot().task("A").mlfqLevel());
    assertEquals(0, sim.snapshot().task("B").mlfqLevel());
    assertEquals(0, sim.snapshot().task("A").quantumUsedTicks());
    SimulationResult r = sim.runToEnd(true);
    assertCores(r, "AABBAAAABBAAAABBBBBB");
  }

  @Test
  void stayAfterIoLetsATaskGameTheSchedulerByYieldingJustBeforeItsQuantumEnds() {
    SimulationResult r = run(scenario(mlfq(0, true, false, new MlfqLevel(3, 1),
        new MlfqLevel(3, 1)), task("G", 0, cpu(2), io(1), cpu(2), io(1), cpu(2)),
        task("H", 0, cpu(8))));
    assertCores(r, "GGHHHGGHGGHHHH");
  }

  @Test
  void withoutStayAfterIoTheAllotmentCountsAcrossIoAndTheGamerIsDemoted() {
    SimulationResult r = run(scenario(mlfq(0, false, false, new MlfqLevel(3, 1),
        new MlfqLevel(3, 1)), task("G", 0, cpu(2), io(1), cpu(2), io(1), cpu(2)),
        task("H", 0, cpu(8))));
    assertCores(r, "GGHHHGHHHGHHGG");
  }

  @Test
  void ioBumpToFrontPutsATaskBackFromIoAheadOfItsLevel() {
    MlfqLevel level = new MlfqLevel(4, 1);
    SimulationResult normal = run(scenario(mlfq(0, false, false, level),
        task("A", 0, cpu(1), io(1), cpu(1)), task("B", 0, cpu(3)), task("C", 0, cpu(3))));
    SimulationResult bumped = run(scenario(mlfq(0, false, true, level),
        task("A", 0, cpu(1), io(1), cpu(1)), task("B", 0, cpu(3)), task("C", 0, cpu(3))));
    assertCores(normal, "ABBBCCCA");
    assertCores(bumped, "ABBBACCC");
  }
}
