package org.timeslice.model.ostep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.timeslice.model.ostep.OstepFixtures.metrics;
import static org.timeslice.model.ostep.OstepFixtures.ran;
import static org.timeslice.model.ostep.OstepFixtures.run;
import static org.timeslice.model.ostep.OstepFixtures.scheduler;
import static org.timeslice.model.ostep.OstepFixtures.twoDecimals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.sim.SimulationResult;

/** The ostep-scheduler profile against hand-computed scheduler.py runs. Metrics read "resp/turn/wait". */
class SchedulerProfileTest {

  /*
   * scheduler.py -p FIFO -l 3,0,2
   *   job 0: start 0, runs 0..3       response 0 turnaround 3 wait 0
   *   job 1: start 3, zero length     response 3 turnaround 3 wait 3 (done the moment it is dispatched)
   *   job 2: start 3, runs 3..5       response 3 turnaround 5 wait 3
   *   averages: 6/3 = 2.00, 11/3 = 3.67, 6/3 = 2.00; makespan 5
   */
  @Test
  void fifoRunsJobsInListOrderAndAZeroLengthJobFinishesWhenDispatched() {
    SimulationResult r = run(scheduler(Policy.FIFO, 1, 3, 0, 2));
    assertEquals(5, r.makespan());
    assertEquals("0/3/0 3/3/3 3/5/3", metrics(r));
    assertEquals("2.00", twoDecimals(r.averages().response()));
    assertEquals("3.67", twoDecimals(r.averages().turnaround()));
    assertEquals("2.00", twoDecimals(r.averages().waitTicks()));
    assertEquals("00022", ran(r));
    assertEquals(5, r.cpuBusyTicks());
    assertEquals(0, r.ioBusyTicks());
    assertEquals(1.0, r.cpuUtilization());
    assertEquals(List.of("0 J0 ADMITTED", "0 J1 ADMITTED", "0 J2 ADMITTED", "0 J0 DISPATCHED",
        "3 J0 EXITED", "3 J1 DISPATCHED", "3 J1 EXITED", "3 J2 DISPATCHED", "5 J2 EXITED"),
        OstepFixtures.events(r));
  }

  /*
   * scheduler.py -p SJF -l 5,2,2,0
   *   stable sort by length: J3(0) J1(2) J2(2) J0(5)   (J1 before J2: equal lengths keep list order)
   *   J3 0..0, J1 0..2, J2 2..4, J0 4..9
   *   the tool prints J3, J1, J2, J0; our tasks stay in scenario order J0..J3:
   *   J0 4/9/4  J1 0/2/0  J2 2/4/2  J3 0/0/0; averages 1.50, 3.75, 1.50
   */
  @Test
  void sjfIsAStableSortByLengthButTasksStayInScenarioOrder() {
    SimulationResult r = run(scheduler(Policy.SJF, 1, 5, 2, 2, 0));
    assertEquals(9, r.makespan());
    assertEquals("4/9/4 0/2/0 2/4/2 0/0/0", metrics(r));
    assertEquals("112200000", ran(r));
    assertEquals("1.50", twoDecimals(r.averages().response()));
    assertEquals("3.75", twoDecimals(r.averages().turnaround()));
    assertEquals("1.50", twoDecimals(r.averages().waitTicks()));
  }

  /*
   * scheduler.py -p RR -q 2 -l 4,3,2,0        queue starts [0 1 2 3]
   *   now 0: J0 first run (resp 0), remaining 4 > 2: runs 2 → now 2, requeue    [1 2 3 0]
   *   now 2: J1 first run (resp 2), 3 > 2: runs 2 → now 4, requeue              [2 3 0 1]
   *   now 4: J2 first run (resp 4), 2 == q: runs 2 and finishes, turnaround 6   [3 0 1]
   *   now 6: J3 first run (resp 6), zero length: finishes, turnaround 6         [0 1]
   *   now 6: J0 remaining 2 == q: finishes at 8                                 [1]
   *   now 8: J1 remaining 1: finishes at 9
   *   wait = turnaround − length: 4, 6, 4, 6; averages 3.00, 7.25, 5.00
   */
  @Test
  void roundRobinFinishesAJobWhoseRemainingTimeEqualsTheQuantumInThatSlice() {
    SimulationResult r = run(scheduler(Policy.RR, 2, 4, 3, 2, 0));
    assertEquals(9, r.makespan());
    assertEquals("0/8/4 2/9/6 4/6/4 6/6/6", metrics(r));
    assertEquals("001122001", ran(r));
    assertEquals("3.00", twoDecimals(r.averages().response()));
    assertEquals("7.25", twoDecimals(r.averages().turnaround()));
    assertEquals("5.00", twoDecimals(r.averages().waitTicks()));
    assertEquals(5, r.contextSwitches());
  }

  /* One job of 5 with q 2: slices 0..2, 2..4, 4..5; each requeue is PREEMPTED then DISPATCHED at once. */
  @Test
  void aLoneRoundRobinJobIsRequeuedAndRedispatchedWithoutWaiting() {
    SimulationResult r = run(scheduler(Policy.RR, 2, 5));
    assertEquals("0/5/0", metrics(r));
    assertEquals(List.of("0 J0 ADMITTED", "0 J0 DISPATCHED", "2 J0 PREEMPTED", "2 J0 DISPATCHED",
        "4 J0 PREEMPTED", "4 J0 DISPATCHED", "5 J0 EXITED"), OstepFixtures.events(r));
    assertEquals(0, r.contextSwitches());
  }

  /* With the quantum at least the longest job, RR is FIFO. */
  @Test
  void roundRobinWithALargeQuantumEqualsFifo() {
    SimulationResult rr = run(scheduler(Policy.RR, 8, 8, 3, 5));
    SimulationResult fifo = run(scheduler(Policy.FIFO, 1, 8, 3, 5));
    assertEquals(metrics(fifo), metrics(rr));
    assertEquals(fifo.hash(), rr.hash());
  }

  @Test
  void allZeroLengthJobsGiveAnEmptyTimeline() {
    SimulationResult r = run(scheduler(Policy.RR, 1, 0, 0));
    assertEquals(0, r.makespan());
    assertEquals("0/0/0 0/0/0", metrics(r));
    assertEquals(0, r.timeline().cores().get(0).size());
    assertEquals(0.0, r.cpuUtilization());
  }

  @Test
  void aPolicyTheToolDoesNotHaveIsRejectedNamingTheField() {
    InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
        () -> OstepSimulator.run(scheduler(Policy.STCF, 1, 3), false));
    assertEquals("scheduler.policy", e.field());
  }

  @Test
  void aJobThatArrivesLaterThanZeroIsRejected() {
    var scenario = scheduler(Policy.FIFO, 1, 3).withTasks(List.of(TaskSpec.of("J0", 2, Op.cpu(3))));
    InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
        () -> OstepSimulator.run(scenario, false));
    assertEquals("tasks[0].arrival", e.field());
  }

  @Test
  void aJobWithIoIsRejectedBecauseSchedulerPyJobsAreOneBurst() {
    var scenario = scheduler(Policy.FIFO, 1, 3)
        .withTasks(List.of(TaskSpec.of("J0", 0, Op.cpu(3), Op.io(2))));
    InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
        () -> OstepSimulator.run(scenario, false));
    assertEquals("tasks[0].program", e.field());
  }

  @Test
  void roundRobinNeedsAPositiveQuantum() {
    InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
        () -> OstepSimulator.run(scheduler(Policy.RR, 0, 3), false));
    assertEquals("scheduler.quantumTicks", e.field());
  }
}
