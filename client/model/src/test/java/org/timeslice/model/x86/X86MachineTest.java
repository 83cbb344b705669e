package org.timeslice.model.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.core.InvalidScenarioException;

/** OSTEP x86.py runs computed by hand from the rules in ostep-semantics.md §5. */
class X86MachineTest {
  /** OSTEP's threads-intro/looping-race-nolock.s. */
  static final String LOOPING_RACE_NOLOCK = X86Samples.LOOPING_RACE_NOLOCK;

  private static List<Integer> runs(int... threadsAndCounts) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < threadsAndCounts.length; i += 2) {
      out.addAll(Collections.nCopies(threadsAndCounts[i + 1], threadsAndCounts[i]));
    }
    return out;
  }

  @Test
  void withoutInterruptsEachThreadRunsToItsHalt() {
    // 6·bx + 1 = 7 instructions per thread; the countdown (50) never reaches 0.
    X86Run r = X86Machine.run(X86Program.parse(LOOPING_RACE_NOLOCK), 2, 50, null, "bx=1");
    assertEquals(runs(0, 7, 1, 7), r.schedule());
    assertEquals(2, r.memory(2000));
    assertEquals(1000, r.steps().get(0).address());
    assertEquals("mov 2000, %ax", r.steps().get(0).text());
  }

  @Test
  void anInterruptAfterEveryInstructionLosesTheUpdate() {
    // -i 1: the threads alternate; both load 0 before either stores 1. At the end T0 halts (switch to T1),
    // the countdown hits 0 (switch again: T0 is done, so T1 itself), T1 halts.
    X86Run r = X86Machine.run(X86Program.parse(LOOPING_RACE_NOLOCK), 2, 1, null, "bx=1");
    assertEquals(List.of(0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1), r.schedule());
    assertEquals(1, r.memory(2000));
  }

  @Test
  void anIntervalOfThreeKeepsEachIncrementWhole() {
    // T0: load, add, store (2000 = 1) | T1: load 1, add, store (2000 = 2) | T0: sub, test, jgt |
    // T1: sub, test, jgt | T0: halt (switch to T1, countdown 3 -> 2) | T1: halt.
    X86Run r = X86Machine.run(X86Program.parse(LOOPING_RACE_NOLOCK), 2, 3, null, "bx=1");
    assertEquals(runs(0, 3, 1, 3, 0, 3, 1, 3, 0, 1, 1, 1), r.schedule());
    assertEquals(2, r.memory(2000));
  }

  @Test
  void aHaltOnTheCountdownsEndSwitchesTwiceAndSkipsAThread() {
    // -i 7, three threads of 7 instructions: T0's halt is its 7th instruction, so the halt switches to T1
    // and the countdown's end switches again, to T2. T2's halt does the same: to T1, then past T2 and T0
    // (done) back to T1.
    X86Run r = X86Machine.run(X86Program.parse(LOOPING_RACE_NOLOCK), 3, 7, null, "bx=1");
    assertEquals(runs(0, 7, 2, 7, 1, 7), r.schedule());
    assertEquals(3, r.memory(2000));
    X86Step halt = r.steps().get(6);
    assertEquals("halt", halt.text());
    assertTrue(halt.halted() && halt.interrupted(), "two switches after T0's halt");
    assertTrue(!r.steps().get(5).halted() && !r.steps().get(5).interrupted());
  }

  @Test
  void registersPerThreadAndLongerLoops() {
    // bx = 2 for T0 and 1 for T1, no interrupts: T0 adds twice, T1 once.
    X86Run r = X86Machine.run(X86Program.parse(LOOPING_RACE_NOLOCK), 2, 100, null, "bx=2,bx=1");
    assertEquals(runs(0, 13, 1, 7), r.schedule());
    assertEquals(3, r.memory(2000));
    assertEquals(0, r.register(0, 1));
    assertEquals(3, r.register(1, 0));
  }

  @Test
  void addressingModesXchgAndFetchadd() {
    String src = String.join("\n",
        "mov $3, %bx",
        "mov $4, 100(%bx)      # memory[103] = 4",
        "mov $1, %cx",
        "mov 102(%bx,%cx), %ax # ax = memory[106] = 0",
        "mov $9, (%bx)         # memory[3] = 9",
        "mov $2, %dx",
        "fetchadd %dx, 103     # dx = 4, memory[103] = 6",
        "xchg %bx, 3           # bx = 9, memory[3] = 3",
        "halt");
    X86Run r = X86Machine.run(X86Program.parse(src), 1, 50, null, null);
    assertEquals(6, r.memory(103));
    assertEquals(3, r.memory(3));
    assertEquals(4, r.register(0, 3));
    assertEquals(9, r.register(0, 1));
    assertEquals(0, r.register(0, 0));
  }

  @Test
  void yieldForcesASwitch() {
    String src = String.join("\n", "yield", "halt");
    X86Run r = X86Machine.run(X86Program.parse(src), 2, 50, null, null);
    assertEquals(List.of(0, 1, 0, 1), r.schedule());
  }

  @Test
  void randomIntervalsAreReproducible() {
    X86Run a = X86Machine.run(X86Program.parse(LOOPING_RACE_NOLOCK), 2, 5, 7L, "bx=5");
    X86Run b = X86Machine.run(X86Program.parse(LOOPING_RACE_NOLOCK), 2, 5, 7L, "bx=5");
    assertEquals(a.schedule(), b.schedule());
    assertEquals(2 * (6 * 5 + 1), a.steps().size());
    assertTrue(a.memory(2000) <= 10);
  }

  @Test
  void theSpinLockNeverLosesAnUpdate() {
    for (int interval = 1; interval <= 12; interval++) {
      X86Run r = X86Machine.run(X86Program.parse(X86Samples.TEST_AND_SET), 2, interval, null, "bx=3");
      assertEquals(6, r.memory(2000), "interval " + interval);
      assertEquals(0, r.memory(2001), "lock released");
    }
    // Without the lock some interval loses an update (interval 1 alternates every instruction).
    assertTrue(X86Machine.run(X86Program.parse(LOOPING_RACE_NOLOCK), 2, 1, null, "bx=3").memory(2000) < 6);
  }

  @Test
  void errorsNameTheLine() {
    InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
        () -> X86Program.parse("mov $12, %ax\nhalt"));
    assertEquals("line 1: an immediate is $ and one digit (x86.py reads no more), not $12", e.getMessage());
    assertEquals("line 2: no label .nowhere", assertThrows(InvalidScenarioException.class,
        () -> X86Program.parse("nop\njgt .nowhere")).getMessage());
    assertEquals("line 1: unknown register %ex (ax, bx, cx, dx)", assertThrows(InvalidScenarioException.class,
        () -> X86Program.parse("mov $1, %ex")).getMessage());
    assertThrows(InvalidScenarioException.class, () -> X86Machine.run(X86Program.parse("nop"), 1, 5, null, null));
    assertEquals("line 1: .var declarations are not supported here yet: use numeric addresses such as 2000",
        assertThrows(InvalidScenarioException.class, () -> X86Program.parse(".var count\nhalt")).getMessage());
    assertThrows(InvalidScenarioException.class,
        () -> X86Machine.run(X86Program.parse("halt"), 2, 5, null, "bx=1,bx=2,bx=3"));
  }
}
