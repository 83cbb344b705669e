package org.timeslice.model.sim;

import static org.timeslice.model.sim.Gantt.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.RequeueOrder;
import org.timeslice.model.scenario.SchedulerSpec;

class PrioritySchedulingTest {
  private static SchedulerSpec priority(boolean preemptive, int agingTicks) {
    return new SchedulerSpec(Policy.PRIORITY, 10, preemptive, agingTicks, List.of(), 0, false,
        false, RequeueOrder.NEW_ARRIVAL_FIRST);
  }

  @Test
  void nonPreemptivePriorityPicksTheSmallestNumberWhenTheCoreFrees() {
    SimulationResult r = run(scenario(priority(false, 0), prio("A", 0, 2, cpu(3)),
        prio("B", 1, 0, cpu(2)), prio("C", 1, 1, cpu(1))));
    assertCores(r, "AAABBC");
  }

  @Test
  void preemptivePriorityLetsAMoreUrgentArrivalTakeTheCore() {
    SimulationResult r = run(scenario(priority(true, 0), prio("A", 0, 2, cpu(3)),
        prio("B", 1, 0, cpu(2)), prio("C", 1, 1, cpu(1))));
    assertCores(r, "ABBCAA");
  }

  @Test
  void withoutAgingALowPriorityTaskStarvesUntilTheUrgentOneIsDone() {
    SimulationResult r = run(scenario(priority(true, 0), prio("H", 0, 1, cpu(8)),
        prio("L", 0, 3, cpu(2))));
    assertCores(r, "HHHHHHHHLL");
  }

  @Test
  void agingRaisesAWaitingTaskUntilItPreemptsAndDispatchResetsIt() {
    // L ages 3 → 0 by tick 6 and preempts H (1); once running, L is back at 3 and H, now READY at 1,
    // takes the core back at tick 7.
    SimulationResult r = run(scenario(priority(true, 2), prio("H", 0, 1, cpu(8)),
        prio("L", 0, 3, cpu(2))));
    assertCores(r, "HHHHHHLHHL");
  }
}
