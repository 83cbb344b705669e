package org.timeslice.model.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.trace.TraceEvent;

/**
 * Derives the per-tick {@link Timeline} (cores × ticks and tasks × ticks) from a trace. This is the only
 * place such tables exist, and only when a caller asks for them.
 */
public final class TimelineBuilder {
  private TimelineBuilder() {}

  /** The tables for ticks {@code 0 .. makespan - 1}. */
  public static Timeline build(Scenario scenario, List<TraceEvent> events, int makespan) {
    List<TaskSpec> specs = scenario.tasks();
    int n = specs.size();
    Map<String, Integer> index = new LinkedHashMap<>();
    State[][] states = new State[n][makespan];
    int[] since = new int[n];
    State[] current = new State[n];
    for (int i = 0; i < n; i++) {
      index.put(specs.get(i).name(), i);
      current[i] = State.NEW;
    }
    int cores = scenario.machine().cores();
    String[][] onCore = new String[cores][makespan];
    int[] runningSince = new int[cores];
    for (TraceEvent e : events) {
      if (e.event() == Event.CONTEXT_SWITCH) {
        continue;
      }
      int x = index.get(e.task());
      fill(states[x], since[x], e.tick(), current[x]);
      since[x] = e.tick();
      current[x] = e.to();
      if (e.event() == Event.DISPATCHED) {
        runningSince[e.core()] = e.tick();
      } else if (e.from() == State.RUNNING) {
        fill(onCore[e.core()], runningSince[e.core()], e.tick(), e.task());
      }
    }
    Map<String, List<State>> stateMap = new LinkedHashMap<>();
    for (int x = 0; x < n; x++) {
      fill(states[x], since[x], makespan, current[x]);
      stateMap.put(specs.get(x).name(), Collections.unmodifiableList(Arrays.asList(states[x])));
    }
    List<List<String>> coreLists = new ArrayList<>(cores);
    for (int c = 0; c < cores; c++) {
      coreLists.add(Collections.unmodifiableList(Arrays.asList(onCore[c])));
    }
    return new Timeline(Collections.unmodifiableList(coreLists),
        Collections.unmodifiableMap(stateMap));
  }

  private static <T> void fill(T[] row, int from, int to, T value) {
    for (int t = Math.max(0, from); t < Math.min(to, row.length); t++) {
      row[t] = value;
    }
  }
}
