package org.timeslice.model.multicpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.ostep.PythonRandom;

/** multi.py's machine, on runs small enough to follow by hand. */
class MultiRunTest {

  private static MultiJob job(String name, int run, int wset, Integer... affinity) {
    return new MultiJob(name, run, wset, List.of(affinity));
  }

  private static MultiRun.Result run(List<MultiJob> jobs, int cpus, boolean perCpu, int slice, int peek,
      int cache, int warmRate, int warmup) {
    return MultiRun.run(new MultiSpec(jobs, cpus, perCpu, slice, peek, false, cache, warmRate, warmup),
        new PythonRandom(0));
  }

  private static List<Integer> timeLeft(MultiRun.Result r, int cpu) {
    List<Integer> left = new ArrayList<>();
    for (MultiTick t : r.ticks()) {
      left.add(t.cpus().get(cpu).timeLeft());
    }
    return left;
  }

  /*
   * One CPU, a job of 10 with a working set of 50 in a cache of 100, warm-up 3, warm rate 2: three cold
   * ticks (the third completes the warm-up, but its rate was read before), then 2 per tick: 9 8 7 5 3 1 0.
   */
  @Test
  void aJobRunsColdUntilItHasWarmedTheCacheThenAtTheWarmRate() {
    MultiRun.Result r = run(List.of(job("a", 10, 50)), 1, false, 100, 0, 100, 2, 3);
    assertEquals(List.of(9, 8, 7, 5, 3, 1, 0), timeLeft(r, 0));
    assertEquals(7, r.finishTime());
    assertArrayEquals(new long[] {7}, r.ran());
    assertArrayEquals(new long[] {4}, r.ranWarm());
    assertEquals(" ", r.ticks().get(1).cpus().get(0).cache());
    assertEquals("w", r.ticks().get(2).cpus().get(0).cache());
  }

  @Test
  void aWorkingSetLargerThanTheCacheNeverWarms() {
    MultiRun.Result r = run(List.of(job("a", 5, 200)), 1, false, 100, 0, 100, 2, 0);
    assertEquals(5, r.finishTime());
    assertArrayEquals(new long[] {0}, r.ranWarm());
  }

  /* Two jobs of 60 share a cache of 100: each one warming pushes the other out, so neither stays warm. */
  @Test
  void warmingOneWorkingSetPushesTheLastOneOut() {
    MultiRun.Result r = run(List.of(job("a", 4, 60), job("b", 4, 60)), 1, false, 1, 0, 100, 2, 1);
    assertEquals("w ", r.ticks().get(0).cpus().get(0).cache()); // a warmed after its first tick
    assertEquals(" w", r.ticks().get(1).cpus().get(0).cache()); // b warmed, a pushed out
    assertEquals("b", r.ticks().get(1).cpus().get(0).job());
  }

  /* A shared queue, slice 2: at t2 the interrupt requeues a and b behind c; c goes to CPU 0, a to CPU 1. */
  @Test
  void aJobThatRunsOnAnotherCpuThanLastTimeHasMigrated() {
    MultiRun.Result r = run(List.of(job("a", 10, 0), job("b", 10, 0), job("c", 10, 0)), 2, false, 2, 0,
        100, 2, 0);
    MultiTick t2 = r.ticks().get(2);
    assertTrue(t2.interrupt());
    assertEquals("c", t2.cpus().get(0).job());
    assertEquals("a", t2.cpus().get(1).job());
    assertTrue(t2.cpus().get(1).migrated());
    assertFalse(r.ticks().get(1).cpus().get(1).migrated());
    assertEquals(List.of(List.of("b")), t2.queues());
  }

  /*
   * Per-CPU queues deal a, b, c as [a, c] and [b]. At t1 (peek 1) CPU 1's queue is empty: it steals c from
   * CPU 0 when c has no affinity; with affinity [0, 1] the tool's test is `1 in job`, run time 7 or working
   * set 7, so it does not.
   */
  @Test
  void anIdleQueueStealsButTheToolsAffinityTestLooksAtTheWholeJob() {
    MultiRun.Result free = run(List.of(job("a", 3, 0), job("b", 1, 0), job("c", 7, 7)), 2, true, 100, 1,
        100, 1, 0);
    assertEquals(List.of(List.of("a", "c"), List.of("b")), free.initialQueues());
    assertEquals(List.of(new MultiTick.Move("c", 0, 1)), free.ticks().get(1).steals());
    MultiRun.Result pinned = run(List.of(job("a", 3, 0), job("b", 1, 0), job("c", 7, 7, 0, 1)), 2, true, 100,
        1, 100, 1, 0);
    assertTrue(pinned.ticks().get(1).steals().isEmpty());
  }

  @Test
  void stealingWithOneCpuStopsAsTheToolDoes() {
    MultiRun.Result r = run(List.of(job("a", 5, 0)), 1, true, 100, 3, 100, 1, 0);
    assertEquals("IndexError: Cannot choose from an empty sequence", r.crash());
    assertEquals(3, r.finishTime());
    assertEquals(3, r.ticks().size());
  }
}
