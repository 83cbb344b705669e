package org.timeslice.model.sim;

import java.util.List;
import org.timeslice.model.lifecycle.State;

/**
 * Everything the browser draws for one tick: the state at the start of {@link #tick()}, with that tick's
 * decisions made (who runs on which core during the tick). Built on demand by
 * {@link Simulation#snapshot()}; immutable.
 *
 * @param tick the tick shown
 * @param tasks one view per task, in scenario order
 * @param cores one view per core, by index
 * @param readyQueues the ready queue as task names in the order the policy would pick them (FIFO, RR,
 *     LOTTERY: queue order; SJF, STCF, PRIORITY: by key then arrival and name); MLFQ: one list per
 *     level, highest first; other policies: exactly one list. Tasks being switched in are not in it.
 * @param io the tasks in I/O, in scenario order
 */
public record Snapshot(
    int tick, List<TaskView> tasks, List<CoreView> cores, List<List<String>> readyQueues,
    List<IoView> io) {

  /**
   * One task.
   *
   * @param core core the task runs on or is being switched onto, or -1
   * @param opIndex index of the current op (equals the program length once done)
   * @param opTicksLeft ticks left in the current op (I/O: until it completes)
   * @param cpuDoneTicks CPU ticks executed so far
   * @param effectivePriority PRIORITY: the priority after aging; other policies: the task's priority
   * @param mlfqLevel MLFQ: the current level (0 = highest); other policies: 0
   * @param quantumUsedTicks ticks used of the current quantum (RR, LOTTERY, MLFQ); else 0
   */
  public record TaskView(
      String name, State state, int core, int opIndex, int opTicksLeft, long cpuDoneTicks,
      int effectivePriority, int mlfqLevel, int quantumUsedTicks) {}

  /**
   * One core.
   *
   * @param running the task running during this tick, or null
   * @param switchingTo the task this core is switching to, or null
   * @param switchTicksLeft ticks of the switch still to go, including this one (0 if not switching)
   */
  public record CoreView(int core, String running, String switchingTo, int switchTicksLeft) {}

  /** A task in I/O and the ticks until its I/O completes. */
  public record IoView(String task, int ticksLeft) {}

  /** The view of the task called {@code name}, or null. */
  public TaskView task(String name) {
    for (TaskView t : tasks) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return null;
  }
}
