package org.timeslice.model.ostep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timeslice.model.ostep.OstepFixtures.ran;
import static org.timeslice.model.ostep.OstepFixtures.responseTurnaround;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.OstepOptions;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Profile;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.sim.SimulationResult;
import org.timeslice.model.sim.Simulator;

/** The {@code ostep-lottery} profile against hand-worked runs of lottery.py (the tool prints the same). */
class LotteryProfileTest {

  /** Jobs {length, tickets}, quantum, seed, draws skipped. */
  static Scenario lottery(int quantum, long seed, int skip, int[]... jobs) {
    List<TaskSpec> tasks = new ArrayList<>();
    for (int j = 0; j < jobs.length; j++) {
      tasks.add(new TaskSpec("J" + j, 0, 0, jobs[j][1], List.of(Op.cpu(jobs[j][0]))));
    }
    return new Scenario(1, "lottery.py", Profile.OSTEP_LOTTERY, Machine.singleCore(),
        SchedulerSpec.of(Policy.LOTTERY).withQuantumTicks(quantum), tasks, seed, OstepOptions.lottery(skip));
  }

  /*
   * lottery.py -l 2:1,1:3 -s 1 -c. random.seed(1) gives 0.134364…, 0.847433…, 0.763774…, so r = 134364,
   * 847434, 763775. Round 0: ticket 134364 % 4 = 0 → J0 (tickets 0..0), 2 → 1 left, clock 1. Round 1: 847434
   * % 4 = 2 → J1 (tickets 1..3), done at 2, total 1. Round 2: 763775 % 1 = 0 → J0, done at 3.
   */
  @Test
  void eachRoundDrawsATicketAndWalksTheJobsInOrder() {
    OstepSimulator.LotteryLog log = OstepSimulator.runLottery(lottery(1, 1, 0, new int[] {2, 1},
        new int[] {1, 3}), true);
    assertEquals(List.of(new LotteryDraw(0, 0, 134364, 0, 4, 0, 2, 1, false),
        new LotteryDraw(1, 1, 847434, 2, 4, 1, 1, 0, true),
        new LotteryDraw(2, 2, 763775, 0, 1, 0, 1, 0, true)), log.draws());
    SimulationResult r = log.result();
    assertEquals(3, r.makespan());
    assertEquals("0/3 1/2", responseTurnaround(r));
    assertEquals("010", ran(r));
    assertEquals(r.hash(), Simulator.run(lottery(1, 1, 0, new int[] {2, 1}, new int[] {1, 3}), false).hash());
  }

  /*
   * lottery.py -l 1:1,1:1 -q 3 -s 2 -c: r = 956035 → ticket 1 → J1, which needs 1 tick but is charged the
   * whole quantum: done at 3 (the CPU idles for 2 ticks); then J0, done at 6.
   */
  @Test
  void aLastSliceShorterThanTheQuantumIsChargedTheWholeQuantum() {
    SimulationResult r = OstepSimulator.run(lottery(3, 2, 0, new int[] {1, 1}, new int[] {1, 1}), true);
    assertEquals(6, r.makespan());
    assertEquals("3/6 0/3", responseTurnaround(r));
    assertEquals("1--0--", ran(r));
    assertEquals(2, r.cpuBusyTicks());
  }

  /* The draws after skipping k are the seeded stream's draws k, k+1, … (lottery.py's random jobs come first). */
  @Test
  void skippedDrawsShiftTheStream() {
    PythonRandom stream = new PythonRandom(5);
    for (int k = 0; k < 4; k++) {
      stream.random();
    }
    int expected = (int) (stream.random() * 1000001);
    LotteryDraw first = OstepSimulator.runLottery(lottery(1, 5, 4, new int[] {3, 10}), false).draws().get(0);
    assertEquals(expected, first.random());
  }

  /* lottery.py -l 0:10 -c: a job of length 0 adds no round, so the tool stops with the job never run. */
  @Test
  void whenTheRoundsRunOutWithJobsLeftThereIsNoTrace() {
    Scenario s = lottery(1, 0, 0, new int[] {0, 10}, new int[] {1, 5});
    OstepSimulator.LotteryLog log = OstepSimulator.runLottery(s, false);
    assertEquals(1, log.draws().size());
    assertNull(log.result());
    InvalidScenarioException e = assertThrows(InvalidScenarioException.class, () -> OstepSimulator.run(s, false));
    assertEquals("tasks", e.field());
  }

  @Test
  void jobsWithoutTicketsNeverWinAndTheToolStopsWhenOnlyTheyAreLeft() {
    OstepSimulator.LotteryLog log = OstepSimulator.runLottery(lottery(1, 3, 0, new int[] {2, 0},
        new int[] {1, 4}), false);
    assertEquals(1, log.draws().size());
    assertEquals(1, log.draws().get(0).job());
    assertTrue(log.ticketsRanOut());
    assertThrows(InvalidScenarioException.class,
        () -> Simulator.run(lottery(1, 3, 0, new int[] {2, 0}, new int[] {1, 4}), false),
        "a scenario's tasks need at least one ticket");
  }
}
