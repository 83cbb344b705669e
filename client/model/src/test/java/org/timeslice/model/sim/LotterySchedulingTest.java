package org.timeslice.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timeslice.model.sim.Gantt.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;

class LotterySchedulingTest {
  private static Scenario lottery(long seed, int ticketsA, int ticketsB) {
    return Scenario.of("lottery", Machine.singleCore(),
        SchedulerSpec.of(Policy.LOTTERY).withQuantumTicks(1),
        List.of(new TaskSpec("A", 0, 0, ticketsA, List.of(cpu(100))),
            new TaskSpec("B", 0, 0, ticketsB, List.of(cpu(100)))), seed);
  }

  @Test
  void theSameSeedGivesTheSameScheduleAndAnotherSeedAnother() {
    assertEquals(run(lottery(7, 50, 50)).hash(), run(lottery(7, 50, 50)).hash());
    assertNotEquals(run(lottery(7, 50, 50)).hash(), run(lottery(8, 50, 50)).hash());
  }

  @Test
  void aTaskWithNineTimesTheTicketsGetsMostOfTheEarlyTicks() {
    SimulationResult r = run(lottery(1, 900, 100));
    String core = cores(r).get(0).substring(0, 100);
    long a = core.chars().filter(c -> c == 'A').count();
    assertTrue(a >= 80, "A ran " + a + " of the first 100 ticks: " + core);
  }

  @Test
  void aLoneTaskWinsEveryDrawWithoutPreemptions() {
    SimulationResult r = run(scenario(SchedulerSpec.of(Policy.LOTTERY).withQuantumTicks(1),
        task("A", 0, cpu(5))));
    assertCores(r, "AAAAA");
    assertEquals(3, r.trace().size());
  }
}
