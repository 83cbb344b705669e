package org.timeslice.model.ostep.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every port prints byte for byte what the real tool printed for each recorded command line, and exits
 * with the same status (golden files from {@code regenerate.py}, run against ostep-homework 6c6cfc7 with
 * CPython 3.11).
 */
class OstepGoldenFilesTest {

  @TestFactory
  List<DynamicTest> forkMatchesTheTool() {
    return cases("cpu-api/fork.py");
  }

  @TestFactory
  List<DynamicTest> schedulerMatchesTheTool() {
    return cases("cpu-sched/scheduler.py");
  }

  @TestFactory
  List<DynamicTest> processRunMatchesTheTool() {
    return cases("cpu-intro/process-run.py");
  }

  @TestFactory
  List<DynamicTest> mlfqMatchesTheTool() {
    return cases("cpu-sched-mlfq/mlfq.py");
  }

  @TestFactory
  List<DynamicTest> lotteryMatchesTheTool() {
    return cases("cpu-sched-lottery/lottery.py");
  }

  @TestFactory
  List<DynamicTest> multiMatchesTheTool() {
    return cases("cpu-sched-multi/multi.py");
  }

  @TestFactory
  List<DynamicTest> x86OfThreadsIntroMatchesTheTool() {
    return cases("threads-intro/x86.py");
  }

  @TestFactory
  List<DynamicTest> x86OfThreadsLocksMatchesTheTool() {
    return cases("threads-locks/x86.py");
  }

  static List<DynamicTest> cases(String tool) {
    List<DynamicTest> tests = new ArrayList<>();
    for (GoldenCases.Case c : GoldenCases.of(tool)) {
      tests.add(DynamicTest.dynamicTest(c.describe(), () -> {
        ToolRun run = OstepTools.run(c.tool(), c.args(), c.files());
        assertEquals(c.stdout(), run.stdout(), c.describe() + " (stderr: " + run.stderr() + ")");
        assertEquals(c.exit(), run.exitCode(), c.describe() + " exit status");
      }));
    }
    return tests;
  }
}
