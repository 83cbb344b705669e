package org.timeslice.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.timeslice.model.sim.Gantt.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.RequeueOrder;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.trace.TraceEvent;

class RoundRobinSchedulingTest {
  private static SchedulerSpec rr(int quantum, RequeueOrder order) {
    SchedulerSpec s = SchedulerSpec.roundRobin(quantum);
    return new SchedulerSpec(s.policy(), quantum, false, 0, List.of(), 0, false, false, order);
  }

  @Test
  void roundRobinRequeuesAfterSliceExpires() {
    SimulationResult r = run(scenario(SchedulerSpec.roundRobin(2), task("A", 0, cpu(5)),
        task("B", 0, cpu(3))));
    assertCores(r, "AABBAABA");
    assertEquals(8, task(r, "A").completionTick());
    assertEquals(7, task(r, "B").completionTick());
  }

  @Test
  void newArrivalFirstQueuesTheNewcomerAheadOfThePreemptedTask() {
    SimulationResult r = run(scenario(rr(2, RequeueOrder.NEW_ARRIVAL_FIRST),
        task("A", 0, cpu(3)), task("B", 2, cpu(2))));
    assertCores(r, "AABBA");
  }

  @Test
  void preemptedFirstLetsTheExpiredTaskKeepTheCoreSilently() {
    SimulationResult r = run(scenario(rr(2, RequeueOrder.PREEMPTED_FIRST),
        task("A", 0, cpu(3)), task("B", 2, cpu(2))));
    assertCores(r, "AAABB");
    assertEquals(0, r.trace().stream().filter(e -> e.event() == Event.PREEMPTED).count());
  }

  @Test
  void aLoneTaskKeepsRunningWithFreshQuantaAndNoPreemptDispatchPairs() {
    SimulationResult r = run(scenario(SchedulerSpec.roundRobin(2), task("A", 0, cpu(5))));
    assertEquals(List.of(Event.ADMITTED, Event.DISPATCHED, Event.EXITED),
        r.trace().stream().map(TraceEvent::event).toList());
    assertEquals(0, r.contextSwitches());
  }

  @Test
  void contextSwitchCostDelaysTheIncomingTaskAndCountsAsWait() {
    SimulationResult r = run(scenario(1, 1, SchedulerSpec.roundRobin(2), task("A", 0, cpu(3)),
        task("B", 0, cpu(2))));
    assertCores(r, "AA.BB.A");
    assertEquals(2, r.contextSwitches());
    assertEquals(4, task(r, "A").waitTicks());
    assertEquals(3, task(r, "B").waitTicks());
    assertEquals(7, task(r, "A").turnaround());
    List<TraceEvent> atTwo = r.trace().stream().filter(e -> e.tick() == 2).toList();
    assertEquals(List.of(
        new TraceEvent(2, "A", State.RUNNING, State.READY, Event.PREEMPTED, 0),
        new TraceEvent(2, "B", State.READY, State.READY, Event.CONTEXT_SWITCH, 0)), atTwo);
  }

  @Test
  void aTaskWhoseOpEndsMidQuantumGivesTheCoreUp() {
    SimulationResult r = run(scenario(SchedulerSpec.roundRobin(4),
        task("A", 0, cpu(1), io(2), cpu(1)), task("B", 0, cpu(6))));
    assertCores(r, "ABBBBABB");
  }

  @Test
  void twoCoresShareOneQueueAndExpiredTasksPickedAgainStayOnTheirCore() {
    SimulationResult r = run(scenario(2, 0, SchedulerSpec.roundRobin(2), task("A", 0, cpu(4)),
        task("B", 0, cpu(4)), task("C", 0, cpu(4))));
    assertCores(r, "AAAABB", "BBCCCC");
  }
}
