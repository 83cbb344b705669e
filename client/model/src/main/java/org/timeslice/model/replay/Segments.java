package org.timeslice.model.replay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.trace.TraceEvent;

/** Gantt segments derived from a trace: per core (runs and switches) and per task (ready, waiting). */
public final class Segments {
  private Segments() {}

  /** Task name → index in scenario order. */
  public static Map<String, Integer> indexOf(Scenario scenario) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < scenario.tasks().size(); i++) {
      index.put(scenario.tasks().get(i).name(), i);
    }
    return index;
  }

  /** Runs and context switches per core, in trace order. */
  public static List<Segment> cores(Scenario scenario, List<TraceEvent> events) {
    Map<String, Integer> index = indexOf(scenario);
    int n = index.size();
    int[] since = new int[n];
    int[] core = new int[n];
    int switchTicks = scenario.machine().contextSwitchTicks();
    List<Segment> out = new ArrayList<>();
    for (TraceEvent e : events) {
      int x = index.get(e.task());
      if (e.event() == Event.CONTEXT_SWITCH) {
        out.add(new Segment(e.core(), e.tick(), e.tick() + switchTicks, x, Segment.Kind.SWITCH));
      } else if (e.to() == State.RUNNING) {
        since[x] = e.tick();
        core[x] = e.core();
      } else if (e.from() == State.RUNNING && e.tick() > since[x]) {
        out.add(new Segment(core[x], since[x], e.tick(), x, Segment.Kind.RUN));
      }
    }
    return out;
  }

  /** Ready and waiting stretches per task (lane = task index), in trace order. */
  public static List<Segment> tasks(Scenario scenario, List<TraceEvent> events) {
    Map<String, Integer> index = indexOf(scenario);
    int[] since = new int[index.size()];
    List<Segment> out = new ArrayList<>();
    for (TraceEvent e : events) {
      if (e.event() == Event.CONTEXT_SWITCH) {
        continue;
      }
      int x = index.get(e.task());
      if (e.tick() > since[x]) {
        if (e.from() == State.READY) {
          out.add(new Segment(x, since[x], e.tick(), x, Segment.Kind.READY));
        } else if (e.from() == State.WAITING) {
          out.add(new Segment(x, since[x], e.tick(), x, Segment.Kind.WAITING));
        }
      }
      since[x] = e.tick();
    }
    return out;
  }
}
