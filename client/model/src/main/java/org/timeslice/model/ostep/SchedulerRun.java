package org.timeslice.model.ostep;

import java.util.List;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.RunBudget;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.OpKind;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.sim.SimulationResult;
import org.timeslice.model.sim.TaskMetrics;

/**
 * The {@code ostep-scheduler} profile: OSTEP's {@code cpu-sched/scheduler.py}.
 *
 * <p>How this works: every job arrives at 0 and is one CPU burst; {@link SchedulerPlan} decides the slices
 * (FIFO in list order, SJF by a stable sort on length, RR with the tool's strictly-greater rule) and this
 * class records them one after the other from tick 0. A zero-length job finishes the moment it is dispatched.
 * There is no switch cost. The tool's metrics: response = first dispatch, turnaround = completion, and
 * wait = time spent not running (for FIFO/SJF the start time), which equals the trace's READY ticks.
 */
final class SchedulerRun {
  private final Scenario scenario;
  private final Policy policy;
  private final int quantum;
  private final int[] length;
  private final TraceRecorder recorder;
  private final int[] toolResponse;
  private final int[] toolTurnaround;
  private final boolean[] dispatchedOnce;
  private int now;

  SchedulerRun(Scenario scenario, RunBudget budget) {
    this.scenario = scenario;
    if (scenario.scheduler() == null) {
      throw new InvalidScenarioException("scheduler.policy", "FIFO | SJF | RR",
          "the ostep-scheduler profile needs scheduler.policy FIFO, SJF or RR");
    }
    this.policy = scenario.scheduler().policy();
    this.quantum = scenario.scheduler().quantumTicks();
    if (policy != Policy.FIFO && policy != Policy.SJF && policy != Policy.RR) {
      throw new InvalidScenarioException("scheduler.policy", "FIFO | SJF | RR",
          "scheduler.py knows only FIFO, SJF and RR, not " + policy);
    }
    if (policy == Policy.RR && quantum < 1) {
      throw new InvalidScenarioException("scheduler.quantumTicks", ">= 1",
          "RR needs scheduler.quantumTicks >= 1 (scheduler.py -q), got " + quantum);
    }
    OstepSimulator.requireArrivalZero(scenario, "scheduler.py");
    this.length = lengths(scenario);
    this.recorder = new TraceRecorder(OstepSimulator.names(scenario), budget);
    this.toolResponse = new int[length.length];
    this.toolTurnaround = new int[length.length];
    this.dispatchedOnce = new boolean[length.length];
  }

  private static int[] lengths(Scenario scenario) {
    List<TaskSpec> tasks = scenario.tasks();
    int[] length = new int[tasks.size()];
    long total = 0;
    for (int i = 0; i < tasks.size(); i++) {
      List<Op> program = tasks.get(i).program();
      if (program.size() != 1 || program.get(0).kind() != OpKind.CPU) {
        throw new InvalidScenarioException("tasks[" + i + "].program", "[{\"cpu\": length}]",
            "a scheduler.py job is one CPU burst: tasks[" + i + "].program must be [{\"cpu\": n}]");
      }
      length[i] = program.get(0).ticks();
      total += length[i];
    }
    if (total > Limits.MAX_TICKS) {
      throw new SimulationLimitException("tasks", "at most " + Limits.MAX_TICKS + " ticks",
          "the jobs need " + total + " ticks in all (Limits.MAX_TICKS is " + Limits.MAX_TICKS + ")");
    }
    return length;
  }

  SchedulerRun run() {
    for (int i = 0; i < length.length; i++) {
      recorder.change(0, i, Event.ADMITTED);
    }
    double[] lengths = new double[length.length];
    for (int i = 0; i < length.length; i++) {
      lengths[i] = length[i];
    }
    for (SchedulerPlan.Slice slice : SchedulerPlan.of(lengths, policy, quantum)) {
      int job = slice.job();
      dispatch(job);
      now += (int) slice.ran();
      if (slice.done()) {
        finish(job);
      } else {
        recorder.change(now, job, Event.PREEMPTED);
      }
    }
    return this;
  }

  private void dispatch(int job) {
    if (!dispatchedOnce[job]) {
      dispatchedOnce[job] = true;
      toolResponse[job] = now;
    }
    recorder.change(now, job, Event.DISPATCHED);
  }

  private void finish(int job) {
    toolTurnaround[job] = now;
    recorder.change(now, job, Event.EXITED);
  }

  SimulationResult derive(boolean includeTimeline) {
    int n = length.length;
    long[] budget = new long[n];
    for (int i = 0; i < n; i++) {
      budget[i] = length[i];
    }
    SimulationResult result = new ResultDeriver(OstepSimulator.names(scenario), new int[n], budget,
        recorder.events(), now).derive(includeTimeline);
    for (int i = 0; i < n; i++) {
      TaskMetrics m = result.tasks().get(i);
      OstepSimulator.agree("response of job " + i, toolResponse[i], m.response());
      OstepSimulator.agree("turnaround of job " + i, toolTurnaround[i], m.turnaround());
      OstepSimulator.agree("wait of job " + i, toolTurnaround[i] - length[i], m.waitTicks());
    }
    return result;
  }
}
