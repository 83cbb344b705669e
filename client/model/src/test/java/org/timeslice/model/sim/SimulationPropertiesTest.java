package org.timeslice.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.RequeueOrder;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.trace.TraceEvent;

/** Properties over random small native scenarios; a failure prints the scenario (seed included). */
class SimulationPropertiesTest {

  @Property(tries = 400)
  void invariantsHoldAfterEveryTickAndEveryTaskTerminates(@ForAll("scenarios") Scenario s) {
    Simulation sim = Simulation.create(s);
    Invariants.check(sim);
    while (!sim.isFinished()) {
      sim.step();
      Invariants.check(sim);
    }
    SimulationResult r = sim.runToEnd(false);
    assertEquals(sim.tick(), r.makespan());
  }

  @Property(tries = 400)
  void perTaskAccountingIsConsistentWithTheProgram(@ForAll("scenarios") Scenario s) {
    SimulationResult r = Simulator.run(s, false);
    long cpuTotal = 0;
    for (int i = 0; i < s.tasks().size(); i++) {
      TaskSpec spec = s.tasks().get(i);
      TaskMetrics m = r.tasks().get(i);
      assertEquals(spec.cpuTicks(), m.cpuTicks(), "cpu of " + spec.name());
      assertEquals(spec.ioTicks(), m.ioTicks(), "io of " + spec.name());
      assertEquals(m.completionTick() - m.arrivalTick(), m.turnaround());
      assertEquals(m.firstRunTick() - m.arrivalTick(), m.response());
      assertTrue(m.response() >= 0 && m.completionTick() <= r.makespan());
      // READY (switch ticks included) + RUNNING + WAITING covers the whole stay in the system.
      assertEquals(m.turnaround(), m.waitTicks() + m.cpuTicks() + m.ioTicks());
      cpuTotal += spec.cpuTicks();
    }
    assertEquals(cpuTotal, r.cpuBusyTicks());
  }

  @Property(tries = 300)
  void theTimelineHasAtMostOneTaskPerCoreAndMatchesRunningStates(
      @ForAll("scenarios") Scenario s) {
    SimulationResult r = Simulator.run(s, true);
    Timeline tl = r.timeline();
    long busy = 0;
    for (int t = 0; t < r.makespan(); t++) {
      int runningCells = 0;
      List<String> seen = new ArrayList<>();
      for (List<String> core : tl.cores()) {
        String name = core.get(t);
        if (name != null) {
          assertTrue(!seen.contains(name), name + " on two cores at " + t);
          assertEquals(State.RUNNING, tl.states().get(name).get(t));
          seen.add(name);
          runningCells++;
        }
      }
      final int tick = t;
      long runningStates = tl.states().values().stream()
          .filter(row -> row.get(tick) == State.RUNNING).count();
      assertEquals(runningStates, runningCells, "tick " + t);
      busy += runningCells;
    }
    assertEquals(r.cpuBusyTicks(), busy);
  }

  @Property(tries = 300)
  void replayAndCopyGiveTheSameHash(
      @ForAll("scenarios") Scenario s, @ForAll @IntRange(min = 0, max = 40) int copyAt) {
    String hash = Simulator.run(s, false).hash();
    assertEquals(hash, Simulator.run(s, false).hash());
    Simulation sim = Simulation.create(s);
    for (int i = 0; i < copyAt && !sim.isFinished(); i++) {
      sim.step();
    }
    Simulation copy = sim.copy();
    assertEquals(sim.snapshot(), copy.snapshot());
    assertEquals(hash, copy.runToEnd(false).hash());
    assertEquals(hash, sim.runToEnd(false).hash());
  }

  @Property(tries = 400)
  void runningToTheEndGivesExactlyTheTraceOfSteppingTickByTick(@ForAll("scenarios") Scenario s) {
    assertSameTraceSteppedAndRun(s);
  }

  @Property(tries = 400)
  void theCrossCheckCatalogueRunsTheSameSteppedAndSkipping(@ForAll long seed) {
    assertSameTraceSteppedAndRun(CrossCheck.randomScenario(seed));
  }

  private static void assertSameTraceSteppedAndRun(Scenario s) {
    Simulation stepped = Simulation.create(s);
    Invariants.check(stepped);
    while (!stepped.isFinished()) {
      stepped.step();
      Invariants.check(stepped);
    }
    List<TraceEvent> expected = List.copyOf(stepped.trace().events());
    SimulationResult run = Simulation.create(s).runToEnd(false);
    assertEquals(expected, run.trace());
    assertEquals(stepped.tick(), run.makespan());
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<Machine> machine = Combinators.combine(Arbitraries.integers().between(1, 3),
        Arbitraries.integers().between(0, 2)).as(Machine::new);
    Arbitrary<List<TaskSpec>> tasks = task().list().ofMinSize(1).ofMaxSize(6).map(list -> {
      List<TaskSpec> named = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        TaskSpec t = list.get(i);
        named.add(new TaskSpec("T" + i, t.arrivalTick(), t.priority(), t.tickets(), t.program()));
      }
      return named;
    });
    return Combinators.combine(machine, scheduler(), tasks, Arbitraries.longs())
        .as((m, sch, ts, seed) -> Scenario.of("random", m, sch, ts, seed));
  }

  private static Arbitrary<TaskSpec> task() {
    Arbitrary<Op> op = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 6).map(Op::cpu),
        Arbitraries.integers().between(1, 5).map(Op::io));
    return Combinators.combine(Arbitraries.integers().between(0, 12),
        Arbitraries.integers().between(0, 4), Arbitraries.integers().between(1, 10),
        op.list().ofMinSize(1).ofMaxSize(5))
        .as((arrival, priority, tickets, program) ->
            new TaskSpec("?", arrival, priority, tickets, program));
  }

  private static Arbitrary<SchedulerSpec> scheduler() {
    Arbitrary<List<MlfqLevel>> levels = Combinators.combine(Arbitraries.integers().between(1, 4),
        Arbitraries.integers().between(1, 3)).as(MlfqLevel::new).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<boolean[]> flags = Arbitraries.integers().between(0, 7)
        .map(b -> new boolean[] {(b & 1) != 0, (b & 2) != 0, (b & 4) != 0});
    return Combinators.combine(Arbitraries.of(Policy.class), Arbitraries.integers().between(1, 4),
        Arbitraries.integers().between(0, 3), levels, Arbitraries.integers().between(0, 20),
        flags, Arbitraries.of(RequeueOrder.class))
        .as((policy, quantum, aging, lv, boost, f, order) ->
            new SchedulerSpec(policy, quantum, f[0], aging, lv, boost, f[1], f[2], order));
  }
}
