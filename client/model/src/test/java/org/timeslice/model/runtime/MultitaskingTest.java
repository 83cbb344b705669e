package org.timeslice.model.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.timeslice.model.runtime.RuntimeFixtures.lane;

import org.junit.jupiter.api.Test;

/** The three lessons tick by tick (1 tick = 1 ms, quantum 3, no costs), computed by hand. */
class MultitaskingTest {
  @Test
  void aGreedyTaskIsPreemptedAsAThreadButKeepsTheLoop() {
    Multitasking.Result r = Multitasking.run(Multitasking.byId("greedy"), 3);
    // Threads, one core, slices of 3 in FIFO order: A 0-2, B 3 (then sleeps 2: blocked 4-5), C 4 (sleeps
    // 5-6), A 5-7, B 8 (ready again since 6), C 9, A 10-12, then A alone until its 20 ticks end at 24.
    assertEquals("RRRrrRRRrrRRRRRRRRRRRRRR", lane(r.threads(), 0));
    assertEquals("rrrRbbrrR...............", lane(r.threads(), 1));
    // The loop: A runs its 20 ticks; B and C wait in the ready deque the whole time.
    assertEquals("RRRRRRRRRRRRRRRRRRRR", lane(r.asyncio(), 0).substring(0, 20));
    assertEquals('r', lane(r.asyncio(), 1).charAt(19));
  }

  @Test
  void aBlockingCallStallsTheLoopButNotTheThreads() {
    Multitasking.Result r = Multitasking.run(Multitasking.byId("blocking"), 3);
    assertEquals(10, r.asyncio().loopStallTicks());
    assertEquals(0, r.threads().loopStallTicks());
    // As threads, B and C finish while A sleeps.
    RuntimeResult t = r.threads();
    assertEquals(LaneState.DONE, t.stateAt(1, 10));
    assertEquals(LaneState.BLOCKED, t.stateAt(0, 10));
  }
}
