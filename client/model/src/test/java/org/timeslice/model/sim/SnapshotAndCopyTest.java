package org.timeslice.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.timeslice.model.sim.Gantt.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Profile;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;

class SnapshotAndCopyTest {

  @Test
  void aSnapshotShowsCoresQueueSwitchesAndIoOfTheCurrentTick() {
    Simulation sim = Simulation.create(scenario(1, 2, SchedulerSpec.roundRobin(2),
        task("A", 0, cpu(2), io(3), cpu(1)), task("B", 0, cpu(4)), task("C", 1, cpu(1))));
    Snapshot s0 = sim.snapshot();
    assertEquals(0, s0.tick());
    assertEquals("A", s0.cores().get(0).running());
    assertEquals(List.of(List.of("B")), s0.readyQueues());
    assertEquals(State.NEW, s0.task("C").state());
    sim.step();
    sim.step();
    // Tick 2: A starts its I/O; the core switches to B for 2 ticks.
    Snapshot s2 = sim.snapshot();
    assertNull(s2.cores().get(0).running());
    assertEquals("B", s2.cores().get(0).switchingTo());
    assertEquals(2, s2.cores().get(0).switchTicksLeft());
    assertEquals(0, s2.task("B").core());
    assertEquals(List.of(new Snapshot.IoView("A", 3)), s2.io());
    assertEquals(List.of(List.of("C")), s2.readyQueues());
    assertEquals(1, s2.task("A").opIndex());
    assertEquals(2, s2.task("A").cpuDoneTicks());
  }

  @Test
  void anMlfqSnapshotHasOneQueuePerLevel() {
    SchedulerSpec mlfq = new SchedulerSpec(Policy.MLFQ, 1, false, 0,
        List.of(new MlfqLevel(1, 1), new MlfqLevel(1, 1), new MlfqLevel(1, 1)), 0, false, false,
        null);
    Simulation sim = Simulation.create(scenario(mlfq, task("A", 0, cpu(3)), task("B", 0, cpu(3))));
    sim.step();
    // A used its level-0 quantum and dropped to level 1; B runs at level 0.
    assertEquals(List.of(List.of(), List.of("A"), List.of()), sim.snapshot().readyQueues());
    assertEquals(1, sim.snapshot().task("A").mlfqLevel());
  }

  @Test
  void aCopyContinuesExactlyLikeTheOriginal() {
    Scenario s = scenario(2, 1, SchedulerSpec.of(Policy.LOTTERY).withQuantumTicks(2),
        task("A", 0, cpu(5), io(2), cpu(3)), task("B", 1, cpu(6)), task("C", 2, cpu(4)));
    Simulation sim = Simulation.create(s);
    for (int i = 0; i < 5; i++) {
      sim.step();
    }
    Simulation copy = sim.copy();
    assertEquals(sim.runToEnd(false).hash(), copy.runToEnd(false).hash());
  }

  @Test
  void steppingAFinishedSimulationIsRefused() {
    Simulation sim = Simulation.create(scenario(SchedulerSpec.of(Policy.FIFO), task("A", 0, cpu(1))));
    sim.step();
    assertEquals(true, sim.isFinished());
    assertThrows(IllegalStateException.class, sim::step);
  }

  @Test
  void aRunLongerThanTheTickLimitStopsWithALimitException() {
    Simulation sim = Simulation.create(scenario(SchedulerSpec.of(Policy.FIFO),
        task("A", 0, cpu(1_000_000)), task("B", 0, cpu(1))));
    SimulationLimitException e = assertThrows(SimulationLimitException.class,
        () -> sim.runToEnd(false));
    assertEquals("ticks", e.field());
    assertEquals("<= 1000000", e.limit());
  }

  @Test
  void theSimulatorHandsOstepProfilesToTheOstepRuleBook() {
    Scenario s = scenario(SchedulerSpec.of(Policy.FIFO), task("A", 0, cpu(3)), task("B", 0, cpu(2)));
    Scenario ostep = new Scenario(1, "o", Profile.OSTEP_SCHEDULER, s.machine(), s.scheduler(),
        s.tasks(), 1, null);
    SimulationResult viaSimulator = Simulator.run(ostep, true);
    SimulationResult direct = org.timeslice.model.ostep.OstepSimulator.run(ostep, true);
    assertEquals(direct.hash(), viaSimulator.hash());
    // scheduler.py FIFO: A runs 0..3, B 3..5, so B's response is 3 and its turnaround 5.
    assertEquals(3, viaSimulator.tasks().get(1).response());
    assertEquals(5, viaSimulator.tasks().get(1).turnaround());
  }

  @Test
  void theResultHashIsTheTraceHash() {
    SimulationResult r = Simulator.run(scenario(SchedulerSpec.roundRobin(1), task("A", 0, cpu(2)),
        task("B", 0, cpu(2))), true);
    assertEquals(org.timeslice.model.trace.Trace.hash(r.trace()), r.hash());
    assertEquals(List.of("ABAB"), cores(r));
  }
}
