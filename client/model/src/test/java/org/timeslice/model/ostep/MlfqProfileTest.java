package org.timeslice.model.ostep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.timeslice.model.ostep.OstepFixtures.ran;
import static org.timeslice.model.ostep.OstepFixtures.responseTurnaround;
import static org.timeslice.model.ostep.OstepFixtures.run;
import static org.timeslice.model.ostep.OstepFixtures.twoDecimals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.sim.SimulationResult;

/**
 * The ostep-mlfq profile against hand-computed mlfq.py runs. "top"/"bottom" are levels 0/1 of the
 * scenario (the tool's highest/lowest queue). {@link OstepFixtures#ran} is the job that ran at each tick
 * ("-" = IDLE); metrics read "response/turnaround".
 */
class MlfqProfileTest {

  /*
   * mlfq.py -n 2 -q 2 -a 2 -l 0,6,0:0,3,0        (J0 runs 6, J1 runs 3, both start at 0)
   *   t0 top [J0 J1]: J0 (time 5, ticks 1)
   *   t1 J0 (time 4, ticks 0): quantum over, allot 2→1: stays top, fresh quantum, to the tail [J1 J0]
   *   t2 J1 (2, 1)   t3 J1 (1, 0): allot 2→1, tail [J0 J1]
   *   t4 J0 (3, 1)   t5 J0 (2, 0): allot 1→0: demoted to bottom           top [J1]  bottom [J0]
   *   t6 J1 (0): FINISHED at 7
   *   t7 J0 (1)      t8 J0 (0): FINISHED at 9
   *   J0 0/9, J1 2/7; averages 1.00 and 8.00
   */
  @Test
  void anAllotmentOfTwoQuantaDemotesOnlyAfterTheSecondQuantum() {
    SimulationResult r = run("mlfq.py -n 2 -q 2 -a 2 -l 0,6,0:0,3,0");
    assertEquals(9, r.makespan());
    assertEquals("001100100", ran(r));
    assertEquals("0/9 2/7", responseTurnaround(r));
    assertEquals("1.00", twoDecimals(r.averages().response()));
    assertEquals("8.00", twoDecimals(r.averages().turnaround()));
    assertEquals(3, r.tasks().get(0).waitTicks());
    assertEquals(4, r.tasks().get(1).waitTicks());
  }

  /*
   * mlfq.py -n 2 -q 4 -a 1 -B 3 -l 0,6,0:0,3,0
   *   t0..2 J0 (ticks 3, 2, 1)
   *   t3 BOOST: every job gets the top level and a fresh quantum, J0 included (it heads the top queue)
   *   t3..5 J0 (ticks 3, 2, 1; time 2, 1, 0): FINISHED at 6
   *   t6 BOOST; t6..8 J1: FINISHED at 9
   *   J0 0/6, J1 6/9.  Without -B, J0 is demoted after t3 and J1 runs t4..6 (J0 0/9, J1 4/7).
   */
  @Test
  void aBoostGivesEvenTheRunningJobAFreshQuantum() {
    SimulationResult boosted = run("mlfq.py -n 2 -q 4 -a 1 -B 3 -l 0,6,0:0,3,0");
    assertEquals("000000111", ran(boosted));
    assertEquals("0/6 6/9", responseTurnaround(boosted));
    SimulationResult plain = run("mlfq.py -n 2 -q 4 -a 1 -l 0,6,0:0,3,0");
    assertEquals("000011100", ran(plain));
    assertEquals("0/9 4/7", responseTurnaround(plain));
  }

  /*
   * mlfq.py -n 3 -q 1 -a 1 -B 5 -l 0,3,0:0,3,0:0,3,0      (levels top, mid, low)
   *   t0 J0, t1 J1, t2 J2: each uses its quantum and drops to mid      mid [J0 J1 J2]
   *   t3 J0, t4 J1: drop to low                                         mid [J2]  low [J0 J1]
   *   t5 BOOST: lower queues go to the top lowest level first: top [J0 J1 J2] (not [J2 J0 J1])
   *   t5 J0 FINISHED at 6; t6 J1 FINISHED at 7; t7 J2 (quantum over → mid); t8 J2 FINISHED at 9
   *   J0 0/6, J1 1/7, J2 2/9; averages 1.00, 7.33
   */
  @Test
  void aBoostMovesTheLowestLevelFirst() {
    SimulationResult r = run("mlfq.py -n 3 -q 1 -a 1 -B 5 -l 0,3,0:0,3,0:0,3,0");
    assertEquals("012010122", ran(r));
    assertEquals("0/6 1/7 2/9", responseTurnaround(r));
    assertEquals("7.33", twoDecimals(r.averages().turnaround()));
  }

