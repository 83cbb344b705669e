package org.timeslice.model.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.timeslice.model.core.InvalidScenarioException;

/** Outcome counts computed by hand, and the lessons' promises (locked variants never go wrong). */
class ExplorerTest {
  private static Exploration explore(String presetId, SwitchPoints sp) {
    SyncPreset p = SyncPresets.byId(presetId);
    return Explorer.explore(p.program().withSwitchPoints(sp), p.observed(), Explorer.DEFAULT_MAX_STATES);
  }

  private static Exploration explore(String presetId) {
    return explore(presetId, SwitchPoints.ANY_MICRO_STEP);
  }

  @Test
  void unlockedIncrementHasTwentyInterleavingsOfWhichEighteenLoseAnUpdate() {
    // 6 micro-steps, 3 per thread: C(6,3) = 20 orders. x = 2 only if one thread's STORE precedes the
    // other's LOAD, i.e. the two threads run one after the other: 2 orders. The other 18 lose an update.
    Exploration e = explore("counter-race");
    assertEquals(20, e.interleavings());
    assertEquals(List.of("x = 1", "x = 2"), e.outcomes().stream().map(Outcome::label).toList());
    assertEquals(18, e.outcome("x = 1").interleavings());
    assertEquals(2, e.outcome("x = 2").interleavings());
    assertFalse(e.cyclic());
    assertFalse(e.truncated());
  }

  @Test
  void lockedIncrementOnlyEverGivesTwo() {
    // Whoever locks first (2 ways) runs LOAD, ADD, STORE, UNLOCK; the other's LOCK falls after the first
    // LOCK, after LOAD, ADD or STORE (blocks, 4 ways) or after UNLOCK (1 way): 2 × 5 = 10 schedules.
    Exploration e = explore("counter-locked");
    assertEquals(List.of("x = 2"), e.outcomes().stream().map(Outcome::label).toList());
    assertEquals(10, e.interleavings());
  }

  @Test
  void atomicIncrementIsOneStepPerThread() {
    Exploration e = explore("counter-atomic");
    assertEquals(List.of("x = 2"), e.outcomes().stream().map(Outcome::label).toList());
    assertEquals(2, e.interleavings());
  }

  @Test
  void witnessReplaysToItsOutcome() {
    Exploration e = explore("counter-race");
    Outcome lost = e.outcome("x = 1");
    Session replay = Session.replay(SyncPresets.byId("counter-race").program(), lost.witness());
    assertEquals(lost.witness().size(), replay.steps());
    assertTrue(replay.state().allTerminated());
    assertEquals(1, replay.state().variable("x"));
  }

  @Test
  void cpythonKeepsALoopOfIncrementsWhole() {
    // Switch points only at the backward jump ending iteration 1 and at exit: each thread is two chunks
    // (SET + iteration 1, iteration 2), and 2 + 2 chunks interleave in C(4,2) = 6 ways, all giving 4.
    Exploration cpython = explore("loop-increment", SwitchPoints.CPYTHON_311);
    assertEquals(List.of("x = 4"), cpython.outcomes().stream().map(Outcome::label).toList());
    assertEquals(6, cpython.interleavings());
    Exploration any = explore("loop-increment", SwitchPoints.ANY_MICRO_STEP);
    assertEquals(List.of("x = 2", "x = 3", "x = 4"), any.outcomes().stream().map(Outcome::label).toList());
    Exploration free = explore("loop-increment", SwitchPoints.FREE_THREADED);
    assertEquals(any.outcomes(), free.outcomes());
  }

  @Test
  void cpythonCanSwitchAtACallBetweenLoadAndStore() {
    Exploration e = explore("loop-call", SwitchPoints.CPYTHON_311);
    assertEquals(List.of("x = 2", "x = 3", "x = 4"), e.outcomes().stream().map(Outcome::label).toList());
  }

  @Test
  void twoLocksInOppositeOrderDeadlockInFourSchedules() {
    // Deadlock iff both first LOCKs (2 orders) come before both second LOCKs (2 orders): 4 schedules.
    Exploration e = explore("two-locks");
    Outcome deadlock = e.outcome(Explorer.DEADLOCK);
    assertNotNull(deadlock);
    assertEquals(4, deadlock.interleavings());
    assertEquals(1, deadlock.endStates()); // who blocked last does not matter: the states merge
    assertEquals(List.of(0, 1, 0, 1), deadlock.witness());
    SyncState end = Session.replay(SyncPresets.byId("two-locks").program(), deadlock.witness()).state();
    assertEquals(List.of(0, 1), WaitForGraph.of(end).cycle());
    assertNull(explore("two-locks-ordered").outcome(Explorer.DEADLOCK));
  }

