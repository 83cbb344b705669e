package org.timeslice.model.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.timeslice.model.lifecycle.State;

/** Invariants of every reachable state, and the explorer's counts checked against brute force. */
class SyncPropertiesTest {
  @Provide
  Arbitrary<String> presets() {
    return Arbitraries.of(SyncPresets.ALL.stream().map(SyncPreset::id).toList());
  }

  @Provide
  Arbitrary<SwitchPoints> switchPoints() {
    return Arbitraries.of(SwitchPoints.values());
  }

  @Provide
  Arbitrary<List<Integer>> picks() {
    return Arbitraries.integers().between(0, 15).list().ofMinSize(0).ofMaxSize(120);
  }

  /** Drives a session by picks (each an index into the current choices); kills when the pick is 15. */
  private static Session drive(SyncProgram program, List<Integer> picks) {
    Session s = new Session(program);
    for (int pick : picks) {
      int[] choices = s.choices();
      if (choices.length == 0) {
        break;
      }
      int t = choices[pick % choices.length];
      if (pick == 15) {
        s.kill(t);
      } else {
        s.step(t);
      }
      checkInvariants(s.state());
    }
    return s;
  }

  @Property(tries = 300)
  void everyReachableStateIsConsistent(@ForAll("presets") String id, @ForAll("switchPoints") SwitchPoints sp,
      @ForAll("picks") List<Integer> picks) {
    drive(SyncPresets.byId(id).program().withSwitchPoints(sp), picks);
  }

  @Property(tries = 200)
  void undoAndReplayGiveTheIdenticalState(@ForAll("presets") String id, @ForAll("picks") List<Integer> picks) {
    Session s = drive(SyncPresets.byId(id).program(), picks);
    for (int k = s.steps(); k >= 0; k--) {
      SyncState replayed = Session.replay(s.program(), s.schedule().subList(0, k)).state();
      assertEquals(s.stateAt(k), replayed);
    }
    List<SyncState> seen = new ArrayList<>();
    for (int k = 0; k <= s.steps(); k++) {
      seen.add(s.stateAt(k));
    }
    while (s.canUndo()) {
      s.undo();
      assertEquals(seen.get(s.steps()), s.state());
    }
  }

  static void checkInvariants(SyncState s) {
    SyncProgram p = s.program();
    int running = 0;
    int[] onLists = new int[s.threadCount()];
    for (int t = 0; t < s.threadCount(); t++) {
      State st = s.threadState(t);
      running += st == State.RUNNING ? 1 : 0;
      assertEquals(st == State.WAITING, s.waitKind(t) != WaitKind.NONE, "waiting iff waiting on something");
    }
    assertTrue(running <= 1, "one core, at most one RUNNING thread");
    for (int m = 0; m < p.names(SyncProgram.Kind.MUTEX).size(); m++) {
      int owner = s.mutexOwner(m);
      assertEquals(owner < 0, s.mutexHolds(m) == 0, "owned iff held");
      assertTrue(owner < 0 || !p.isReentrant(m) || s.threadState(owner) != State.WAITING
          || s.waitKind(owner) != WaitKind.MUTEX || s.waitObject(owner) != m,
          "the owner of a reentrant lock never waits for it");
      for (int w : s.mutexWaiters(m)) {
        assertWaits(s, w, WaitKind.MUTEX, m);
        onLists[w]++;
        assertTrue(owner >= 0, "nobody waits for a free mutex");
      }
    }
    for (int k = 0; k < p.names(SyncProgram.Kind.SEMAPHORE).size(); k++) {
      assertTrue(s.semaphoreCount(k) == 0 || s.semaphoreWaiters(k).isEmpty(), "no waiting while permits left");
      for (int w : s.semaphoreWaiters(k)) {
        assertWaits(s, w, WaitKind.SEMAPHORE, k);
        onLists[w]++;
      }
    }
    for (int q = 0; q < p.names(SyncProgram.Kind.QUEUE).size(); q++) {
      int size = s.queueItems(q).size();
      assertTrue(s.queuePutters(q).isEmpty() || size == p.capacity(q), "putters wait only on a full queue");
      assertTrue(s.queueTakers(q).isEmpty() || size == 0, "takers wait only on an empty queue");
      for (int w : s.queuePutters(q)) {
        assertWaits(s, w, WaitKind.QUEUE_PUT, q);
        onLists[w]++;
      }
      for (int w : s.queueTakers(q)) {
        assertWaits(s, w, WaitKind.QUEUE_TAKE, q);
        onLists[w]++;
      }
    }
    for (int c = 0; c < p.names(SyncProgram.Kind.CONDITION).size(); c++) {
      for (int w : s.conditionWaiters(c)) {
        assertWaits(s, w, WaitKind.CONDITION, c);
        onLists[w]++;
      }
    }
    for (int e = 0; e < p.names(SyncProgram.Kind.EVENT).size(); e++) {
      assertTrue(!s.eventSet(e) || s.eventWaiters(e).isEmpty(), "nobody waits for a set event");
      for (int w : s.eventWaiters(e)) {
        assertWaits(s, w, WaitKind.EVENT, e);
        onLists[w]++;
      }
    }
    for (int t = 0; t < s.threadCount(); t++) {
      assertEquals(s.threadState(t) == State.WAITING ? 1 : 0, onLists[t], "a waiter is on exactly one list");
    }
  }

  private static void assertWaits(SyncState s, int t, WaitKind kind, int obj) {
    assertEquals(State.WAITING, s.threadState(t), "a waiter is never RUNNING or READY");
    assertEquals(kind, s.waitKind(t));
    assertEquals(obj, s.waitObject(t));
  }

  /** Every complete schedule, enumerated one by one: the explorer's merged counts must agree. */
  @Test
  void explorerCountsEqualBruteForce() {
    for (String id : List.of("counter-race", "counter-locked", "counter-atomic", "two-locks",
        "two-locks-ordered", "kill-holder", "producer-consumer", "lost-wakeup", "condition-flag", "self-deadlock",
        "reentrant", "semaphore", "no-semaphore", "loop-increment")) {
      for (SwitchPoints sp : SwitchPoints.values()) {
        SyncPreset preset = SyncPresets.byId(id);
        SyncProgram program = preset.program().withSwitchPoints(sp);
        Exploration e = Explorer.explore(program, preset.observed(), Explorer.DEFAULT_MAX_STATES);
        Map<String, Long> brute = new TreeMap<>();
        enumerate(SyncMachine.initial(program), preset.observed(), brute);
        Map<String, Long> merged = new TreeMap<>();
        e.outcomes().forEach(o -> merged.put(o.label(), o.interleavings()));
        assertEquals(brute, merged, id + " under " + sp);
      }
    }
  }

  private static void enumerate(SyncState s, List<String> observed, Map<String, Long> out) {
    int[] choices = SyncMachine.choices(s);
    if (choices.length == 0) {
      String label = s.isStuck() ? (WaitForGraph.of(s).hasDeadlock() ? Explorer.DEADLOCK : Explorer.STUCK)
          : Explorer.labelOf(s, observed);
      out.merge(label, 1L, Long::sum);
      return;
    }
    for (int t : choices) {
      enumerate(SyncMachine.step(s, t).state(), observed, out);
    }
  }
}