  /*
   * mlfq.py -n 2 -q 2 -a 1 -i 1 -S -l 0,4,2:0,6,0
   *   t0 J0 (time 3, ticks 1)
   *   t1 J0 (time 2, ticks 0): I/O (2 % 2 == 0), done at 3; -S resets ticks and allotment, but the
   *      quantum expiry is decided on ticks 0 from before the reset: allot 1→0, J0 demoted to bottom
   *   t2 J1 (5, 1)
   *   t3 J0's I/O done → bottom [J0]; J1 (4, 0): demoted, bottom [J0 J1]
   *   t4, t5 J0: FINISHED at 6;  t6..9 J1: FINISHED at 10
   *   J0 0/6, J1 2/10; IO busy 1 (tick 2)
   */
  @Test
  void stayAfterIoStillDemotesWhenTheQuantumRunsOutOnTheIoTick() {
    SimulationResult r = run("mlfq.py -n 2 -q 2 -a 1 -i 1 -S -l 0,4,2:0,6,0");
    assertEquals("0011001111", ran(r));
    assertEquals("0/6 2/10", responseTurnaround(r));
    assertEquals(1, r.ioBusyTicks());
    assertEquals(10, r.cpuBusyTicks());
  }

  /*
   * mlfq.py -n 2 -q 3 -a 1 -i 1 [-S] -l 0,4,2:0,6,0
   *   t0 J0 (ticks 2), t1 J0 (ticks 1): I/O at time 2, done at 3 (no expiry this tick)
   *     with -S the quantum is refilled to 3; without, J0 keeps ticks 1
   *   t2 J1 (ticks 2); t3 J0 back at top's tail, J1 (ticks 1); t4 J1 (ticks 0) → demoted
   *   with -S:    t5 J0 (ticks 2), t6 J0 FINISHED at 7; t7..9 J1 FINISHED at 10    → J0 0/7, J1 2/10
   *   without -S: t5 J0 (ticks 0) → demoted behind J1; t6..8 J1 FINISHED at 9; t9 J0 at 10 → 0/10, 2/9
   */
  @Test
  void stayAfterIoRefillsTheQuantumSoTheJobKeepsItsLevel() {
    SimulationResult stay = run("mlfq.py -n 2 -q 3 -a 1 -i 1 -S -l 0,4,2:0,6,0");
    assertEquals("0011100111", ran(stay));
    assertEquals("0/7 2/10", responseTurnaround(stay));
    SimulationResult plain = run("mlfq.py -n 2 -q 3 -a 1 -i 1 -l 0,4,2:0,6,0");
    assertEquals("0011101110", ran(plain));
    assertEquals("0/10 2/9", responseTurnaround(plain));
  }

  /*
   * mlfq.py -n 1 -q 10 -i 2 -I -l 0,4,1:0,6,0      (J0 does I/O after every tick of CPU)
   *   t0 J0 → I/O, done at 3;  t1, t2 J1
   *   t3 J0 returns to the FRONT of the queue and runs (J1 keeps its place behind it) → I/O, done at 6
   *   t4, t5 J1;  t6 J0 → I/O, done at 9;  t7, t8 J1: FINISHED at 9;  t9 J0: FINISHED at 10
   *   J0 0/10, J1 1/9; IO busy 6 (ticks 1, 2, 4, 5, 7, 8)
   */
  @Test
  void ioBumpPutsAJobReturningFromIoAtTheFrontOfItsQueue() {
    SimulationResult r = run("mlfq.py -n 1 -q 10 -i 2 -I -l 0,4,1:0,6,0");
    assertEquals("0110110110", ran(r));
    assertEquals("0/10 1/9", responseTurnaround(r));
    assertEquals(6, r.ioBusyTicks());
  }

