package org.timeslice.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;

/**
 * Test helpers: run a scenario with invariants checked after every tick, and render each core's timeline
 * as a string with one character per tick (the task's name, or '.' when idle or switching).
 */
final class Gantt {
  private Gantt() {}

  /** Runs to the end, checking {@link Invariants} at every tick. */
  static SimulationResult run(Scenario scenario) {
    Simulation sim = Simulation.create(scenario);
    Invariants.check(sim);
    while (!sim.isFinished()) {
      sim.step();
      Invariants.check(sim);
    }
    return sim.runToEnd(true);
  }

  static List<String> cores(SimulationResult result) {
    List<String> rows = new ArrayList<>();
    for (List<String> core : result.timeline().cores()) {
      StringBuilder sb = new StringBuilder();
      for (String name : core) {
        sb.append(name == null ? "." : name);
      }
      rows.add(sb.toString());
    }
    return rows;
  }

  /** Asserts the Gantt chart of each core, e.g. {@code assertCores(result, "AABB", "CC..")}. */
  static void assertCores(SimulationResult result, String... expected) {
    assertEquals(List.of(expected), cores(result), "Gantt per core");
  }

  static TaskMetrics task(SimulationResult result, String name) {
    for (TaskMetrics t : result.tasks()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    throw new AssertionError("no task " + name);
  }

  static Scenario scenario(SchedulerSpec scheduler, TaskSpec... tasks) {
    return Scenario.of("test", Machine.singleCore(), scheduler, List.of(tasks), 1);
  }

  static Scenario scenario(int cores, int switchTicks, SchedulerSpec scheduler, TaskSpec... tasks) {
    return Scenario.of("test", new Machine(cores, switchTicks), scheduler, List.of(tasks), 1);
  }

  static TaskSpec task(String name, int arrival, Op... program) {
    return TaskSpec.of(name, arrival, program);
  }

  static TaskSpec prio(String name, int arrival, int priority, Op... program) {
    return new TaskSpec(name, arrival, priority, TaskSpec.DEFAULT_TICKETS, List.of(program));
  }

  static Op cpu(int ticks) {
    return Op.cpu(ticks);
  }

  static Op io(int ticks) {
    return Op.io(ticks);
  }
}
