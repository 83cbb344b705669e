package org.timeslice.model.ostep;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.lifecycle.Lifecycle;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.MlfqLevel;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.OstepOptions;
import org.timeslice.model.scenario.OstepOptions.IoDoneBehavior;
import org.timeslice.model.scenario.OstepOptions.SwitchBehavior;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Profile;
import org.timeslice.model.scenario.RequeueOrder;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.sim.SimulationResult;
import org.timeslice.model.sim.TaskMetrics;
import org.timeslice.model.trace.TraceEvent;

/** Scenario builders and compact renderings of results, shared by the OSTEP profile tests. */
final class OstepFixtures {
  private OstepFixtures() {}

  static Scenario processRun(SwitchBehavior sw, IoDoneBehavior io, List<List<Op>> programs) {
    List<TaskSpec> tasks = new ArrayList<>();
    for (int p = 0; p < programs.size(); p++) {
      tasks.add(new TaskSpec("P" + p, 0, 0, 100, programs.get(p)));
    }
    return new Scenario(1, "t", Profile.OSTEP_PROCESS_RUN, Machine.singleCore(),
        SchedulerSpec.of(Policy.FIFO), tasks, 0, new OstepOptions(sw, io));
  }

  static Scenario scheduler(Policy policy, int quantum, int... lengths) {
    List<TaskSpec> tasks = new ArrayList<>();
    for (int i = 0; i < lengths.length; i++) {
      tasks.add(TaskSpec.of("J" + i, 0, Op.cpu(lengths[i])));
    }
    return new Scenario(1, "t", Profile.OSTEP_SCHEDULER, Machine.singleCore(),
        SchedulerSpec.of(policy).withQuantumTicks(quantum), tasks, 0, null);
  }

  static Scenario mlfq(List<MlfqLevel> levels, int boost, boolean stay, boolean bump,
      List<TaskSpec> tasks) {
    SchedulerSpec spec = new SchedulerSpec(Policy.MLFQ, 10, false, 0, levels, boost, stay, bump,
        RequeueOrder.NEW_ARRIVAL_FIRST);
    return new Scenario(1, "t", Profile.OSTEP_MLFQ, Machine.singleCore(), spec, tasks, 0, null);
  }

  static SimulationResult run(Scenario scenario) {
    SimulationResult result = OstepSimulator.run(scenario, true);
    checkTraceIsLegal(result.trace());
    return result;
  }

  static SimulationResult run(String commandLine) {
    return run(OstepCommandLine.parse(commandLine));
  }

  /** Replays the trace through the lifecycle table: every from must be the task's current state. */
  static void checkTraceIsLegal(List<TraceEvent> trace) {
    java.util.Map<String, State> current = new java.util.LinkedHashMap<>();
    int lastTick = 0;
    for (TraceEvent e : trace) {
      State from = current.getOrDefault(e.task(), State.NEW);
      if (from != e.from() || Lifecycle.next(e.from(), e.event()) != e.to() || e.tick() < lastTick) {
        throw new AssertionError("illegal trace event " + e);
      }
      int expectedCore = e.from() == State.RUNNING || e.to() == State.RUNNING ? 0 : TraceEvent.NO_CORE;
      if (e.core() != expectedCore) {
        throw new AssertionError("wrong core in " + e);
      }
      current.put(e.task(), e.to());
      lastTick = e.tick();
    }
  }

  /**
   * One word per tick: a letter per task (R running, r ready, B waiting/"BLOCKED", D done, n new), then
   * '/' and the CPU column (the digits of the task name, '-' when idle). process-run's rows, in short.
   */
  static String rows(SimulationResult result) {
    StringBuilder sb = new StringBuilder();
    List<String> cpu = result.timeline().cores().get(0);
    for (int t = 0; t < result.makespan(); t++) {
      if (t > 0) {
        sb.append(' ');
      }
      for (List<State> states : result.timeline().states().values()) {
        sb.append(letter(states.get(t)));
      }
      sb.append('/').append(cpu.get(t) == null ? "-" : cpu.get(t).substring(1));
    }
    return sb.toString();
  }

  /** The CPU column as one string: the digit of the running task's name, or '-' when idle. */
  static String ran(SimulationResult result) {
    StringBuilder sb = new StringBuilder();
    for (String name : result.timeline().cores().get(0)) {
      sb.append(name == null ? "-" : name.substring(1));
    }
    return sb.toString();
  }

  private static char letter(State s) {
    switch (s) {
      case RUNNING:
        return 'R';
      case READY:
        return 'r';
      case WAITING:
        return 'B';
      case TERMINATED:
        return 'D';
      default:
        return 'n';
    }
  }

  /** "response/turnaround/wait" of every task, in scenario order. */
  static String metrics(SimulationResult result) {
    StringBuilder sb = new StringBuilder();
    for (TaskMetrics m : result.tasks()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(m.response()).append('/').append(m.turnaround()).append('/').append(m.waitTicks());
    }
    return sb.toString();
  }

  /** "response/turnaround" of every task, in scenario order (mlfq.py's two metrics). */
  static String responseTurnaround(SimulationResult result) {
    StringBuilder sb = new StringBuilder();
    for (TaskMetrics m : result.tasks()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(m.response()).append('/').append(m.turnaround());
    }
    return sb.toString();
  }

  /** The trace as "tick task event" lines, for compact assertions. */
  static List<String> events(SimulationResult result) {
    List<String> lines = new ArrayList<>();
    for (TraceEvent e : result.trace()) {
      lines.add(e.tick() + " " + e.task() + " " + e.event());
    }
    return lines;
  }

  /** Python's "%.2f" of a double: the exact binary value rounded half to even. */
  static String twoDecimals(double value) {
    return new java.math.BigDecimal(value).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
  }
}
