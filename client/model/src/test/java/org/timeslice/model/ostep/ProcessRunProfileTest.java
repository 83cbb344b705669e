package org.timeslice.model.ostep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.timeslice.model.ostep.OstepFixtures.metrics;
import static org.timeslice.model.ostep.OstepFixtures.processRun;
import static org.timeslice.model.ostep.OstepFixtures.rows;
import static org.timeslice.model.ostep.OstepFixtures.run;
import static org.timeslice.model.scenario.OstepOptions.IoDoneBehavior.IO_RUN_IMMEDIATE;
import static org.timeslice.model.scenario.OstepOptions.IoDoneBehavior.IO_RUN_LATER;
import static org.timeslice.model.scenario.OstepOptions.SwitchBehavior.SWITCH_ON_END;
import static org.timeslice.model.scenario.OstepOptions.SwitchBehavior.SWITCH_ON_IO;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.OstepOptions.IoDoneBehavior;
import org.timeslice.model.scenario.OstepOptions.SwitchBehavior;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.sim.SimulationResult;

/**
 * The ostep-process-run profile against hand-computed process-run.py runs. Row t of the tool is our tick
 * t − 1. {@link OstepFixtures#rows} writes a row as a letter per process (R RUN, r READY, B BLOCKED, D DONE)
 * then "/" and the pid that executed an instruction ("-" when the CPU is idle).
 */
class ProcessRunProfileTest {

  /*
   * process-run.py -l 5:100,5:100 -c -p
   *   t=1..5   P0 RUN:cpu   P1 READY
   *   t=6..10  P0 DONE      P1 RUN:cpu       (P0 finished at the end of t=5; pick(0) → P1)
   *   Stats: Total Time 10, CPU Busy 10 (100.00%), IO Busy 0 (0.00%)
   */
  @Test
  void twoCpuOnlyProcessesRunOneAfterTheOther() {
    SimulationResult r = run("./process-run.py -l 5:100,5:100 -c -p");
    assertEquals(10, r.makespan());
    assertEquals(10, r.cpuBusyTicks());
    assertEquals(0, r.ioBusyTicks());
    assertEquals("Rr/0 Rr/0 Rr/0 Rr/0 Rr/0 DR/1 DR/1 DR/1 DR/1 DR/1", rows(r));
    assertEquals("0/5/0 5/10/5", metrics(r));
    assertEquals(List.of("0 P0 ADMITTED", "0 P1 ADMITTED", "0 P0 DISPATCHED", "5 P0 EXITED",
        "5 P1 DISPATCHED", "10 P1 EXITED"), OstepFixtures.events(r));
  }

  private static Scenario c1iAndC8(SwitchBehavior sw, IoDoneBehavior io) {
    return processRun(sw, io, List.of(List.of(Op.cpu(1), Op.io(5)), List.of(Op.cpu(8))));
  }

  /*
   * process-run.py -P c1,i:c8 -L 5 -S SWITCH_ON_IO -I IO_RUN_LATER
   *   t=1      P0 RUN:cpu      P1 READY
   *   t=2      P0 RUN:io       P1 READY     → P0 BLOCKED, I/O done at 2+5+1 = 8; pick → P1
   *   t=3..7   P0 BLOCKED      P1 RUN:cpu   (IOs 1: IO busy 5)
   *   t=8      P0 READY        P1 RUN:cpu   (I/O done; 2 runnable, so P0 waits for its turn)
   *   t=9,10   P0 READY        P1 RUN:cpu   → P1 DONE after t=10, pick → P0
   *   t=11     P0 RUN:io_done  P1 DONE
   *   Total 11, CPU Busy 11, IO Busy 5
   */
  @Test
  void ioRunLaterLetsTheCompletedProcessWaitWhileAnotherRuns() {
    SimulationResult r = run(c1iAndC8(SWITCH_ON_IO, IO_RUN_LATER));
    assertEquals(11, r.makespan());
    assertEquals(11, r.cpuBusyTicks());
    assertEquals(5, r.ioBusyTicks());
    assertEquals("Rr/0 Rr/0 BR/1 BR/1 BR/1 BR/1 BR/1 rR/1 rR/1 rR/1 RD/0", rows(r));
    assertEquals("0/11/3 2/10/2", metrics(r));
    assertEquals(5, r.tasks().get(0).ioTicks());
    assertEquals(3, r.tasks().get(0).cpuTicks());
  }

