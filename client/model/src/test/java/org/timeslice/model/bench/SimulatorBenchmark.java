package org.timeslice.model.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.sim.BenchmarkScenarios;
import org.timeslice.model.sim.SimulationResult;

/**
 * The JVM half of docs/benchmarks.md: runs each {@link BenchmarkScenarios} scenario (1,000 tasks × 1,000
 * CPU ticks on 8 cores) after a warm-up and prints per-run wall times (min, median, max), throughput in
 * simulated CPU ticks per second, and the heap a finished result retains.
 *
 * <p>Not a test (nothing here asserts a time): run it with
 * {@code mvn -o -q -pl client/model -Pbench -DskipTests test}. Arguments: warm-up runs, measured runs.
 */
public final class SimulatorBenchmark {
  private SimulatorBenchmark() {}

  public static void main(String[] args) {
    int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    System.out.println("JVM " + System.getProperty("java.version") + ", "
        + Runtime.getRuntime().availableProcessors() + " cores, " + warmups + " warm-up runs, "
        + runs + " measured runs per scenario");
    for (String policy : List.of("RR", "MLFQ")) {
      Scenario scenario = BenchmarkScenarios.byPolicy(policy);
      SimulationResult result = null;
      for (int i = 0; i < warmups; i++) {
        result = BenchmarkScenarios.run(scenario);
      }
      double[] ms = new double[runs];
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        result = BenchmarkScenarios.run(scenario);
        ms[i] = (System.nanoTime() - start) / 1e6;
      }
      Arrays.sort(ms);
      double median = ms[runs / 2];
      long cpuTicks = result.cpuBusyTicks();
      System.out.printf("%-5s min %6.1f ms  median %6.1f ms  max %6.1f ms  %5.1f M CPU ticks/s (median)"
              + "  makespan %d  events %d  hash %s%n", policy, ms[0], median, ms[runs - 1],
          cpuTicks / median / 1e3, result.makespan(), result.trace().size(), result.hash());
    }
    reportMemory();
  }

  /**
   * Heap retained by a finished result, for the benchmark run and for a run with 5× the ticks and the
   * same number of events (quantum 50, 5,000 CPU ticks per task): memory follows events, not ticks.
   */
  private static void reportMemory() {
    Scenario longer = BenchmarkScenarios.roundRobin();
    List<TaskSpec> tasks = new ArrayList<>();
    for (TaskSpec t : longer.tasks()) {
      tasks.add(TaskSpec.of(t.name(), 0, Op.cpu(5 * BenchmarkScenarios.CPU_TICKS_PER_TASK)));
    }
    longer = Scenario.of("Benchmark: RR, 5x ticks", new Machine(BenchmarkScenarios.CORES, 0),
        SchedulerSpec.roundRobin(5 * BenchmarkScenarios.RR_QUANTUM_TICKS), tasks, 1);
    for (Scenario s : List.of(BenchmarkScenarios.roundRobin(), BenchmarkScenarios.mlfq(), longer)) {
      long before = usedHeap();
      SimulationResult r = BenchmarkScenarios.run(s);
      long retained = usedHeap() - before;
      System.out.printf("%-24s makespan %7d  events %7d  retained %6.1f MB  %4.0f bytes/event"
              + "  (tasks x ticks = %,d cells)%n", s.title(), r.makespan(), r.trace().size(),
          retained / 1e6, (double) retained / r.trace().size(),
          (long) s.tasks().size() * r.makespan());
    }
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
