package org.timeslice.model.ostep.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every port prints byte for byte what the real tool printed for each recorded command line, and exits
 * with the same status (golden files from {@code regenerate.py}, run against ostep-homework 6c6cfc7 with
 * CPython 3.11): one container of cases per tool.
 */
class OstepGoldenFilesTest {

  @TestFactory
  List<DynamicContainer> everyToolMatchesItsRecordedRuns() {
    List<DynamicContainer> tools = new ArrayList<>();
    for (String tool : OstepTools.TOOLS) {
      List<DynamicTest> tests = new ArrayList<>();
      for (GoldenCases.Case c : GoldenCases.of(tool)) {
        tests.add(DynamicTest.dynamicTest(c.describe(), () -> {
          ToolRun run = OstepTools.run(c.tool(), c.args(), c.files());
          assertEquals(c.stdout(), run.stdout(), c.describe() + " (stderr: " + run.stderr() + ")");
          assertEquals(c.exit(), run.exitCode(), c.describe() + " exit status");
        }));
      }
      tools.add(DynamicContainer.dynamicContainer(tool + " (" + tests.size() + " runs)", tests));
    }
    return tools;
  }
}
