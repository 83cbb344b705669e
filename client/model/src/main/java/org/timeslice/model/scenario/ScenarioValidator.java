package org.timeslice.model.scenario;

import java.util.List;
import java.util.TreeMap;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;

/**
 * Checks a {@link Scenario} against every rule of docs/scenario-format.md before anything runs it.
 *
 * <p>The first broken rule wins, in document order (version, title, machine, scheduler, tasks). The
 * exception names the JSON path of the offending field (e.g. {@code tasks[2].program[0].cpu}) and the rule
 * (e.g. {@code 1..1000000}); every bound comes from {@link Limits}.
 */
public final class ScenarioValidator {

  private ScenarioValidator() {}

  /**
   * Returns normally if {@code scenario} is valid.
   *
   * @throws InvalidScenarioException naming the first field that breaks a rule
   */
  public static void validate(Scenario scenario) {
    validate(scenario, Limits.MAX_TASKS);
  }

  /**
   * {@link #validate(Scenario)} with a different task-count ceiling, for trusted callers such as the
   * benchmark harness that need more than {@link Limits#MAX_TASKS} tasks. Every other rule applies.
   */
  public static void validate(Scenario scenario, int maxTasks) {
    if (scenario == null) {
      throw fail("", "required", "the scenario is missing");
    }
    if (scenario.version() != Limits.SCENARIO_VERSION) {
      throw fail("version", "== " + Limits.SCENARIO_VERSION,
          "version must be " + Limits.SCENARIO_VERSION + " but is " + scenario.version());
    }
    if (scenario.title().length() > Limits.MAX_TITLE_LENGTH) {
      throw fail("title", "<= " + Limits.MAX_TITLE_LENGTH + " chars",
          "title is longer than " + Limits.MAX_TITLE_LENGTH + " characters");
    }
    validateMachine(scenario.machine());
    validateScheduler(scenario.scheduler());
    validateTasks(scenario.tasks(), scenario.profile(), maxTasks);
    range("ostep.skipDraws", scenario.ostep().skipDraws(), 0, Limits.MAX_OSTEP_DRAWS);
  }

  private static void validateMachine(Machine machine) {
    if (machine == null) {
      throw fail("machine", "required", "machine is missing");
    }
    range("machine.cores", machine.cores(), Limits.MIN_CORES, Limits.MAX_CORES);
    range("machine.contextSwitchTicks", machine.contextSwitchTicks(), 0,
        Limits.MAX_CONTEXT_SWITCH_TICKS);
  }

  private static void validateScheduler(SchedulerSpec s) {
    if (s == null) {
      throw fail("scheduler", "required", "scheduler is missing");
    }
    if (s.policy() == null) {
      throw fail("scheduler.policy", "required", "scheduler.policy is missing");
    }
    if (s.policy() == Policy.RR || s.policy() == Policy.LOTTERY) {
      range("scheduler.quantumTicks", s.quantumTicks(), Limits.MIN_QUANTUM_TICKS,
          Limits.MAX_QUANTUM_TICKS);
    }
    atLeast("scheduler.agingTicks", s.agingTicks(), 0);
    atLeast("scheduler.boostTicks", s.boostTicks(), 0);
    if (s.policy() == Policy.MLFQ) {
      List<MlfqLevel> levels = s.levels();
      if (levels.size() < Limits.MIN_MLFQ_LEVELS || levels.size() > Limits.MAX_MLFQ_LEVELS) {
        throw fail("scheduler.levels",
            Limits.MIN_MLFQ_LEVELS + ".." + Limits.MAX_MLFQ_LEVELS + " levels",
            "MLFQ needs " + Limits.MIN_MLFQ_LEVELS + " to " + Limits.MAX_MLFQ_LEVELS
                + " levels but has " + levels.size());
      }
      for (int i = 0; i < levels.size(); i++) {
        String path = "scheduler.levels[" + i + "]";
        MlfqLevel level = levels.get(i);
        if (level == null) {
          throw fail(path, "required", path + " is missing");
        }
        range(path + ".quantumTicks", level.quantumTicks(), Limits.MIN_QUANTUM_TICKS,
            Limits.MAX_QUANTUM_TICKS);
        atLeast(path + ".allotment", level.allotment(), Limits.MIN_MLFQ_ALLOTMENT);
      }
    }
  }

