package org.timeslice.model.ostep;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.RunBudget;
import org.timeslice.model.scenario.Machine;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.Profile;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.sim.SimulationResult;

/**
 * Runs a scenario under one of the OSTEP profiles, so that its numbers are the ones the OSTEP homework
 * simulators print (docs/ostep-profiles.md; the rules are in ostep-semantics.md).
 *
 * <p>How this works: each profile has its own small simulator that replays the tool's loop step by step
 * ({@link SchedulerRun} for scheduler.py, {@link ProcessRun} for process-run.py, {@link MlfqRun} for
 * mlfq.py). The simulators only record lifecycle changes in a trace; {@link ResultDeriver} then reads every
 * metric and the timeline off that trace, and each simulator checks that the trace agrees with the numbers
 * the tool itself would have kept.
 *
 * <p>Results: {@code tasks} are in scenario order (scheduler.py prints SJF jobs in execution order; the
 * numbers per job are the same). Averages are exact means; rounded to 2 decimals they are the tool's
 * {@code %.2f} output. {@code cpuUtilization} is a fraction (busy ticks / makespan).
 */
public final class OstepSimulator {
  private OstepSimulator() {}

  /**
   * Runs {@code scenario}, whose profile must not be {@link Profile#NATIVE}.
   *
   * @param includeTimeline build the per-tick timeline even when it exceeds
   *     {@link Limits#MAX_TIMELINE_CELLS} (smaller timelines are always built)
   * @throws InvalidScenarioException if the scenario does not fit the profile, naming the field
   * @throws org.timeslice.model.core.SimulationLimitException if the run exceeds {@link Limits#MAX_TICKS}
   */
  public static SimulationResult run(Scenario scenario, boolean includeTimeline) {
    return run(scenario, includeTimeline, RunBudget.unlimited());
  }

  /** {@link #run(Scenario, boolean)} charging every recorded event to {@code budget}. */
  public static SimulationResult run(Scenario scenario, boolean includeTimeline, RunBudget budget) {
    Profile profile = scenario.profile();
    checkCommon(scenario);
    switch (profile) {
      case OSTEP_SCHEDULER:
        return new SchedulerRun(scenario, budget).run().derive(includeTimeline);
      case OSTEP_PROCESS_RUN:
        return new ProcessRun(scenario, budget).run().derive(includeTimeline);
      case OSTEP_MLFQ:
        return new MlfqRun(scenario, budget).run().derive(includeTimeline);
      case OSTEP_LOTTERY:
        return new LotteryRun(scenario, budget).run().derive(includeTimeline);
      default:
        throw new InvalidScenarioException("profile",
            "ostep-scheduler | ostep-process-run | ostep-mlfq | ostep-lottery",
            "OstepSimulator runs only the OSTEP profiles, not " + profile);
    }
  }

  /** An {@code ostep-mlfq} run with mlfq.py's execution trace beside the result. */
  public record MlfqLog(SimulationResult result, List<MlfqStep> steps) {}

  /**
   * Runs an {@code ostep-mlfq} scenario as {@link #run} does, keeping the tool's trace lines.
   *
   * @throws InvalidScenarioException if the scenario does not fit the profile, naming the field
   * @throws org.timeslice.model.core.SimulationLimitException if the run exceeds {@link Limits#MAX_TICKS}
   */
  public static MlfqLog runMlfq(Scenario scenario, boolean includeTimeline) {
    checkCommon(scenario);
    MlfqRun run = new MlfqRun(scenario, RunBudget.unlimited()).run();
    return new MlfqLog(run.derive(includeTimeline), run.steps());
  }

  /**
   * An {@code ostep-lottery} run: every round's draw, and the result when every job finished within the
   * tool's sum(lengths) rounds (else null).
   *
   * @param ticketsRanOut whether the tool stops dividing by zero: jobs left, none holding a ticket
   */
  public record LotteryLog(SimulationResult result, List<LotteryDraw> draws, boolean ticketsRanOut) {}

