package org.timeslice.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.timeslice.model.sim.Gantt.*;

import org.junit.jupiter.api.Test;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.SchedulerSpec;

class SjfSchedulingTest {
  private static final SchedulerSpec SJF = SchedulerSpec.of(Policy.SJF);

  @Test
  void sjfRunsTheShortestReadyBurstWhenTheCoreFreesButNeverPreempts() {
    SimulationResult r = run(scenario(SJF, task("A", 0, cpu(8)), task("B", 1, cpu(4)),
        task("C", 2, cpu(2)), task("D", 2, cpu(4))));
    // B and D tie on 4: B arrived first.
    assertCores(r, "AAAAAAAACCBBBBDDDD");
    assertEquals(6, task(r, "C").response());
  }

  @Test
  void sjfBreaksAFullTieByName() {
    SimulationResult r = run(scenario(SJF, task("X", 0, cpu(3)), task("W", 0, cpu(3))));
    assertCores(r, "WWWXXX");
  }

  @Test
  void sjfJudgesTheNextCpuBurstNotTheWholeProgram() {
    SimulationResult r = run(scenario(SJF, task("C", 0, cpu(2), io(5), cpu(10)),
        task("D", 0, cpu(3))));
    assertCores(r, "CCDDD..CCCCCCCCCC");
  }
}
