package org.timeslice.model.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.trace.Trace;
import org.timeslice.model.trace.TraceEvent;

/**
 * Derives a {@link SimulationResult} from a finished run's trace and its scenario, and nothing else: the
 * server, the browser and the tests therefore agree on every number (docs/scenario-format.md, "Result").
 *
 * <p>Time in a state is measured between consecutive events of the task: a task that enters READY at t
 * and is DISPATCHED at t + 3 waited 3 ticks (switch ticks included: the task is READY while its core
 * switches to it).
 */
public final class Metrics {
  private static final int STATES = State.values().length;

  private Metrics() {}

  /**
   * The result of a finished run whose trace numbers tasks in scenario order (as {@link Simulation}'s
   * does); {@code includeTimeline} adds the per-tick tables.
   */
  static SimulationResult compute(Scenario scenario, Trace trace, boolean includeTimeline) {
    List<TaskSpec> specs = scenario.tasks();
    int n = specs.size();
    int[] since = new int[n];
    int[] firstRun = new int[n];
    int[] completion = new int[n];
    // int, not long: a task's ticks in one state are at most the makespan (<= MAX_TICKS).
    int[] stateTicks = new int[n * STATES];
    Arrays.fill(firstRun, -1);
    Arrays.fill(completion, -1);
    int cores = scenario.machine().cores();
    int[] lastOnCore = new int[cores];
    Arrays.fill(lastOnCore, -1);
    int switches = 0;
    int makespan = 0;
    IntervalUnion io = new IntervalUnion();
    Trace.Cursor c = trace.cursor();
    while (c.next()) {
      Event event = c.event();
      if (event == Event.CONTEXT_SWITCH) {
        continue;
      }
      int x = c.taskIndex();
      int tick = c.tick();
      State from = c.from();
      stateTicks[x * STATES + from.ordinal()] += tick - since[x];
      if (from == State.WAITING) {
        io.add(since[x], tick);
      }
      since[x] = tick;
      if (event == Event.DISPATCHED) {
        firstRun[x] = firstRun[x] < 0 ? tick : firstRun[x];
        int core = c.core();
        if (lastOnCore[core] >= 0 && lastOnCore[core] != x) {
          switches++;
        }
        lastOnCore[core] = x;
      } else if (event == Event.EXITED) {
        completion[x] = tick;
        makespan = Math.max(makespan, tick);
      }
    }
    List<TaskMetrics> tasks = new ArrayList<>(n);
    long cpuBusy = 0;
    long sumResponse = 0;
    long sumTurnaround = 0;
    long sumWait = 0;
    for (int x = 0; x < n; x++) {
      int arrival = specs.get(x).arrivalTick();
      int response = firstRun[x] - arrival;
      int turnaround = completion[x] - arrival;
      int wait = (int) stateTicks[x * STATES + State.READY.ordinal()];
      long cpu = stateTicks[x * STATES + State.RUNNING.ordinal()];
      long ioTicks = stateTicks[x * STATES + State.WAITING.ordinal()];
      tasks.add(new TaskMetrics(specs.get(x).name(), arrival, firstRun[x], completion[x], response,
          turnaround, wait, cpu, ioTicks));
      cpuBusy += cpu;
      sumResponse += response;
      sumTurnaround += turnaround;
      sumWait += wait;
    }
    Averages averages = n == 0 ? new Averages(0, 0, 0) : new Averages(
        (double) sumResponse / n, (double) sumTurnaround / n, (double) sumWait / n);
    double utilization = makespan == 0 ? 0.0 : (double) cpuBusy / ((double) cores * makespan);
    List<TraceEvent> events = trace.events();
    Timeline timeline = includeTimeline ? TimelineBuilder.build(scenario, events, makespan) : null;
    return new SimulationResult(makespan, Collections.unmodifiableList(tasks), averages, cpuBusy,
        io.length(), switches, utilization, timeline, events, trace.hash());
  }

  /** Total length of the union of half-open intervals [start, end), by a sweep over sorted ends. */
  static final class IntervalUnion {
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int size;

    void add(int start, int end) {
      if (start == end) {
        return;
      }
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
      }
      starts[size] = start;
      ends[size] = end;
      size++;
    }

    long length() {
      if (size == 0) {
        return 0;
      }
      int[] s = Arrays.copyOf(starts, size);
      int[] e = Arrays.copyOf(ends, size);
      Arrays.sort(s);
      Arrays.sort(e);
      long total = 0;
      int open = 0;
      int openedAt = 0;
      int j = 0;
      for (int i = 0; i < size; i++) {
        // Close every interval that ends at or before this start (touching intervals merge anyway).
        while (e[j] < s[i]) {
          if (--open == 0) {
            total += e[j] - openedAt;
          }
          j++;
        }
        if (open++ == 0) {
          openedAt = s[i];
        }
      }
      return size == 0 ? 0 : total + e[size - 1] - openedAt;
    }
  }
}
