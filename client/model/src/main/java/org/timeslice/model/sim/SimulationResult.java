package org.timeslice.model.sim;

import java.util.List;
import org.timeslice.model.trace.TraceEvent;

/**
 * The result contract (see issue "Simulation core" and docs/scenario-format.md). Every number is derived
 * from {@link #trace()}.
 *
 * @param makespan ticks until the last task terminated
 * @param tasks per-task metrics, in scenario order
 * @param timeline per-tick tables, or null when left out (too large and not asked for)
 * @param hash {@code Trace.hash} of {@link #trace()}
 */
public record SimulationResult(
    int makespan,
    List<TaskMetrics> tasks,
    Averages averages,
    long cpuBusyTicks,
    long ioBusyTicks,
    int contextSwitches,
    double cpuUtilization,
    Timeline timeline,
    List<TraceEvent> trace,
    String hash) {}
