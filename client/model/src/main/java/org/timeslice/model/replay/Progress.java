package org.timeslice.model.replay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.trace.TraceEvent;

/**
 * The metrics known at the playhead: everything {@code sim.Metrics} reports for a finished run, computed
 * from the events up to tick {@code t} only, so the panel fills in as the run plays. At the makespan the
 * values equal the final result's. Unknown values (a task that has not run or not finished yet) are -1.
 *
 * @param tick the playhead
 * @param tasks one entry per task, in scenario order
 * @param coreBusyTicks per core: ticks spent running tasks up to the playhead
 * @param coreSwitchTicks per core: ticks spent switching up to the playhead
 * @param switches context switches so far (a core starting a task other than the one it last ran)
 * @param completed tasks terminated so far
 */
public record Progress(
    int tick, List<TaskProgress> tasks, long[] coreBusyTicks, long[] coreSwitchTicks, int switches,
    int completed) {

  /**
   * One task at the playhead.
   *
   * @param response first run − arrival, or -1 if it has not run yet
   * @param turnaround completion − arrival, or -1 if it has not finished
   * @param cpuAtLastSaveTicks CPU ticks done when it last left a core (what its saved registers reflect)
   * @param saves how many times it has left a core
   */
  public record TaskProgress(
      String name, State state, int arrival, int response, int turnaround, long waitTicks,
      long cpuTicks, long ioTicks, long cpuAtLastSaveTicks, int saves) {}

  /** Average response over tasks that have run; -1 if none has. */
  public double averageResponse() {
    long sum = 0;
    int n = 0;
    for (TaskProgress p : tasks) {
      if (p.response() >= 0) {
        sum += p.response();
        n++;
      }
    }
    return n == 0 ? -1 : (double) sum / n;
  }

  /** Average turnaround over finished tasks; -1 if none has finished. */
  public double averageTurnaround() {
    long sum = 0;
    int n = 0;
    for (TaskProgress p : tasks) {
      if (p.turnaround() >= 0) {
        sum += p.turnaround();
        n++;
      }
    }
    return n == 0 ? -1 : (double) sum / n;
  }

  /** Average ticks spent READY so far, over all tasks. */
  public double averageWait() {
    long sum = 0;
    for (TaskProgress p : tasks) {
      sum += p.waitTicks();
    }
    return tasks.isEmpty() ? 0 : (double) sum / tasks.size();
  }

  /** Busy fraction of a core so far (0 at tick 0). */
  public double utilization(int core) {
    return tick == 0 ? 0 : (double) coreBusyTicks[core] / tick;
  }

  /** Busy fraction of all cores together so far. */
  public double utilization() {
    long busy = 0;
    for (long b : coreBusyTicks) {
      busy += b;
    }
    return tick == 0 ? 0 : (double) busy / ((double) tick * coreBusyTicks.length);
  }

  /** Total ticks all cores spent switching so far. */
  public long switchTicks() {
    long total = 0;
    for (long s : coreSwitchTicks) {
      total += s;
    }
    return total;
  }

  /** Computes the progress at {@code tick} from the first {@code count} events (those at or before it). */
  public static Progress at(Scenario scenario, List<TraceEvent> events, int count, int tick) {
    Map<String, Integer> index = Segments.indexOf(scenario);
    int n = index.size();
    int cores = scenario.machine().cores();
    int switchTicks = scenario.machine().contextSwitchTicks();
    State[] state = new State[n];
    int[] since = new int[n];
    int[] firstRun = new int[n];
    int[] completion = new int[n];
    long[] ready = new long[n];
    long[] running = new long[n];
    long[] waiting = new long[n];
    long[] cpuAtSave = new long[n];
    int[] saves = new int[n];
    int[] coreOf = new int[n];
    long[] busy = new long[cores];
    long[] switching = new long[cores];
    String[] lastOnCore = new String[cores];
    int switches = 0;
    int completed = 0;
    for (int x = 0; x < n; x++) {
      state[x] = State.NEW;
      firstRun[x] = -1;
      completion[x] = -1;
    }
    for (int i = 0; i < count; i++) {
      TraceEvent e = events.get(i);
      if (e.event() == Event.CONTEXT_SWITCH) {
        switching[e.core()] += Math.min(e.tick() + switchTicks, tick) - e.tick();
        continue;
      }
      int x = index.get(e.task());
      int d = e.tick() - since[x];
      if (e.from() == State.READY) {
        ready[x] += d;
      } else if (e.from() == State.RUNNING) {
        running[x] += d;
        busy[coreOf[x]] += d;
        cpuAtSave[x] = running[x];
        saves[x]++;
      } else if (e.from() == State.WAITING) {
        waiting[x] += d;
      }
      since[x] = e.tick();
      state[x] = e.to();
      if (e.event() == Event.DISPATCHED) {
        coreOf[x] = e.core();
        firstRun[x] = firstRun[x] < 0 ? e.tick() : firstRun[x];
        if (lastOnCore[e.core()] != null && !lastOnCore[e.core()].equals(e.task())) {
          switches++;
        }
        lastOnCore[e.core()] = e.task();
      } else if (e.event() == Event.EXITED) {
        completion[x] = e.tick();
        completed++;
      }
    }
    List<TaskProgress> tasks = new ArrayList<>(n);
    for (int x = 0; x < n; x++) {
      int d = tick - since[x];
      if (state[x] == State.READY) {
        ready[x] += d;
      } else if (state[x] == State.RUNNING) {
        running[x] += d;
        busy[coreOf[x]] += d;
      } else if (state[x] == State.WAITING) {
        waiting[x] += d;
      }
      int arrival = scenario.tasks().get(x).arrivalTick();
      tasks.add(new TaskProgress(scenario.tasks().get(x).name(), state[x], arrival,
          firstRun[x] < 0 ? -1 : firstRun[x] - arrival, completion[x] < 0 ? -1 : completion[x] - arrival,
          ready[x], running[x], waiting[x], cpuAtSave[x], saves[x]));
    }
    return new Progress(tick, Collections.unmodifiableList(tasks), busy, switching, switches, completed);
  }
}
