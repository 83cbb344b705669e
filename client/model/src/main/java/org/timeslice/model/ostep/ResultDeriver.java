package org.timeslice.model.ostep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.timeslice.model.core.Limits;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.sim.Averages;
import org.timeslice.model.sim.SimulationResult;
import org.timeslice.model.sim.TaskMetrics;
import org.timeslice.model.sim.Timeline;
import org.timeslice.model.trace.Trace;
import org.timeslice.model.trace.TraceEvent;

/**
 * Turns the trace of an OSTEP run into its {@link SimulationResult}. Nothing here looks at the
 * simulator's internals: every number is read off the trace, interval by interval.
 *
 * <p>The state of a task during tick t is the state after every event with tick ≤ t (an event at t takes
 * effect at the start of t; several events on one tick leave a zero-length state that no tick shows). The
 * CPU column at t holds the task that is RUNNING at t while it still has CPU work left ("cpu budget"); the
 * only RUNNING tick without work is process-run's degenerate "RUNNING with 0 instructions" row.
 */
final class ResultDeriver {
  private final List<String> names;
  private final int[] arrival;
  private final long[] cpuBudget;
  private final List<TraceEvent> events;
  private final int makespan;

  /**
   * @param cpuBudget per task, the ticks of CPU work its program holds (process-run: instructions)
   * @param makespan the tick the run ends at; every event has tick ≤ makespan
   */
  ResultDeriver(List<String> names, int[] arrival, long[] cpuBudget, List<TraceEvent> events,
      int makespan) {
    this.names = names;
    this.arrival = arrival;
    this.cpuBudget = cpuBudget;
    this.events = events;
    this.makespan = makespan;
  }

  /** Per-task sums collected while walking one task's intervals. */
  private static final class Sums {
    int firstRun = -1;
    int completion = -1;
    int ready;
    long cpu;
    long io;
  }

  /**
   * The result. The timeline is built when asked for, or when it is small enough anyway
   * ({@link Limits#MAX_TIMELINE_CELLS}); otherwise it is null.
   */
  SimulationResult derive(boolean includeTimeline) {
    int n = names.size();
    boolean withTimeline = includeTimeline || (long) n * makespan <= Limits.MAX_TIMELINE_CELLS;
    String[] cpuColumn = withTimeline ? new String[makespan] : null;
    State[][] stateRows = withTimeline ? new State[n][] : null;
    List<List<TraceEvent>> byTask = splitByTask();
    List<int[]> ioIntervals = new ArrayList<>();
    List<TaskMetrics> metrics = new ArrayList<>();
    long cpuBusy = 0;
    long sumResponse = 0;
    long sumTurnaround = 0;
    long sumWait = 0;
    for (int i = 0; i < n; i++) {
      State[] row = withTimeline ? new State[makespan] : null;
      Sums sums = walk(i, byTask.get(i), row, cpuColumn, ioIntervals);
      if (withTimeline) {
        stateRows[i] = row;
      }
      int response = sums.firstRun - arrival[i];
      int turnaround = sums.completion - arrival[i];
      metrics.add(new TaskMetrics(names.get(i), arrival[i], sums.firstRun, sums.completion,
          response, turnaround, sums.ready, sums.cpu, sums.io));
      cpuBusy += sums.cpu;
      sumResponse += response;
      sumTurnaround += turnaround;
      sumWait += sums.ready;
    }
    Averages averages = n == 0 ? new Averages(0, 0, 0)
        : new Averages((double) sumResponse / n, (double) sumTurnaround / n, (double) sumWait / n);
    double utilization = makespan == 0 ? 0.0 : (double) cpuBusy / makespan;
    Timeline timeline = withTimeline ? timeline(cpuColumn, stateRows) : null;
    return new SimulationResult(makespan, Collections.unmodifiableList(metrics), averages, cpuBusy,
        unionLength(ioIntervals), contextSwitches(), utilization, timeline, events,
        Trace.hash(events));
  }

  private List<List<TraceEvent>> splitByTask() {
    Map<String, Integer> index = new LinkedHashMap<>();
    List<List<TraceEvent>> byTask = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
      byTask.add(new ArrayList<>());
    }
    for (TraceEvent e : events) {
      byTask.get(index.get(e.task())).add(e);
    }
    return byTask;
  }

  /** Walks one task's state intervals [since, next change) clipped to [0, makespan). */
  private Sums walk(int task, List<TraceEvent> changes, State[] row, String[] cpuColumn,
      List<int[]> ioIntervals) {
    Sums sums = new Sums();
    long budgetLeft = cpuBudget[task];
    State state = State.NEW;
    int since = 0;
    for (int k = 0; k <= changes.size(); k++) {
      int until = k < changes.size() ? changes.get(k).tick() : makespan;
      int end = Math.min(until, makespan);
      if (end > since) {
        if (row != null) {
          for (int t = since; t < end; t++) {
            row[t] = state;
          }
        }
        if (state == State.READY) {
          sums.ready += end - since;
        } else if (state == State.WAITING) {
          sums.io += end - since;
          ioIntervals.add(new int[] {since, end});
        } else if (state == State.RUNNING) {
          int take = (int) Math.min(end - since, budgetLeft);
          budgetLeft -= take;
          sums.cpu += take;
          if (cpuColumn != null) {
            for (int t = since; t < since + take; t++) {
              cpuColumn[t] = names.get(task);
            }
          }
        }
      }
      if (k < changes.size()) {
        TraceEvent e = changes.get(k);
        if (e.event() == Event.DISPATCHED && sums.firstRun < 0) {
          sums.firstRun = e.tick();
        } else if (e.event() == Event.EXITED) {
          sums.completion = e.tick();
        }
        state = e.to();
        since = e.tick();
      }
    }
    return sums;
  }

  /** Ticks covered by at least one interval: "IO busy" counts overlapping I/Os once. */
  private static long unionLength(List<int[]> intervals) {
    List<int[]> sorted = new ArrayList<>(intervals);
    sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
    long total = 0;
    int coveredUntil = Integer.MIN_VALUE;
    for (int[] iv : sorted) {
      int start = Math.max(iv[0], coveredUntil);
      if (iv[1] > start) {
        total += iv[1] - start;
      }
      coveredUntil = Math.max(coveredUntil, iv[1]);
    }
    return total;
  }

  /** Dispatches of a task other than the one dispatched before it (the first dispatch is free). */
  private int contextSwitches() {
    int switches = 0;
    String last = null;
    for (TraceEvent e : events) {
      if (e.event() == Event.DISPATCHED) {
        if (last != null && !last.equals(e.task())) {
          switches++;
        }
        last = e.task();
      }
    }
    return switches;
  }

  private Timeline timeline(String[] cpuColumn, State[][] stateRows) {
    List<List<String>> cores = new ArrayList<>();
    List<String> column = new ArrayList<>();
    Collections.addAll(column, cpuColumn);
    cores.add(Collections.unmodifiableList(column));
    Map<String, List<State>> states = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      List<State> row = new ArrayList<>();
      Collections.addAll(row, stateRows[i]);
      states.put(names.get(i), Collections.unmodifiableList(row));
    }
    return new Timeline(Collections.unmodifiableList(cores), Collections.unmodifiableMap(states));
  }
}
