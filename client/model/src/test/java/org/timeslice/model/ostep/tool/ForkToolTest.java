package org.timeslice.model.ostep.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.core.SimulationLimitException;

/** fork.py's port where it departs from the golden files: unseeded runs, duplicate names, limits. */
class ForkToolTest {

  @Test
  void anUnseededRunIsRepeatableAndDrawsAsSeedMinusOne() {
    ToolRun unseeded = OstepTools.run("fork.py", List.of("-c"), null);
    ToolRun again = OstepTools.run("cpu-api/fork.py", List.of("-c"), null);
    ToolRun seeded = OstepTools.run("fork", List.of("-c", "-s", "1"), null);
    assertEquals(unseeded, again);
    assertEquals(seeded.stdout().replace("ARG seed 1\n", "ARG seed -1\n"), unseeded.stdout());
    assertNull(unseeded.open(), "no widget shows fork.py runs yet");
  }

  @Test
  void forkingANameInUseIsRefused() {
    ToolRun run = OstepTools.run("fork.py", List.of("-A", "a+b,a+b", "-c"), null);
    assertEquals(2, run.exitCode());
    assertTrue(run.stdout().endsWith("Action: a forks b\n                               a\n"
        + "                               └── b\n"), run.stdout());
    assertTrue(run.stderr().contains("a+b forks a process named b"), run.stderr());
    assertEquals(0, OstepTools.run("fork.py", List.of("-A", "a+b,b-,a+b", "-c"), null).exitCode(),
        "a name may be used again once its process has exited");
  }

  @Test
  void aDeepTreeOrAnEndlessGeneratorStopsAtALimit() {
    StringBuilder chain = new StringBuilder("a+p0");
    for (int k = 1; k <= 600; k++) {
      chain.append(",p").append(k - 1).append("+p").append(k);
    }
    assertThrows(SimulationLimitException.class,
        () -> OstepTools.run("fork.py", List.of("-A", chain.toString(), "-F", "-c"), null));
    assertThrows(SimulationLimitException.class,
        () -> OstepTools.run("fork.py", List.of("-f", "nan", "-s", "1"), null));
  }
}
