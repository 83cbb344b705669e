package org.timeslice.model.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.Policy;

/** Builds {@link Snapshot}s from a simulation's internals; allocation happens here, never per tick. */
final class SnapshotBuilder {
  private SnapshotBuilder() {}

  static Snapshot build(Plan plan, TaskTable tasks, ReadyQueues ready, int[] coreRunning,
      int[] coreSwitchTo, int[] coreSwitchLeft, int tick) {
    List<Snapshot.TaskView> taskViews = new ArrayList<>(plan.taskCount);
    List<Snapshot.IoView> io = new ArrayList<>();
    for (int x = 0; x < plan.taskCount; x++) {
      boolean waiting = tasks.state[x] == State.WAITING;
      int opLeft = waiting ? tasks.wakeTick[x] - tick : tasks.opLeft[x];
      int priority = plan.policy == Policy.PRIORITY
          ? ready.effectivePriority(x, tick) : plan.priority[x];
      taskViews.add(new Snapshot.TaskView(plan.names[x], tasks.state[x], tasks.core[x],
          tasks.opIndex[x], opLeft, tasks.cpuDone[x], priority, tasks.level[x],
          plan.usesQuantum() ? tasks.quantumUsed[x] : 0));
      if (waiting) {
        io.add(new Snapshot.IoView(plan.names[x], opLeft));
      }
    }
    List<Snapshot.CoreView> cores = new ArrayList<>(plan.cores);
    for (int c = 0; c < plan.cores; c++) {
      cores.add(new Snapshot.CoreView(c,
          coreRunning[c] >= 0 ? plan.names[coreRunning[c]] : null,
          coreSwitchTo[c] >= 0 ? plan.names[coreSwitchTo[c]] : null,
          coreSwitchTo[c] >= 0 ? coreSwitchLeft[c] : 0));
    }
    return new Snapshot(tick, Collections.unmodifiableList(taskViews),
        Collections.unmodifiableList(cores), readyLists(plan, ready, tick),
        Collections.unmodifiableList(io));
  }

  private static List<List<String>> readyLists(Plan plan, ReadyQueues ready, int tick) {
    List<List<String>> lists = new ArrayList<>();
    for (IntDeque q : ready.queues) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < q.size(); i++) {
        order.add(q.get(i));
      }
      if (plan.policy == Policy.SJF || plan.policy == Policy.STCF
          || plan.policy == Policy.PRIORITY) {
        order.sort((a, b) -> ready.compare(a, b, tick));
      }
      List<String> names = new ArrayList<>(order.size());
      for (int x : order) {
        names.add(plan.names[x]);
      }
      lists.add(Collections.unmodifiableList(names));
    }
    return Collections.unmodifiableList(lists);
  }
}
