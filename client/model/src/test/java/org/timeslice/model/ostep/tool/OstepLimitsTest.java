package org.timeslice.model.ostep.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.SimulationLimitException;

/**
 * Every bound of the OSTEP ports holds, with an error naming it, where the tool itself would run (or print)
 * for hours or without end.
 */
class OstepLimitsTest {

  private static SimulationLimitException refused(String tool, String... args) {
    return assertThrows(SimulationLimitException.class, () -> OstepTools.run(tool, List.of(args), null),
        String.join(" ", args));
  }

  @Test
  void outputBeyondTheCapStops() {
    SimulationLimitException e = refused("lottery.py", "-l", "300000:1");
    assertTrue(e.getMessage().contains("Limits.MAX_OSTEP_OUTPUT_CHARS"), e.getMessage());
    assertEquals("args", e.field());
  }

  @Test
  void jobCountsAndValuesAreBounded() {
    assertTrue(refused("scheduler.py", "-j", String.valueOf(Limits.MAX_OSTEP_JOBS + 1)).limit()
        .contains(String.valueOf(Limits.MAX_OSTEP_JOBS)));
    assertTrue(refused("scheduler.py", "-m", "1000000001").limit().contains(String.valueOf(Limits.MAX_OSTEP_VALUE)));
    assertTrue(refused("scheduler.py", "-l", "inf", "-c").limit().contains("finite"));
  }

  @Test
  void endlessLoopsOfTheToolsStopAtALimit() {
    refused("lottery.py", "-m", "1", "-j", "2"); // int(1 * random()) is always 0: redrawn forever
    refused("scheduler.py", "-p", "RR", "-q", "0", "-l", "5", "-c"); // a quantum of 0 never ends a job
    refused("mlfq.py", "-l", "-5,10,0", "-c"); // a job that never starts: IDLE forever
    refused("multi.py", "-n", "0", "-L", "a:10:10"); // no CPU ever runs a job
  }

  @Test
  void multiCacheCellsAreBounded() {
    // 2,000 jobs on 8 CPUs: about 16,000 cells of cache state a tick, so the cap comes after ~1,250 ticks.
    SimulationLimitException e = refused("multi.py", "-j", "2000", "-R", "10000", "-W", "1", "-n", "8", "-c");
    assertTrue(e.getMessage().contains("Limits.MAX_OSTEP_CELLS"), e.getMessage());
  }

  @Test
  void argumentsAndFilesAreBounded() {
    List<String> many = new ArrayList<>(Collections.nCopies(Limits.MAX_OSTEP_ARGS + 1, "-c"));
    assertEquals("args", assertThrows(InvalidScenarioException.class,
        () -> OstepTools.run("fork.py", many, null)).field());
    assertEquals("args[1]", assertThrows(InvalidScenarioException.class,
        () -> OstepTools.run("fork.py", List.of("-A", "x".repeat(Limits.MAX_OSTEP_ARG_CHARS + 1)), null)).field());
    Map<String, String> big = Map.of("p.s", "nop\n".repeat(Limits.MAX_OSTEP_FILE_CHARS / 4 + 1));
    assertEquals("files", assertThrows(InvalidScenarioException.class,
        () -> OstepTools.run("threads-intro/x86.py", List.of("-p", "p.s"), big)).field());
    java.util.TreeMap<String, String> lots = new java.util.TreeMap<>();
    for (int k = 0; k <= Limits.MAX_OSTEP_FILES; k++) {
      lots.put("f" + k + ".s", "halt\n");
    }
    assertEquals("files", assertThrows(InvalidScenarioException.class,
        () -> OstepTools.run("threads-intro/x86.py", List.of("-p", "f1.s"), lots)).field());
  }

  @Test
  void x86RunsAreBounded() {
    Map<String, String> spin = Map.of("spin.s", ".top\nj .top\n");
    SimulationLimitException e = assertThrows(SimulationLimitException.class,
        () -> OstepTools.run("threads-locks/x86.py", List.of("-p", "spin.s", "-t", "1"), spin));
    assertTrue(e.getMessage().contains("Limits.MAX_X86_INSTRUCTIONS") || e.getMessage().contains(
        "Limits.MAX_OSTEP_OUTPUT_CHARS"), e.getMessage());
    assertThrows(SimulationLimitException.class, () -> OstepTools.run("threads-locks/x86.py",
        List.of("-p", "spin.s", "-t", String.valueOf(Limits.MAX_X86_THREADS + 1)), spin));
  }
}
