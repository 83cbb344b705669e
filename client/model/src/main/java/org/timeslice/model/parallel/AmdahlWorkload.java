package org.timeslice.model.parallel;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.sim.Simulator;

/**
 * Amdahl's law, and a workload that puts the simulator's points on its curve.
 *
 * <p>How this works: {@link #TOTAL_WORK_TICKS} of CPU work, a fraction of it serial. The serial part is
 * one job {@code S} that arrives at tick 0; the parallel part is split as evenly as whole ticks allow into
 * one job per core ({@code P1..Pn}), all arriving when {@code S} ends, which acts as the barrier between
 * the two phases. On one core the run takes {@link #TOTAL_WORK_TICKS}; on n cores it takes the serial part
 * plus the longest parallel job, so the simulated speed-up sits on Amdahl's curve up to the rounding of an
 * uneven split.
 */
public final class AmdahlWorkload {
  /** Total CPU work; divisible by 1, 2, 3, 4, 5, 6, 8, 10, 12, 15 and 16. */
  public static final int TOTAL_WORK_TICKS = 240;
  /** The core counts the widget simulates. */
  public static final int[] CORE_COUNTS = {1, 2, 4, 8, 16};

  private AmdahlWorkload() {}

  /** Amdahl's law: the speed-up on {@code cores} cores when {@code serialFraction} (0..1) is serial. */
  public static double speedup(double serialFraction, double cores) {
    return 1.0 / (serialFraction + (1.0 - serialFraction) / cores);
  }

  /** Ticks of serial work for a serial share of {@code serialPercent} % (rounded down to a whole tick). */
  public static int serialTicks(int serialPercent) {
    if (serialPercent < 0 || serialPercent > 100) {
      throw new IllegalArgumentException("serialPercent must be 0..100, was " + serialPercent);
    }
    return TOTAL_WORK_TICKS * serialPercent / 100;
  }

  /** The workload with {@code serialPercent} % serial work on {@code cores} cores (FIFO, free switches). */
  public static Scenario scenario(int serialPercent, int cores) {
    int serial = serialTicks(serialPercent);
    int parallel = TOTAL_WORK_TICKS - serial;
    List<TaskSpec> tasks = new ArrayList<>();
    if (serial > 0) {
      tasks.add(TaskSpec.of("S", 0, Op.cpu(serial)));
    }
    for (int i = 0; i < cores; i++) {
      int share = parallel / cores + (i < parallel % cores ? 1 : 0);
      if (share > 0) {
        tasks.add(TaskSpec.of("P" + (i + 1), serial, Op.cpu(share)));
      }
    }
    return Scenario.of("Amdahl: " + serialPercent + "% serial on " + cores + (cores == 1 ? " core" : " cores"),
        new Machine(cores, 0), SchedulerSpec.of(Policy.FIFO), tasks, 1);
  }

  /** The simulated speed-up: the one-core makespan over the {@code cores}-core makespan. */
  public static double simulatedSpeedup(int serialPercent, int cores) {
    int one = Simulator.run(scenario(serialPercent, 1), false).makespan();
    int many = Simulator.run(scenario(serialPercent, cores), false).makespan();
    return (double) one / many;
  }
}
