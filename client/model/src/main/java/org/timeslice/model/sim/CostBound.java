package org.timeslice.model.sim;

import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.OpKind;
import org.timeslice.model.scenario.Profile;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.TaskSpec;

/**
 * What a run of a scenario costs at the least, known before running it, so that a run that cannot fit a
 * limit is refused at once instead of after seconds of work (the server's per-request budget, docs/api.md).
 *
 * <ul>
 *   <li>{@code minTicks}: no run ends before every CPU tick has had a core ({@code Σ cpu / cores}, rounded
 *       up), nor before any one task has arrived and gone through its whole program (each op takes at
 *       least its ticks, one after another; native rules only: the OSTEP tools count their own way).
 *   <li>{@code minEvents}: every task that finishes is admitted, dispatched and exits (the lifecycle table
 *       allows no shorter path from NEW to TERMINATED), and each I/O of a native or {@code process-run}
 *       task is requested and completed: 3 events per task plus 2 per I/O op.
 * </ul>
 *
 * @param minTicks a lower bound of the makespan
 * @param minEvents a lower bound of the trace's length
 */
public record CostBound(long minTicks, long minEvents) {
  public static CostBound of(Scenario scenario) {
    long cpuTicks = 0;
    long longestTask = 0;
    long events = 0;
    boolean ioOpsWait = scenario.profile() == Profile.NATIVE || scenario.profile() == Profile.OSTEP_PROCESS_RUN;
    for (TaskSpec task : scenario.tasks()) {
      long own = task.arrivalTick();
      events += 3;
      for (Op op : task.program()) {
        own += op.ticks();
        if (op.kind() == OpKind.CPU) {
          cpuTicks += op.ticks();
        } else if (ioOpsWait) {
          events += 2;
        }
      }
      longestTask = Math.max(longestTask, own);
    }
    int cores = Math.max(1, scenario.machine().cores());
    long minTicks = (cpuTicks + cores - 1) / cores;
    if (scenario.profile() == Profile.NATIVE) {
      minTicks = Math.max(minTicks, longestTask);
    }
    return new CostBound(minTicks, events);
  }
}
