package org.timeslice.model.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.lifecycle.State;

/** "You are the scheduler": steps by hand, undo, kill, and what the detectors say. */
class SessionTest {
  @Test
  void lostUpdateByHand() {
    Session s = new Session(SyncPresets.byId("counter-race").program());
    assertEquals("LOAD r0, x", s.program().ops(0).get(0).text());
    StepRecord first = s.step(0);
    assertEquals(new StepRecord(1, 0, 0, "LOAD r0, x", "r0 = 0"), first);
    assertEquals(State.RUNNING, s.state().threadState(0));
    s.step(1); // T1 loads 0 too; T0 is preempted
    assertEquals(State.READY, s.state().threadState(0));
    s.step(0);
    s.step(0);
    assertEquals(State.TERMINATED, s.state().threadState(0));
    assertEquals(1, s.state().variable("x"));
    s.step(1);
    s.step(1);
    assertEquals(1, s.state().variable("x"));
    assertTrue(s.state().allTerminated());
    assertArrayEquals(new int[0], s.choices());
    assertEquals(List.of(0, 1, 0, 0, 1, 1), s.schedule());
  }

  @Test
  void undoReturnsTheIdenticalState() {
    Session s = new Session(SyncPresets.byId("producer-consumer").program());
    SyncState start = s.state();
    s.step(1); // SET
    SyncState afterOne = s.state();
    s.step(1); // TAKE on an empty queue: blocks
    assertEquals(State.WAITING, s.state().threadState(1));
    s.step(0);
    s.step(0); // PUT hands 1 straight to the consumer, who wakes past its TAKE
    assertEquals(State.READY, s.state().threadState(1));
    assertEquals(1, s.state().register(1, 1));
    assertEquals(2, s.state().pc(1));
    s.undo();
    s.undo();
    s.undo();
    assertEquals(afterOne, s.state());
    s.undo();
    assertEquals(start, s.state());
    assertFalse(s.canUndo());
    assertThrows(IllegalStateException.class, s::undo);
  }

  @Test
  void aThreadThatMayNotStepIsRefused() {
    Session s = new Session(SyncPresets.byId("counter-locked").program());
    s.step(0);
    s.step(1); // blocks on m
    assertThrows(IllegalArgumentException.class, () -> s.step(1));
    assertEquals("owner T0 — blocked on mutex m", s.records().get(1).note());
  }

  @Test
  void killingALockHolderStrandsTheOthers() {
    Session s = new Session(SyncPresets.byId("kill-holder").program());
    s.step(0); // T0 locks m
    StepRecord kill = s.kill(0);
    assertEquals("killed while holding m: it is never released", kill.note());
    assertTrue(s.state().isKilled(0));
    assertEquals(0, s.state().mutexOwner("m"));
    s.step(1); // T1 blocks forever
    assertTrue(s.state().isStuck());
    Diagnosis d = Diagnosis.of(s.state(), 20);
    assertEquals(Diagnosis.Kind.STUCK, d.kind());
    assertEquals("Stuck: T1 waits for mutex m held by killed T0. Nobody can ever wake them.", d.message());
    assertEquals(List.of(0, -1, 1), s.schedule()); // -1 - t encodes "kill t"
    assertEquals(s.state(), Session.replay(s.program(), s.schedule()).state());
  }

  @Test
  void deadlockIsNamedWithItsCycle() {
    Session s = Session.replay(SyncPresets.byId("two-locks").program(), List.of(0, 1, 0, 1));
    Diagnosis d = Diagnosis.of(s.state(), 20);
    assertEquals(Diagnosis.Kind.DEADLOCK, d.kind());
    assertEquals("Deadlock: T0 waits for b held by T1; T1 waits for a held by T0. Nobody can ever continue.",
        d.message());
  }

