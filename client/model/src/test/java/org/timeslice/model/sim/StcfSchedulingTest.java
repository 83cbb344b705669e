package org.timeslice.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timeslice.model.sim.Gantt.*;

import org.junit.jupiter.api.Test;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.trace.TraceEvent;

class StcfSchedulingTest {
  private static final SchedulerSpec STCF = SchedulerSpec.of(Policy.STCF);

  @Test
  void aLateShortArrivalPreemptsALongerRunningTask() {
    SimulationResult r = run(scenario(STCF, task("A", 0, cpu(8)), task("B", 2, cpu(3))));
    assertCores(r, "AABBBAAAAAA");
    assertTrue(r.trace().contains(
        new TraceEvent(2, "A", State.RUNNING, State.READY, Event.PREEMPTED, 0)));
    assertEquals(0, task(r, "B").response());
  }

  @Test
  void aTieInRemainingTimeDoesNotPreempt() {
    SimulationResult r = run(scenario(STCF, task("A", 0, cpu(5)), task("B", 2, cpu(3))));
    assertCores(r, "AAAAABBB");
  }

  @Test
  void stcfJudgesTheRemainingCpuOfTheWholeProgram() {
    SimulationResult r = run(scenario(STCF, task("C", 0, cpu(2), io(5), cpu(10)),
        task("D", 0, cpu(3))));
    assertCores(r, "DDDCC.....CCCCCCCCCC");
  }

  @Test
  void onTwoCoresTheWorstRunningTaskIsPreemptedTiesGoingToTheLaterArrivalOrName() {
    SimulationResult r = run(scenario(2, 0, STCF, task("A", 0, cpu(6)), task("B", 0, cpu(6)),
        task("C", 2, cpu(1))));
    assertCores(r, "AAAAAA.", "BBCBBBB");
  }
}