  /*
   * process-run.py -P c1,i:c8 -L 5 -S SWITCH_ON_IO -I IO_RUN_IMMEDIATE
   *   t=1..7   as above
   *   t=8      P0 RUN:io_done  P1 READY     (I/O done: P1 preempted, P0 runs at once) → P0 DONE, pick → P1
   *   t=9..11  P0 DONE         P1 RUN:cpu
   *   Total 11, CPU Busy 11, IO Busy 5; P1 waited at t=1, 2 and 8
   */
  @Test
  void ioRunImmediatePreemptsTheRunningProcess() {
    SimulationResult r = run(c1iAndC8(SWITCH_ON_IO, IO_RUN_IMMEDIATE));
    assertEquals(11, r.makespan());
    assertEquals("Rr/0 Rr/0 BR/1 BR/1 BR/1 BR/1 BR/1 Rr/0 DR/1 DR/1 DR/1", rows(r));
    assertEquals("0/8/0 2/11/3", metrics(r));
    assertEquals(5, r.ioBusyTicks());
    assertEquals(List.of("7 P0 IO_COMPLETED", "7 P1 PREEMPTED", "7 P0 DISPATCHED", "8 P0 EXITED",
        "8 P1 DISPATCHED"), OstepFixtures.events(r).subList(5, 10));
  }

  /*
   * process-run.py -P c1,i:c8 -L 5 -S SWITCH_ON_END (-I either)
   *   t=1      P0 RUN:cpu      P1 READY
   *   t=2      P0 RUN:io       P1 READY     → P0 BLOCKED until 8; no switch
   *   t=3..7   P0 BLOCKED      P1 READY     (CPU idle, IO busy)
   *   t=8      P0 RUN:io_done  P1 READY     → P0 DONE, pick → P1
   *   t=9..16  P0 DONE         P1 RUN:cpu
   *   Total 16, CPU Busy 11 (68.75%), IO Busy 5
   */
  @Test
  void switchOnEndIdlesTheCpuDuringIoWhateverTheIoDoneBehavior() {
    for (IoDoneBehavior io : IoDoneBehavior.values()) {
      SimulationResult r = run(c1iAndC8(SWITCH_ON_END, io));
      assertEquals(16, r.makespan());
      assertEquals(11, r.cpuBusyTicks());
      assertEquals(5, r.ioBusyTicks());
      assertEquals("Rr/0 Rr/0 Br/- Br/- Br/- Br/- Br/- Rr/0 DR/1 DR/1 DR/1 DR/1 DR/1 DR/1 DR/1 DR/1",
          rows(r));
      assertEquals("0/8/0 8/16/8", metrics(r));
      assertEquals(11.0 / 16, r.cpuUtilization());
    }
  }

  /*
   * process-run.py -P c1,i:c2 -L 5 (SWITCH_ON_IO, IO_RUN_LATER)
   *   t=1 P0 RUN:cpu; t=2 P0 RUN:io → BLOCKED until 8, pick → P1
   *   t=3,4 P1 RUN:cpu → P1 DONE; nothing READY, cur stays P1
   *   t=5..7 P0 BLOCKED, P1 DONE, CPU idle
   *   t=8 P0's I/O done; it is the only runnable process, so it runs io_done at once
   *   Total 8, CPU Busy 5, IO Busy 5
   */
  @Test
  void aCompletedIoRunsAtOnceWhenNothingElseCanRun() {
    SimulationResult r = run("process-run.py -P c1,i:c2 -L 5");
    assertEquals(8, r.makespan());
    assertEquals(5, r.cpuBusyTicks());
    assertEquals(5, r.ioBusyTicks());
    assertEquals("Rr/0 Rr/0 BR/1 BR/1 BD/- BD/- BD/- RD/0", rows(r));
  }

  /*
   * process-run.py -P i,c1:c1 -L 0
   *   t=1  P0 RUN:io      P1 READY   → P0 BLOCKED, done at 1+0+1 = 2; pick → P1
   *   t=2  P0 READY       P1 RUN:cpu (I/O done; 2 runnable, P0 waits) → P1 DONE, pick → P0
   *   t=3  P0 RUN:io_done; t=4 P0 RUN:cpu → DONE
   *   Total 4, CPU Busy 4, IO Busy 0; P0 is never shown BLOCKED (its WAITING lasts 0 ticks)
   */
  @Test
  void anIoOfLengthZeroNeverShowsBlocked() {
    SimulationResult r = run("process-run.py -P i,c1:c1 -L 0");
    assertEquals(4, r.makespan());
    assertEquals(4, r.cpuBusyTicks());
    assertEquals(0, r.ioBusyTicks());
    assertEquals("Rr/0 rR/1 RD/0 RD/0", rows(r));
    assertEquals(List.of("1 P0 IO_REQUESTED", "1 P1 DISPATCHED", "1 P0 IO_COMPLETED"),
        OstepFixtures.events(r).subList(3, 6));
    assertEquals(0, r.tasks().get(0).ioTicks());
  }

