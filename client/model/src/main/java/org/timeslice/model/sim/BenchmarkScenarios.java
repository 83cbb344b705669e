package org.timeslice.model.sim;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.RequeueOrder;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;

/**
 * The scenarios of docs/benchmarks.md: {@value #TASKS} tasks of {@value #CPU_TICKS_PER_TASK} CPU ticks each
 * (one million CPU ticks) on {@value #CORES} cores, under round robin and under MLFQ. The JVM harness and
 * the browser bundle build them from here, so both measure exactly the same run.
 *
 * <p>They have more tasks than {@link org.timeslice.model.core.Limits#MAX_TASKS}, so they cannot be posted
 * to {@code /api/simulate}; {@link #run} goes through {@link Simulation#create(Scenario, int)}, the one
 * documented way for trusted code to raise the task ceiling (every other rule still applies).
 */
public final class BenchmarkScenarios {
  public static final int TASKS = 1_000;
  public static final int CPU_TICKS_PER_TASK = 1_000;
  public static final int CORES = 8;
  public static final int RR_QUANTUM_TICKS = 10;
  /** MLFQ: three levels (quantum 10, 20, 40 ticks; allotment 1 quantum each), a boost every 10,000 ticks. */
  public static final int MLFQ_BOOST_TICKS = 10_000;

  private BenchmarkScenarios() {}

  /** Round robin, quantum {@value #RR_QUANTUM_TICKS}. */
  public static Scenario roundRobin() {
    return scenario("Benchmark: RR", SchedulerSpec.roundRobin(RR_QUANTUM_TICKS));
  }

  /** MLFQ with three levels and a periodic boost. */
  public static Scenario mlfq() {
    SchedulerSpec spec = new SchedulerSpec(Policy.MLFQ, SchedulerSpec.DEFAULT_QUANTUM_TICKS, false, 0,
        List.of(new MlfqLevel(10, 1), new MlfqLevel(20, 1), new MlfqLevel(40, 1)), MLFQ_BOOST_TICKS,
        false, false, RequeueOrder.NEW_ARRIVAL_FIRST);
    return scenario("Benchmark: MLFQ", spec);
  }

  /** {@link #roundRobin()} for {@code "RR"}, {@link #mlfq()} for {@code "MLFQ"}, else null. */
  public static Scenario byPolicy(String policy) {
    if ("RR".equals(policy)) {
      return roundRobin();
    }
    return "MLFQ".equals(policy) ? mlfq() : null;
  }

  /** Runs a benchmark scenario to the end, without a timeline (what the benchmark measures). */
  public static SimulationResult run(Scenario scenario) {
    return Simulation.create(scenario, TASKS).runToEnd(false);
  }

  private static Scenario scenario(String title, SchedulerSpec scheduler) {
    List<TaskSpec> tasks = new ArrayList<>(TASKS);
    for (int i = 0; i < TASKS; i++) {
      tasks.add(TaskSpec.of(name(i), 0, Op.cpu(CPU_TICKS_PER_TASK)));
    }
    return Scenario.of(title, new Machine(CORES, 0), scheduler, tasks, 1);
  }

  /** {@code T0000} … {@code T0999}: fixed width, so name order is scenario order. */
  private static String name(int i) {
    String digits = Integer.toString(i);
    return "T" + "0000".substring(digits.length()) + digits;
  }
}