  @Test
  void aSignalBeforeTheWaitIsLost() {
    // Waiter L W U, signaller L S U. Waiter locks first: the signaller's LOCK falls before W (blocks) or
    // after it; either way the signal finds the waiter: 2 finished. Signaller locks first: the waiter's
    // LOCK falls after L, after S or after U (3 ways), and its WAIT always comes after the signal: 3 stuck.
    Exploration e = explore("lost-wakeup");
    assertEquals(2, e.outcome(Explorer.FINISHED).interleavings());
    assertEquals(3, e.outcome(Explorer.STUCK).interleavings());
    assertEquals(List.of("ready = 1"), explore("condition-flag").outcomes().stream().map(Outcome::label).toList());
  }

  @Test
  void lockingTwiceDeadlocksAPlainLockButNotAReentrantOne() {
    Exploration plain = explore("self-deadlock");
    assertEquals(List.of(Explorer.DEADLOCK), plain.outcomes().stream().map(Outcome::label).toList());
    assertEquals(1, plain.interleavings());
    SyncState end = Session.replay(SyncPresets.byId("self-deadlock").program(), plain.outcome(Explorer.DEADLOCK)
        .witness()).state();
    assertEquals("Deadlock: T0 waits for m held by T0. Nobody can ever continue.",
        Diagnosis.of(end, 20).message());
    assertEquals(List.of("x = 1"), explore("reentrant").outcomes().stream().map(Outcome::label).toList());
  }

  @Test
  void semaphoreKeepsAThirdThreadOut() {
    assertEquals(List.of("overfull = 0"), explore("semaphore").outcomes().stream().map(Outcome::label).toList());
    assertNotNull(explore("no-semaphore").outcome("overfull = 1"));
  }

  @Test
  void producerConsumerSumsEveryItemOnce() {
    Exploration e = explore("producer-consumer");
    assertEquals(List.of("sum = 6"), e.outcomes().stream().map(Outcome::label).toList());
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 5})
  void naivePhilosophersCanDeadlockAndOrderedOnesCannot(int n) {
    Exploration naive = Explorer.explore(Philosophers.program(n, Philosophers.Strategy.NAIVE, 1), List.of(),
        Explorer.DEFAULT_MAX_STATES);
    assertFalse(naive.truncated());
    assertNotNull(naive.outcome(Explorer.DEADLOCK));
    assertNotNull(naive.outcome(Explorer.FINISHED));
    for (Philosophers.Strategy safe : List.of(Philosophers.Strategy.RESOURCE_ORDERING,
        Philosophers.Strategy.WAITER)) {
      Exploration e = Explorer.explore(Philosophers.program(n, safe, 1), List.of(), Explorer.DEFAULT_MAX_STATES);
      assertFalse(e.truncated(), safe + " explored fully");
      assertEquals(List.of(Explorer.FINISHED), e.outcomes().stream().map(Outcome::label).toList(), safe.name());
    }
  }

  @Test
  void twoNaivePhilosophersDeadlockInTwelveSchedules() {
    // Each runs PHASE hungry (h), LOCK left (a), LOCK right (b). Deadlock iff both a come before both b:
    // h0 a0 and h1 a1 interleave in C(4,2) = 6 ways, then the two blocking b in 2 orders: 12.
    Exploration e = Explorer.explore(Philosophers.program(2, Philosophers.Strategy.NAIVE, 1), List.of(),
        Explorer.DEFAULT_MAX_STATES);
    assertEquals(12, e.outcome(Explorer.DEADLOCK).interleavings());
  }

  @Test
  void backoffPhilosophersNeverDeadlockButCanLoopForever() {
    Exploration e = Explorer.explore(Philosophers.program(3, Philosophers.Strategy.TRY_LOCK_BACKOFF, 1),
        List.of(), Explorer.DEFAULT_MAX_STATES);
    assertTrue(e.cyclic());
    assertEquals(-1, e.interleavings());
    assertEquals(List.of(Explorer.FINISHED), e.outcomes().stream().map(Outcome::label).toList());
  }

  @Test
  void budgetIsReportedWhenHit() {
    Exploration e = Explorer.explore(Philosophers.program(4, Philosophers.Strategy.NAIVE, 2), List.of(), 50);
    assertTrue(e.truncated());
    assertEquals(50, e.statesExplored());
    assertThrows(InvalidScenarioException.class, () -> Explorer.explore(
        SyncPresets.byId("counter-race").program(), List.of(), 0));
    InvalidScenarioException bad = assertThrows(InvalidScenarioException.class, () -> Explorer.explore(
        SyncPresets.byId("counter-race").program(), List.of("y"), 10));
    assertEquals("observed", bad.field());
  }

  @Test
  void misuseIsAnOutcomeNotACrash() {
    SyncProgram.Builder b = SyncProgram.builder().mutex("m");
    b.thread("T0").lock("m").unlock("m");
    b.thread("T1").unlock("m");
    Exploration e = Explorer.explore(b.build(), List.of(), 100);
    assertTrue(e.outcomes().stream().anyMatch(o -> o.label().startsWith("error: T1 unlocks m")));
  }
}