  /*
   * process-run.py -l 0:100,2:100
   *   t=1  P0 RUNNING (no instruction, CPU idle) → P0 DONE, pick → P1
   *   t=2,3  P1 RUN:cpu
   *   Total 3, CPU Busy 2
   */
  @Test
  void aProcessWithNoInstructionsSpendsOneIdleTickRunning() {
    SimulationResult r = run("process-run.py -l 0:100,2:100");
    assertEquals(3, r.makespan());
    assertEquals(2, r.cpuBusyTicks());
    assertEquals("Rr/- DR/1 DR/1", rows(r));
    assertEquals(State.RUNNING, r.timeline().states().get("P0").get(0));
    assertNull(r.timeline().cores().get(0).get(0));
    assertEquals("0/1/0 1/3/1", metrics(r));
  }

  /* process-run.py -l 2:100,0:100,1:100: t=1,2 P0; t=3 P1 RUNNING idle; t=4 P2. Total 4, CPU Busy 3. */
  @Test
  void anEmptyProcessInTheMiddleAlsoCostsOneTick() {
    SimulationResult r = run("process-run.py -l 2:100,0:100,1:100");
    assertEquals("Rrr/0 Rrr/0 DRr/- DDR/2", rows(r));
    assertEquals(3, r.cpuBusyTicks());
  }

  /*
   * Per-op I/O lengths (not expressible with the tool's single -L): P0 = [io 3], P1 = [io 2].
   *   t=1  P0 RUN:io      P1 READY    → P0 done at 1+3+1 = 5; pick → P1
   *   t=2  P0 BLOCKED     P1 RUN:io   → P1 done at 2+2+1 = 5; nothing READY       (IOs 1)
   *   t=3,4  both BLOCKED, CPU idle                                              (IOs 2, counted once)
   *   t=5  pid order: P0 done → only runnable → RUNNING; P1 done → 2 runnable → READY
   *        P0 RUN:io_done → DONE, pick → P1
   *   t=6  P1 RUN:io_done → DONE
   *   Total 6, CPU Busy 4, IO Busy 3
   */
  @Test
  void twoIoCompletionsOnOneTickAreHandledInPidOrder() {
    SimulationResult r = run(processRun(SWITCH_ON_IO, IO_RUN_LATER,
        List.of(List.of(Op.io(3)), List.of(Op.io(2)))));
    assertEquals(6, r.makespan());
    assertEquals(4, r.cpuBusyTicks());
    assertEquals(3, r.ioBusyTicks());
    assertEquals("Rr/0 BR/1 BB/- BB/- Rr/0 DR/1", rows(r));
    assertEquals("0/5/0 1/6/2", metrics(r));
  }

  @Test
  void aProcessMustArriveAtZero() {
    Scenario s = processRun(SWITCH_ON_IO, IO_RUN_LATER, List.of(List.of(Op.cpu(1))))
        .withTasks(List.of(TaskSpec.of("P0", 3, Op.cpu(1))));
    assertEquals("tasks[0].arrival",
        assertThrows(InvalidScenarioException.class, () -> OstepSimulator.run(s, false)).field());
  }

  @Test
  void moreThanOneCoreIsRejected() {
    Scenario s = processRun(SWITCH_ON_IO, IO_RUN_LATER, List.of(List.of(Op.cpu(1))))
        .withMachine(new Machine(2, 0));
    assertEquals("machine",
        assertThrows(InvalidScenarioException.class, () -> OstepSimulator.run(s, false)).field());
  }

  @Test
  void noProcessesMeansNoTime() {
    SimulationResult r = run(processRun(SWITCH_ON_IO, IO_RUN_LATER, List.of()));
    assertEquals(0, r.makespan());
    assertEquals(0, r.trace().size());
  }

  /*
   * process-run.py -l 4:0,2:100 -L 0 -c -p (the tool's output is a golden case): an I/O of length 0 is
   * never BLOCKED; its io_done runs at the next tick. Simulator.run validates first, so this also checks
   * that {"io": 0} is a legal op under the OSTEP profile.
   */
  @Test
  void aZeroLengthIoCompletesAtTheNextTick() {
    org.timeslice.model.sim.SimulationResult r =
        org.timeslice.model.sim.Simulator.run(OstepCommandLine.parse("process-run.py -l 4:0,2:100 -L 0 -c -p"), true);
    assertEquals(10, r.makespan());
    assertEquals(10, r.cpuBusyTicks());
    assertEquals(0, r.ioBusyTicks());
    assertEquals("Rr/0 rR/1 rR/1 RD/0 RD/0 RD/0 RD/0 RD/0 RD/0 RD/0", rows(r));
  }
}
