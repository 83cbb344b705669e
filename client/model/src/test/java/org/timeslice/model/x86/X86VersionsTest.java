package org.timeslice.model.x86;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.core.SimulationLimitException;

/** Where the two x86.py versions differ, and the machine's step-by-step view (worked by hand). */
class X86VersionsTest {

  private static X86Machine start(String source, X86Version version, int threads, String argv, String schedule) {
    return X86Machine.start(X86Program.load(source, 1000, version, false),
        new X86Machine.Config(threads, 50, null, argv, 128, schedule));
  }

  private static List<X86Machine.Tick> runAll(X86Machine m) {
    List<X86Machine.Tick> ticks = new ArrayList<>();
    while (!m.finished()) {
      ticks.add(m.step());
    }
    return ticks;
  }

  /* push $ax (= 7) then pop %cx: threads-intro copies the stack pointer (127996), threads-locks loads 7. */
  @Test
  void popIntoARegisterDiffersBetweenTheVersions() {
    String src = "mov $7, %ax\npush %ax\npop %cx\nhalt";
    X86Machine intro = start(src, X86Version.THREADS_INTRO, 1, "", "");
    List<X86Machine.Tick> a = runAll(intro);
    assertEquals(127996, a.get(2).afterExecute().registers()[X86Version.THREADS_INTRO.register("cx")]);
    X86Machine locks = start(src, X86Version.THREADS_LOCKS, 1, "", "");
    List<X86Machine.Tick> b = runAll(locks);
    assertEquals(7, b.get(2).afterExecute().registers()[X86Version.THREADS_LOCKS.register("cx")]);
    assertEquals(128000, b.get(2).afterExecute().registers()[X86Version.THREADS_LOCKS.sp()]);
  }

  /* threads-locks: 100(,%cx,4) with cx = 2 is address 108; lea 100(%cx) keeps 102 (lea splits at its first comma); neg and mul. */
  @Test
  void scaledAddressesLeaNegAndMulExistOnlyInThreadsLocks() {
    String src = "mov $2, %cx\nmov $5, 100(,%cx,4)\nlea 100(%cx), %ex\nmov $-3, %ax\nneg %ax\nmul $4, %ax\nhalt";
    X86Machine m = start(src, X86Version.THREADS_LOCKS, 1, "", "");
    List<X86Machine.Tick> t = runAll(m);
    assertEquals(5, m.memory(108));
    long[] regs = t.get(t.size() - 1).afterExecute().registers();
    assertEquals(102, regs[X86Version.THREADS_LOCKS.register("ex")]);
    assertEquals(12, regs[X86Version.THREADS_LOCKS.register("ax")]);
    X86Failure intro = assertThrows(X86Failure.class,
        () -> X86Program.load("neg %ax\nhalt", 1000, X86Version.THREADS_INTRO, false));
    assertEquals("illegal opcode:  neg\n", intro.stdout());
  }

  /*
   * -P 0011: an interrupt after every instruction, the schedule's next entry runs; the tool shows the
   * interrupt only when the thread changes (after the 2nd and 4th instruction, not after the 1st).
   */
  @Test
  void aScheduleSwitchesAfterEveryInstructionAndShowsOnlyRealSwitches() {
    X86Machine m = start("nop\nnop\nhalt", X86Version.THREADS_LOCKS, 2, "", "0011");
    List<X86Machine.Tick> t = runAll(m);
    List<Integer> threads = new ArrayList<>();
    for (X86Machine.Tick tick : t) {
      threads.add(tick.step().thread());
    }
    assertEquals(List.of(0, 0, 1, 1, 0, 1), threads);
    assertFalse(t.get(0).interruptShown());
    assertTrue(t.get(1).interruptShown());
    assertTrue(t.get(4).step().halted());
  }

  @Test
  void runningIntoDataOrMissingMemoryIsTheToolsPythonError() {
    X86Failure data = assertThrows(X86Failure.class, () -> runAll(start("nop", X86Version.THREADS_INTRO, 1, "", "")));
    assertTrue(data.pythonError().startsWith("TypeError"));
    X86Failure missing = assertThrows(X86Failure.class,
        () -> runAll(start("mov 200000, %ax\nhalt", X86Version.THREADS_INTRO, 1, "", "")));
    assertEquals("KeyError: 200000", missing.pythonError());
  }

  @Test
  void valuesBeyondSixtyFourBitsAndReadingInstructionsAreRefused() {
    String doubling = "mov $1, %ax\n.top\nmul %ax, %ax\nadd $1, %ax\nj .top";
    assertThrows(SimulationLimitException.class, () -> runAll(start(doubling, X86Version.THREADS_LOCKS, 1, "", "")));
    assertThrows(SimulationLimitException.class,
        () -> runAll(start("mov 1000, %ax\nhalt", X86Version.THREADS_INTRO, 1, "", "")));
  }
}
