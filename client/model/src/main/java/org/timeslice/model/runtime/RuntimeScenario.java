package org.timeslice.model.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A scenario run by a Python runtime: the machine's cores, the runtime and its costs, and the tasks.
 * JSON: a plain scenario (docs/scenario-format.md) with a {@code runtime} object; see docs/runtime-format.md.
 *
 * <p>Construction does not validate; {@link RuntimeValidator#validate} does, naming the offending field.
 *
 * @param title shown above the widget
 * @param cores cores of the machine
 * @param runtime the runtime and its costs
 * @param tasks threads, processes, pool tasks or coroutines, in scenario order
 * @param seed root seed (the runtimes are deterministic without it; kept for the scenario contract)
 */
public record RuntimeScenario(String title, int cores, RuntimeSpec runtime, List<PyTask> tasks, long seed) {
  public RuntimeScenario {
    title = title == null ? "" : title;
    tasks = tasks == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tasks));
  }

  public RuntimeScenario withRuntime(RuntimeSpec newRuntime) {
    return new RuntimeScenario(title, cores, newRuntime, tasks, seed);
  }

  public RuntimeScenario withTasks(List<PyTask> newTasks) {
    return new RuntimeScenario(title, cores, runtime, newTasks, seed);
  }
}
