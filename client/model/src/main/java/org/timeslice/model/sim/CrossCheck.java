package org.timeslice.model.sim;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.core.Prng;
import org.timeslice.model.ostep.OstepFormat;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.RequeueOrder;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;

/**
 * What the browser (TeaVM) and the JVM compare to prove they run the same model: a catalogue of scenarios
 * drawn from a seed, and a one-line fingerprint of a result.
 *
 * <p>{@link #randomScenario} draws a valid native scenario from {@link Prng} alone (every policy, 1..4
 * cores, switch costs, late arrivals, I/O, priorities, tickets, MLFQ options, both re-queue orders), so
 * the same seed gives the same scenario on both sides without any scenario codec in the browser.
 */
public final class CrossCheck {
  private CrossCheck() {}

  /**
   * {@code hash|makespan|cpuBusyTicks|ioBusyTicks|contextSwitches|response|turnaround|wait|utilization},
   * the averages and utilization as Python's {@code %.2f} ({@link OstepFormat#twoDecimals}, which uses
   * {@code Double.doubleToLongBits}): equal fingerprints mean equal traces and equal derived numbers.
   */
  public static String fingerprint(SimulationResult r) {
    return r.hash() + "|" + r.makespan() + "|" + r.cpuBusyTicks() + "|" + r.ioBusyTicks() + "|"
        + r.contextSwitches() + "|" + OstepFormat.twoDecimals(r.averages().response()) + "|"
        + OstepFormat.twoDecimals(r.averages().turnaround()) + "|"
        + OstepFormat.twoDecimals(r.averages().waitTicks()) + "|"
        + OstepFormat.twoDecimals(r.cpuUtilization());
  }

  /** A valid native scenario drawn from {@code seed} (its own seed is drawn too). */
  public static Scenario randomScenario(long seed) {
    Prng prng = new Prng(seed);
    Policy policy = Policy.values()[prng.nextInt(Policy.values().length)];
    Machine machine = new Machine(1 + prng.nextInt(4), prng.nextInt(3));
    List<MlfqLevel> levels = new ArrayList<>();
    int levelCount = 1 + prng.nextInt(3);
    for (int l = 0; l < levelCount; l++) {
      levels.add(new MlfqLevel(1 + prng.nextInt(5), 1 + prng.nextInt(3)));
    }
    SchedulerSpec scheduler = new SchedulerSpec(policy, 1 + prng.nextInt(5), prng.nextInt(2) == 1,
        prng.nextInt(4), levels, prng.nextInt(3) == 0 ? 0 : 5 + prng.nextInt(30),
        prng.nextInt(2) == 1, prng.nextInt(2) == 1,
        RequeueOrder.values()[prng.nextInt(RequeueOrder.values().length)]);
    List<TaskSpec> tasks = new ArrayList<>();
    int taskCount = 1 + prng.nextInt(8);
    for (int i = 0; i < taskCount; i++) {
      List<Op> program = new ArrayList<>();
      int ops = 1 + prng.nextInt(6);
      for (int j = 0; j < ops; j++) {
        program.add(prng.nextInt(3) == 0 ? Op.io(1 + prng.nextInt(6)) : Op.cpu(1 + prng.nextInt(9)));
      }
      tasks.add(new TaskSpec("T" + i, prng.nextInt(15), prng.nextInt(5), 1 + prng.nextInt(100),
          program));
    }
    return Scenario.of("random " + seed, machine, scheduler, tasks, prng.nextLong());
  }
}