  private static void validateTasks(List<TaskSpec> tasks, Profile profile, int maxTasks) {
    if (tasks.size() < Limits.MIN_TASKS) {
      throw fail("tasks", ">= " + Limits.MIN_TASKS + " task", "a scenario needs at least one task");
    }
    if (tasks.size() > maxTasks) {
      throw fail("tasks", "<= " + maxTasks + " tasks",
          "a scenario may have at most " + maxTasks + " tasks but has " + tasks.size());
    }
    // TreeMap, not HashMap: nothing observable may depend on hash iteration order.
    TreeMap<String, Integer> seen = new TreeMap<>();
    // Field paths are built only for a failure: a valid scenario of 1,000 tasks builds none.
    for (int i = 0; i < tasks.size(); i++) {
      TaskSpec task = tasks.get(i);
      if (task == null) {
        String path = taskPath(i);
        throw fail(path, "required", path + " is missing");
      }
      validateName(i, task.name(), seen);
      taskRange(i, ".arrival", task.arrivalTick(), 0, Limits.MAX_ARRIVAL_TICK);
      taskRange(i, ".priority", task.priority(), Limits.MIN_PRIORITY, Limits.MAX_PRIORITY);
      taskRange(i, ".tickets", task.tickets(), Limits.MIN_TICKETS, Limits.MAX_TICKETS);
      validateProgram(i, task.program(), profile);
    }
  }

  private static String taskPath(int task) {
    return "tasks[" + task + "]";
  }

  private static void taskRange(int task, String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw outOfRange(taskPath(task) + field, value, min, max);
    }
  }

  private static void validateName(int task, String name, TreeMap<String, Integer> seen) {
    if (name == null || name.isEmpty()) {
      String path = taskPath(task) + ".name";
      throw fail(path, "non-empty", path + " must not be empty");
    }
    if (name.length() > Limits.MAX_NAME_LENGTH) {
      String path = taskPath(task) + ".name";
      throw fail(path, "<= " + Limits.MAX_NAME_LENGTH + " chars",
          path + " is longer than " + Limits.MAX_NAME_LENGTH + " characters");
    }
    Integer previous = seen.put(name, task);
    if (previous != null) {
      String path = taskPath(task) + ".name";
      throw fail(path, "unique",
          path + " \"" + name + "\" repeats the name of tasks[" + previous + "]");
    }
  }

  private static void validateProgram(int task, List<Op> program, Profile profile) {
    boolean nativeProfile = profile == Profile.NATIVE;
    if (program.isEmpty() && nativeProfile) {
      String path = taskPath(task) + ".program";
      throw fail(path, ">= 1 op", path + ": program must have at least one op");
    }
    if (program.size() > Limits.MAX_OPS_PER_TASK) {
      String path = taskPath(task) + ".program";
      throw fail(path, "<= " + Limits.MAX_OPS_PER_TASK + " ops",
          path + " has " + program.size() + " ops, more than " + Limits.MAX_OPS_PER_TASK);
    }
    for (int j = 0; j < program.size(); j++) {
      Op op = program.get(j);
      if (op == null || op.kind() == null) {
        String opPath = taskPath(task) + ".program[" + j + "]";
        throw fail(opPath, "required", opPath + " must be {\"cpu\": n} or {\"io\": n}");
      }
      // The OSTEP profiles accept ops of 0 ticks: a job of length 0, and an I/O of length 0 (process-run.py
      // -L 0, mlfq.py -i 0: the I/O completes at the next tick). The native profile needs at least 1.
      int min = nativeProfile ? Limits.MIN_OP_TICKS
          : op.kind() == OpKind.CPU ? Limits.MIN_OSTEP_CPU_TICKS : Limits.MIN_OSTEP_IO_TICKS;
      if (op.ticks() < min || op.ticks() > Limits.MAX_OP_TICKS) {
        throw outOfRange(taskPath(task) + ".program[" + j + "]." + op.kind().jsonName(), op.ticks(), min,
            Limits.MAX_OP_TICKS);
      }
    }
  }

  private static void range(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw outOfRange(field, value, min, max);
    }
  }

  /** The error for {@code value} outside {@code min..max}; callers check first (paths built on failure). */
  private static InvalidScenarioException outOfRange(String field, int value, int min, int max) {
    return fail(field, min + ".." + max,
        field + " must be between " + min + " and " + max + " but is " + value);
  }

  private static void atLeast(String field, int value, int min) {
    if (value < min) {
      throw fail(field, ">= " + min, field + " must be at least " + min + " but is " + value);
    }
  }

  private static InvalidScenarioException fail(String field, String limit, String message) {
    return new InvalidScenarioException(field, limit, message + " (rule: " + limit + ")");
  }
}