  /*
   * mlfq.py -n 1 -q 10 -i 2 -l 0,2,1:3,2,0
   *   t0 J0 → I/O, done at 3; t1, t2 IDLE
   *   t3 events in insertion order: J1's arrival (inserted before the run), then J0's IO_DONE → [J1 J0]
   *   t3, t4 J1: FINISHED at 5; t5 J0: FINISHED at 6       → J0 0/6, J1 0/2
   * With -I the completion goes to the front instead: [J0 J1]
   *   t3 J0: FINISHED at 4; t4, t5 J1: FINISHED at 6          → J0 0/4, J1 1/3
   */
  @Test
  void anArrivalIsQueuedBeforeAnIoCompletionOnTheSameTick() {
    SimulationResult r = run("mlfq.py -n 1 -q 10 -i 2 -l 0,2,1:3,2,0");
    assertEquals("0--110", ran(r));
    assertEquals("0/6 0/2", responseTurnaround(r));
    assertEquals(State.NEW, r.timeline().states().get("J1").get(2));
    SimulationResult bumped = run("mlfq.py -n 1 -q 10 -i 2 -I -l 0,2,1:3,2,0");
    assertEquals("0--011", ran(bumped));
    assertEquals("0/4 1/3", responseTurnaround(bumped));
  }

  /*
   * mlfq.py -n 1 -q 10 -i 3 -l 0,4,2: run 4 is a multiple of ioFreq 2, so the program is
   * [cpu 2, io 3, cpu 2]: t0, t1 J0 → I/O done at 5; t2..4 IDLE; t5, t6 J0: FINISHED at 7, no last I/O.
   */
  @Test
  void aJobWhoseLengthIsAMultipleOfIoFreqIssuesNoIoAtTheEnd() {
    assertEquals(List.of(Op.cpu(2), Op.io(3), Op.cpu(2)), OstepJobLists.job(0, 0, 4, 2, 3).program());
    SimulationResult r = run("mlfq.py -n 1 -q 10 -i 3 -l 0,4,2");
    assertEquals(7, r.makespan());
    assertEquals("00---00", ran(r));
    assertEquals(3, r.ioBusyTicks());
  }

  @Test
  void aProgramEndingInIoIsRejectedBecauseAFinishingJobNeverIssuesIo() {
    var s = OstepFixtures.mlfq(List.of(new MlfqLevel(10, 1)), 0, false, false,
        List.of(TaskSpec.of("J0", 0, Op.cpu(2), Op.io(3))));
    assertEquals("tasks[0].program",
        assertThrows(InvalidScenarioException.class, () -> OstepSimulator.run(s, false)).field());
  }

  @Test
  void anIoWithoutCpuBeforeItIsRejected() {
    var s = OstepFixtures.mlfq(List.of(new MlfqLevel(10, 1)), 0, false, false,
        List.of(TaskSpec.of("J0", 0, Op.io(3), Op.cpu(2))));
    assertEquals("tasks[0].program[0]",
        assertThrows(InvalidScenarioException.class, () -> OstepSimulator.run(s, false)).field());
  }

  /*
   * mlfq.py only checks ticksLeft == 0 after a decrement, so a quantum of 0 never runs out: J0 runs to its
   * end before J1 (as `mlfq.py -n 1 -q 0 -l 0,4,0:0,3,0 -c` prints). Scenarios still need quantum >= 1.
   */
  @Test
  void aZeroQuantumNeverRunsOutButAScenarioNeedsOne() {
    var s = OstepFixtures.mlfq(List.of(new MlfqLevel(0, 1)), 0, false, false,
        List.of(TaskSpec.of("J0", 0, Op.cpu(4)), TaskSpec.of("J1", 0, Op.cpu(3))));
    assertEquals("0000111", ran(run(s)));
    assertEquals("scheduler.levels[0].quantumTicks", assertThrows(InvalidScenarioException.class,
        () -> org.timeslice.model.sim.Simulator.run(s, false)).field());
  }

  /* Explicit programs generalise ioFreq: different CPU bursts and I/O lengths in one job. */
  @Test
  void explicitProgramsMayVaryBurstAndIoLengths() {
    var s = OstepFixtures.mlfq(List.of(new MlfqLevel(10, 1)), 0, false, false,
        List.of(TaskSpec.of("J0", 0, Op.cpu(1), Op.io(2), Op.cpu(2), Op.io(1), Op.cpu(1)),
            TaskSpec.of("J1", 1, Op.cpu(3))));
    // t0 J0 → I/O done 3; t1 J1 arrives and runs t1, t2; t3 J0 back: queue [J1 J0], J1 runs: done 4
    // t4, t5 J0 → I/O done 7; t6 IDLE; t7 J0: FINISHED at 8
    SimulationResult r = run(s);
    assertEquals("011100-0", ran(r));
    assertEquals("0/8 0/3", responseTurnaround(r));
    assertEquals(3, r.ioBusyTicks());
  }
}