  @Test
  void backoffInLockstepIsALivelock() {
    // P0 and P1 each take their left fork, fail to get the right, put the left back, yield, jump: in
    // lockstep forever, with no meal eaten. Each round is 6 steps per philosopher after the first SET/PHASE.
    Session s = new Session(Philosophers.program(2, Philosophers.Strategy.TRY_LOCK_BACKOFF, 1));
    for (int i = 0; i < 2; i++) { // SET, PHASE
      s.step(0);
      s.step(1);
    }
    for (int round = 0; round < 5; round++) {
      for (int i = 0; i < 6; i++) { // LOCK, TRY_LOCK (fails), JUMP_IF_NONZERO, UNLOCK, YIELD, JUMP
        s.step(0);
        s.step(1);
      }
    }
    assertEquals(64, s.steps());
    assertEquals(0, s.state().progress(0) + s.state().progress(1));
    assertEquals(Diagnosis.Kind.LIVELOCK, Diagnosis.of(s.state(), 50).kind());
    assertEquals(Diagnosis.Kind.RUNNING, Diagnosis.of(s.state(), 100).kind());
  }

  @Test
  void aPhilosopherWhoNeverGetsToEatIsStarving() {
    Session s = new Session(Philosophers.program(2, Philosophers.Strategy.NAIVE, 5));
    while (s.state().isRunnable(0)) {
      s.step(0);
    }
    Diagnosis d = Diagnosis.of(s.state(), 30);
    assertEquals(Diagnosis.Kind.STARVATION, d.kind());
    assertEquals(List.of(1), d.threads());
  }

  @Test
  void cpythonOffersOnlyTheRunningThreadBetweenSwitchPoints() {
    Session s = new Session(SyncPresets.byId("loop-increment").program().withSwitchPoints(SwitchPoints.CPYTHON_311));
    assertArrayEquals(new int[] {0, 1}, s.choices());
    s.step(0); // SET: not a switch point
    assertArrayEquals(new int[] {0}, s.choices());
    for (int i = 0; i < 5; i++) { // LOAD, ADD, STORE, ADD, JUMP_IF_NONZERO (taken, backward)
      s.step(0);
    }
    assertArrayEquals(new int[] {0, 1}, s.choices());
  }

  @Test
  void anEventWakesEveryWaiterAndStaysSetUntilCleared() {
    SyncProgram.Builder b = SyncProgram.builder().event("go", false).variable("x", 0);
    b.thread("A").waitEvent("go").atomicAdd("x", 1);
    b.thread("B").waitEvent("go").atomicAdd("x", 1);
    b.thread("C").setEvent("go").clearEvent("go").waitEvent("go");
    Session s = new Session(b.build());
    s.step(0);
    s.step(1);
    assertEquals(List.of(0, 1), s.state().eventWaiters(0));
    s.step(2); // SET_EVENT wakes both
    assertEquals(State.READY, s.state().threadState(0));
    assertEquals(State.READY, s.state().threadState(1));
    assertTrue(s.state().eventSet(0));
    s.step(2); // CLEAR_EVENT
    s.step(2); // C now waits for an event nobody will set
    s.step(0);
    s.step(1);
    assertEquals(2, s.state().variable("x"));
    assertEquals(Diagnosis.Kind.STUCK, Diagnosis.of(s.state(), 20).kind());
    assertEquals("Stuck: C waits for event go. Nobody can ever wake them.", Diagnosis.of(s.state(), 20).message());
  }

  @Test
  void seededSchedulerPreemptsEveryKSteps() {
    SyncProgram race = SyncPresets.byId("counter-race").program();
    Session k1 = SeededScheduler.run(race, SeededScheduler.Mode.EVERY_K_STEPS, 1, 0, 1000);
    assertEquals(List.of(0, 1, 0, 1, 0, 1), k1.schedule());
    assertEquals(1, k1.state().variable("x"));
    Session k3 = SeededScheduler.run(race, SeededScheduler.Mode.EVERY_K_STEPS, 3, 0, 1000);
    assertEquals(List.of(0, 0, 0, 1, 1, 1), k3.schedule());
    assertEquals(2, k3.state().variable("x"));
  }

  @Test
  void randomSchedulerIsAFunctionOfItsSeed() {
    SyncProgram loop = SyncPresets.byId("loop-increment").program();
    boolean lost = false;
    for (long seed = 0; seed < 40; seed++) {
      Session a = SeededScheduler.run(loop, SeededScheduler.Mode.RANDOM, 2, seed, 1000);
      Session b = SeededScheduler.run(loop, SeededScheduler.Mode.RANDOM, 2, seed, 1000);
      assertEquals(a.schedule(), b.schedule());
      assertTrue(a.state().allTerminated());
      lost |= a.state().variable("x") < 4;
    }
    assertTrue(lost, "some seed loses an update");
  }
}
