package org.timeslice.model.runtime;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;

/**
 * The rules of a runtime scenario. Each broken rule is an {@link InvalidScenarioException} naming the JSON
 * path ({@code runtime.switchIntervalTicks}, {@code tasks[1].program[0].awaitSleep}) and the limit.
 */
public final class RuntimeValidator {
  private RuntimeValidator() {}

  public static void validate(RuntimeScenario s) {
    range("machine.cores", s.cores(), Limits.MIN_CORES, Limits.MAX_CORES);
    if (s.title().length() > Limits.MAX_TITLE_LENGTH) {
      throw new InvalidScenarioException("title", "at most " + Limits.MAX_TITLE_LENGTH + " characters",
          "title must have at most " + Limits.MAX_TITLE_LENGTH + " characters");
    }
    RuntimeSpec r = s.runtime();
    if (r == null || r.kind() == null) {
      throw new InvalidScenarioException("runtime.kind", "required", "runtime.kind is required");
    }
    range("runtime.tickMicros", r.tickMicros(), 1, Limits.MAX_TICK_MICROS);
    range("runtime.switchIntervalTicks", r.switchIntervalTicks(), 1, Limits.MAX_TICKS);
    range("runtime.handoffTicks", r.handoffTicks(), 0, Limits.MAX_RUNTIME_COST_TICKS);
    range("runtime.wakeupTicks", r.wakeupTicks(), 0, Limits.MAX_RUNTIME_COST_TICKS);
    range("runtime.threadStartTicks", r.threadStartTicks(), 0, Limits.MAX_RUNTIME_COST_TICKS);
    range("runtime.processStartTicks", r.processStartTicks(), 0, Limits.MAX_RUNTIME_COST_TICKS);
    range("runtime.ipcTicks", r.ipcTicks(), 0, Limits.MAX_RUNTIME_COST_TICKS);
    range("runtime.poolWorkers", r.poolWorkers(), 0, Limits.MAX_POOL_WORKERS);
    range("runtime.parallelSpeedPercent", r.parallelSpeedPercent(), 1, 100);
    range("runtime.osQuantumTicks", r.osQuantumTicks(), 1, Limits.MAX_TICKS);
    range("runtime.executorWorkers", r.executorWorkers(), 0, Limits.MAX_POOL_WORKERS);
    if (r.startMethod() == null) {
      throw new InvalidScenarioException("runtime.startMethod", "one of: fork, forkserver, spawn",
          "runtime.startMethod must be one of fork, forkserver, spawn");
    }
    if (r.poolWorkers() > 0 && r.kind() != RuntimeKind.MULTIPROCESSING) {
      throw new InvalidScenarioException("runtime.poolWorkers", "0 unless kind is multiprocessing",
          "runtime.poolWorkers only applies to the multiprocessing runtime");
    }
    tasks(s.tasks(), r.kind());
  }

  private static void tasks(List<PyTask> tasks, RuntimeKind kind) {
    range("tasks", tasks.size(), Limits.MIN_TASKS, Limits.MAX_TASKS);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < tasks.size(); i++) {
      PyTask task = tasks.get(i);
      String path = "tasks[" + i + "]";
      String name = task.name();
      if (name == null || name.isEmpty() || name.length() > Limits.MAX_NAME_LENGTH) {
        throw new InvalidScenarioException(path + ".name", "1.." + Limits.MAX_NAME_LENGTH + " characters",
            path + ".name must have 1.." + Limits.MAX_NAME_LENGTH + " characters");
      }
      if (!names.add(name)) {
        throw new InvalidScenarioException(path + ".name", "unique",
            path + ".name \"" + name + "\" is used by an earlier task");
      }
      range(path + ".arrival", task.arrivalTick(), 0, Limits.MAX_ARRIVAL_TICK);
      range(path + ".program", task.program().size(), 1, Limits.MAX_OPS_PER_TASK);
      for (int j = 0; j < task.program().size(); j++) {
        PyOp op = task.program().get(j);
        String opPath = path + ".program[" + j + "]." + op.kind().jsonName();
        if (kind != RuntimeKind.ASYNCIO && !op.kind().allowedInThreads()) {
          throw new InvalidScenarioException(opPath, "only under runtime.kind asyncio",
              opPath + " is an asyncio op; it needs runtime.kind \"asyncio\" (this runtime is \""
                  + kind.jsonName() + "\")");
        }
        range(opPath, op.ticks(), Limits.MIN_OP_TICKS, Limits.MAX_OP_TICKS);
      }
    }
  }

  private static void range(String field, long value, long min, long max) {
    if (value < min || value > max) {
      throw new InvalidScenarioException(field, min + ".." + max,
          field + " must be in " + min + ".." + max + " but is " + value);
    }
  }
}