  /**
   * Runs an {@code ostep-lottery} scenario, keeping every draw; unlike {@link #run}, a lottery whose rounds
   * or tickets run out still gives its draws (with a null result).
   *
   * @throws InvalidScenarioException if the scenario does not fit the profile, naming the field
   * @throws org.timeslice.model.core.SimulationLimitException if the run exceeds {@link Limits#MAX_TICKS}
   */
  public static LotteryLog runLottery(Scenario scenario, boolean includeTimeline) {
    checkCommon(scenario);
    LotteryRun run = new LotteryRun(scenario, RunBudget.unlimited()).run();
    SimulationResult result;
    try {
      result = run.derive(includeTimeline);
    } catch (InvalidScenarioException e) {
      result = null;
    }
    return new LotteryLog(result, run.draws(), run.ticketsRanOut());
  }

  /** Rules every OSTEP profile shares: one CPU, no switch cost, named tasks, bounded programs. */
  private static void checkCommon(Scenario scenario) {
    Machine machine = scenario.machine();
    if (machine != null && (machine.cores() != 1 || machine.contextSwitchTicks() != 0)) {
      throw new InvalidScenarioException("machine", "cores 1, contextSwitchTicks 0",
          "the OSTEP simulators model one CPU with free context switches: machine must be"
              + " {cores: 1, contextSwitchTicks: 0}");
    }
    List<TaskSpec> tasks = scenario.tasks();
    if (tasks.size() > Limits.MAX_TASKS) {
      throw new InvalidScenarioException("tasks", "at most " + Limits.MAX_TASKS,
          "too many tasks: " + tasks.size() + " (at most " + Limits.MAX_TASKS + ")");
    }
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < tasks.size(); i++) {
      TaskSpec task = tasks.get(i);
      String name = task.name();
      if (name == null || name.isEmpty() || seen.contains(name)) {
        throw new InvalidScenarioException("tasks[" + i + "].name", "non-empty, unique",
            "tasks[" + i + "].name must be non-empty and unique, got " + name);
      }
      seen.add(name);
      checkProgram(i, task.program());
    }
  }

  private static void checkProgram(int i, List<Op> program) {
    if (program.size() > Limits.MAX_OPS_PER_TASK) {
      throw new InvalidScenarioException("tasks[" + i + "].program",
          "at most " + Limits.MAX_OPS_PER_TASK + " ops", "tasks[" + i + "].program has "
              + program.size() + " ops (at most " + Limits.MAX_OPS_PER_TASK + ")");
    }
    for (int k = 0; k < program.size(); k++) {
      Op op = program.get(k);
      if (op == null || op.kind() == null || op.ticks() < 0 || op.ticks() > Limits.MAX_OP_TICKS) {
        String field = "tasks[" + i + "].program[" + k + "]";
        throw new InvalidScenarioException(field, "0.." + Limits.MAX_OP_TICKS,
            field + " must be {\"cpu\": n} or {\"io\": n} with n in 0.." + Limits.MAX_OP_TICKS);
      }
    }
  }

  /** Names of the scenario's tasks, in scenario order. */
  static List<String> names(Scenario scenario) {
    List<String> names = new ArrayList<>();
    for (TaskSpec task : scenario.tasks()) {
      names.add(task.name());
    }
    return names;
  }

  /** Throws unless every task arrives at tick 0 (the tool has no arrival times). */
  static void requireArrivalZero(Scenario scenario, String tool) {
    for (int i = 0; i < scenario.tasks().size(); i++) {
      if (scenario.tasks().get(i).arrivalTick() != 0) {
        throw new InvalidScenarioException("tasks[" + i + "].arrival", "0",
            tool + " starts every job at time 0, so tasks[" + i + "].arrival must be 0");
      }
    }
  }

  /** Thrown when a simulator's own bookkeeping disagrees with what the trace says: a bug. */
  static void agree(String what, long tool, long trace) {
    if (tool != trace) {
      throw new IllegalStateException(
          "OSTEP run inconsistent: " + what + " is " + tool + " by the tool's rules but " + trace
              + " by the trace");
    }
  }
}
