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
    assertEquals(0, r.register(0, "bx"));
    assertEquals(3, r.register(1, "ax"));
  }

  @Test
  void addressingModesXchgAndFetchadd() {
    String src = String.join("\n",
        "mov $3, %bx",
        "mov $4, 100(%bx)      # memory[103] = 4",
        "mov $1, %cx",
        "mov 102(%bx), %ax     # ax = memory[105] = 0",
        "mov $9, (%bx)         # memory[3] = 9",
        "mov $2, %dx",
        "fetchadd %dx, 103     # dx = 4, memory[103] = 6",
        "xchg %bx, 3           # bx = 9, memory[3] = 3",
        "halt");
    X86Run r = X86Machine.run(X86Program.parse(src), 1, 50, null, null);
    assertEquals(6, r.memory(103));
    assertEquals(3, r.memory(3));
    assertEquals(4, r.register(0, "dx"));
    assertEquals(9, r.register(0, "bx"));
    assertEquals(0, r.register(0, "ax"));
  }

  @Test
  void varsStackCallAndRetFollowX86Py() {
    String src = String.join("\n",
        ".var count",
        ".var flag",
        ".main",
        "mov $5, count        # count is address 100",
        "mov $7, flag         # flag is address 104",
        "call .f",
        "mov %ax, 2000",
        "push %bx",
        "push 8(%bx)          # pushes the address 8 + bx, not its content",
        "pop %cx              # cx = the stack pointer itself (x86.py's pop_r)",
        "pop",
        "halt",
        ".f",
        "mov count, %ax",
        "add $1, %ax",
        "ret");
    X86Run r = X86Machine.run(X86Program.parse(src), 2, 50, null, "bx=10,bx=20");
    assertEquals(5, r.memory(100));
    assertEquals(7, r.memory(104));
    assertEquals(6, r.memory(2000));
    assertEquals(128000, r.register(0, "sp"), "thread 0's stack starts at 128 * 1000 and is balanced");
    assertEquals(127000, r.register(1, "sp"), "thread 1's starts 1000 lower");
    assertEquals(128000 - 8, r.register(0, "cx"));
    assertEquals(18, r.memory(128000 - 8), "push 8(%bx) stored the address 8 + 10");
    assertEquals(10, r.memory(128000 - 4), "push %bx reused the slot of call's return address");
    assertEquals(List.of("mov $5, count", "mov $7, flag", "call .f", "mov count, %ax", "add $1, %ax", "ret",
        "mov %ax, 2000"), r.steps().subList(0, 7).stream().map(X86Step::text).toList());
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
  void errorsNameTheLineInTheToolsWords() {
    InvalidScenarioException e = assertThrows(InvalidScenarioException.class,
        () -> X86Program.parse("mov $12, %ax\nhalt"));
    assertEquals("line 1: an immediate is $ and one digit (x86.py reads no more), not $12", e.getMessage());
    assertEquals("line 2: no label .nowhere", assertThrows(InvalidScenarioException.class,
        () -> X86Program.parse("nop\njgt .nowhere")).getMessage());
    assertEquals("line 1: Register ex is not a valid register",
        assertThrows(InvalidScenarioException.class, () -> X86Program.parse("mov $1, %ex")).getMessage());
    assertEquals("line 1: malformed usage of test instruction", assertThrows(
        InvalidScenarioException.class, () -> X86Program.parse("test 2000, %ax")).getMessage());
    assertEquals("line 2: illegal opcode .top", assertThrows(
        InvalidScenarioException.class, () -> X86Program.parse("nop\n  .top\nhalt")).getMessage());
    assertEquals("a thread ran past the program into data (a missing halt?)", assertThrows(
        InvalidScenarioException.class, () -> X86Machine.run(X86Program.parse("nop"), 1, 5, null, null)).getMessage());
    assertEquals("line 1: Register cx)  is not a valid register",
        assertThrows(InvalidScenarioException.class, () -> X86Program.parse("mov 4(%bx,%cx), %ax")).getMessage(),
        "threads-intro's x86.py splits at the first comma: a two-register address cannot be the source");
    assertThrows(InvalidScenarioException.class,
        () -> X86Machine.run(X86Program.parse("halt"), 2, 5, null, "bx=1,bx=2,bx=3"));
  }
}
