package org.timeslice.model.ostep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.timeslice.model.ostep.OstepFixtures.metrics;
import static org.timeslice.model.ostep.OstepFixtures.ran;
import static org.timeslice.model.ostep.OstepFixtures.responseTurnaround;
import static org.timeslice.model.ostep.OstepFixtures.rows;
import static org.timeslice.model.ostep.OstepFixtures.run;
import static org.timeslice.model.ostep.OstepFixtures.twoDecimals;

import org.junit.jupiter.api.Test;
import org.timeslice.model.sim.SimulationResult;

/**
 * Seeded OSTEP command lines with golden numbers. The expected values were produced by a separate,
 * throwaway Python re-implementation of the rules in ostep-semantics.md that draws its workloads with
 * CPython's own {@code random} (so these also pin {@link PythonRandom} and {@link OstepCommandLine}); it
 * agreed with this package on 3,000 random command lines of all three tools before these were copied.
 */
class OstepGoldenTest {

  /* -s 1 -l 5:50 draws 0.134, 0.847, 0.764, 0.259, 0.511 → cpu, io, io, cpu, io (draw < 0.5 is cpu). */
  @Test
  void aSeededRandomProcessMatchesTheReference() {
    SimulationResult r = run("process-run.py -s 1 -l 5:50 -L 5 -c -p");
    assertEquals(17, r.makespan());
    assertEquals(7, r.cpuBusyTicks());
    assertEquals(10, r.ioBusyTicks());
    assertEquals("R/0 R/0 B/- B/- B/- B/- B/- R/0 R/0 B/- B/- B/- B/- B/- R/0 R/0 R/0", rows(r));
  }

  /* A 0% process still consumes one draw per instruction, so the 100% process after it is unaffected. */
  @Test
  void aZeroPercentProcessIsAllIoAndTheNextAllCpu() {
    SimulationResult r = run("process-run.py -s 2 -l 3:0,5:100 -c -p");
    assertEquals(21, r.makespan());
    assertEquals(11, r.cpuBusyTicks());
    assertEquals(15, r.ioBusyTicks());
    assertEquals("Rr/0 BR/1 BR/1 BR/1 BR/1 BR/1 RD/0 RD/0 BD/- BD/- BD/- BD/- BD/- RD/0 RD/0 BD/- BD/-"
        + " BD/- BD/- BD/- RD/0", rows(r));
  }

  @Test
  void switchOnEndWithImmediateIoDoneMatchesTheReference() {
    SimulationResult r = run("process-run.py -s 4 -l 6:40,4:60,5:50 -S SWITCH_ON_END"
        + " -I IO_RUN_IMMEDIATE -L 3");
    assertEquals(35, r.makespan());
    assertEquals(20, r.cpuBusyTicks());
    assertEquals(15, r.ioBusyTicks());
  }

  @Test
  void immediateIoDoneWithTwoProcessesMatchesTheReference() {
    SimulationResult r = run("process-run.py -s 9 -l 8:30,8:70 -I IO_RUN_IMMEDIATE -L 2");
    assertEquals(26, r.makespan());
    assertEquals(23, r.cpuBusyTicks());
    assertEquals(13, r.ioBusyTicks());
    assertEquals("Rr/0 BR/1 BR/1 Rr/0 Rr/0 BR/1 BR/1 Rr/0 Rr/0 Rr/0 BR/1 BB/- RB/0 rR/1 rR/1 rR/1 RB/0"
        + " RB/0 BR/1 BR/1 RD/0 RD/0 BD/- BD/- RD/0 RD/0", rows(r));
  }

  /* -j 5 -m 10 -s 7 draws lengths 4, 2, 7, 1, 6 (int(10·r) + 1). */
  @Test
  void seededSjfJobsMatchTheReference() {
    SimulationResult r = run("scheduler.py -p SJF -j 5 -m 10 -s 7");
    assertEquals(20, r.makespan());
    assertEquals("3/7/3 1/3/1 13/20/13 0/1/0 7/13/7", metrics(r));
    assertEquals("4.80", twoDecimals(r.averages().response()));
    assertEquals("8.80", twoDecimals(r.averages().turnaround()));
    assertEquals("4.80", twoDecimals(r.averages().waitTicks()));
  }

  @Test
  void seededRoundRobinJobsMatchTheReference() {
    SimulationResult r = run("scheduler.py -p RR -q 3 -j 4 -m 20 -s 11");
    assertEquals(51, r.makespan());
    assertEquals("0/37/27 3/40/28 6/51/32 9/44/34", metrics(r));
    assertEquals("4.50", twoDecimals(r.averages().response()));
    assertEquals("43.00", twoDecimals(r.averages().turnaround()));
    assertEquals("30.25", twoDecimals(r.averages().waitTicks()));
  }

  /* -j 3 -s 3 draws (run, ioFreq) = (24, 5), (37, 6), (62, 1). */
  @Test
  void seededMlfqJobsMatchTheReference() {
    SimulationResult r = run("mlfq.py -j 3 -s 3 -n 3 -q 10 -M 10 -m 100");
    assertEquals(382, r.makespan());
    assertEquals(123, r.cpuBusyTicks());
    assertEquals(323, r.ioBusyTicks());
    assertEquals("0/55 5/80 11/382", responseTurnaround(r));
    assertEquals("5.33", twoDecimals(r.averages().response()));
    assertEquals("172.33", twoDecimals(r.averages().turnaround()));
  }

  @Test
  void mlfqWithEveryOptionMatchesTheReference() {
    SimulationResult r = run("mlfq.py -j 2 -m 60 -M 8 -s 5 -Q 2,4,8 -A 1,2,3 -B 30 -S -I -i 4");
    assertEquals(96, r.makespan());
    assertEquals(84, r.cpuBusyTicks());
    assertEquals(42, r.ioBusyTicks());
    assertEquals("0/78 2/96", responseTurnaround(r));
    assertEquals("0011000011110000100--11111110000110011110000100--1100001100111-0001111000111-0--"
        + "1111111----11111", ran(r));
  }
}
