package org.timeslice.model.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.TaskSpec;
import org.timeslice.model.sim.SimulationResult;
import org.timeslice.model.trace.TraceEvent;

/**
 * A simulated run as a Chrome trace-event file (the "JSON object format" of the Trace Event Format), which
 * Perfetto (ui.perfetto.dev) and {@code chrome://tracing} open.
 *
 * <p>How this works: it replays the run's trace once. Two processes hold the tracks: process 1 "Cores" has
 * one thread per core with a complete ({@code "ph": "X"}) slice for every stretch a task ran on it and for
 * every context switch; process 2 "Tasks" has one thread per task (scenario order) with a slice for every
 * stretch the task was RUNNING, READY (waiting for a core) or WAITING (for I/O). Metadata events name the
 * tracks and fix their order. One tick is shown as {@link #MICROS_PER_TICK} µs, i.e. one millisecond, so
 * Perfetto's time axis reads in ticks as milliseconds. Everything is derived from the trace alone, so it
 * works whether or not the result carries a timeline, and the output is a pure function of the run.
 */
public final class ChromeTrace {
  /** Trace-event timestamps are microseconds; one tick is drawn as one millisecond. */
  public static final int MICROS_PER_TICK = 1000;
  static final int CORES_PID = 1;
  static final int TASKS_PID = 2;

  private final StringBuilder out = new StringBuilder();
  private boolean first = true;

  private ChromeTrace() {}

  /** The trace-event JSON of {@code result}, the run of {@code scenario}. */
  public static String of(Scenario scenario, SimulationResult result) {
    return new ChromeTrace().write(scenario, result);
  }

  private String write(Scenario scenario, SimulationResult result) {
    out.append("{\"displayTimeUnit\":\"ms\",\"otherData\":{\"title\":").append(quote(scenario.title()))
        .append(",\"hash\":").append(quote(result.hash()))
        .append(",\"microsPerTick\":").append(MICROS_PER_TICK)
        .append(",\"makespanTicks\":").append(result.makespan())
        .append("},\"traceEvents\":[");
    int cores = scenario.machine().cores();
    List<TaskSpec> tasks = scenario.tasks();
    metadata(CORES_PID, -1, "process_name", "Cores");
    metadata(CORES_PID, -1, "process_sort_index", 0);
    for (int c = 0; c < cores; c++) {
      metadata(CORES_PID, c + 1, "thread_name", "Core " + c);
      metadata(CORES_PID, c + 1, "thread_sort_index", c);
    }
    metadata(TASKS_PID, -1, "process_name", "Tasks");
    metadata(TASKS_PID, -1, "process_sort_index", 1);
    Map<String, Integer> index = new HashMap<>(); // lookups only: iteration order never shows
    for (int i = 0; i < tasks.size(); i++) {
      index.put(tasks.get(i).name(), i);
      metadata(TASKS_PID, i + 1, "thread_name", tasks.get(i).name());
      metadata(TASKS_PID, i + 1, "thread_sort_index", i);
    }
    replay(scenario, result, index);
    out.append("]}");
    return out.toString();
  }

  private void replay(Scenario scenario, SimulationResult result, Map<String, Integer> index) {
    int n = scenario.tasks().size();
    State[] state = new State[n];
    int[] since = new int[n];
    int[] core = new int[n];
    java.util.Arrays.fill(state, State.NEW);
    java.util.Arrays.fill(core, TraceEvent.NO_CORE);
    int switchTicks = scenario.machine().contextSwitchTicks();
    for (TraceEvent e : result.trace()) {
      int x = index.get(e.task());
      if (e.event() == Event.CONTEXT_SWITCH) {
        if (switchTicks > 0) {
          slice(CORES_PID, e.core() + 1, "context switch → " + e.task(), "switch", e.tick(), switchTicks,
              e.task());
        }
        continue;
      }
      if (e.from() == e.to()) {
        continue;
      }
      close(x, state[x], since[x], e.tick(), core[x], scenario);
      state[x] = e.to();
      since[x] = e.tick();
      core[x] = e.to() == State.RUNNING ? e.core() : TraceEvent.NO_CORE;
    }
    for (int x = 0; x < n; x++) {
      close(x, state[x], since[x], result.makespan(), core[x], scenario);
    }
  }

  /** Emits the slices of task x's stretch in {@code state} over [from, to). */
  private void close(int x, State state, int from, int to, int onCore, Scenario scenario) {
    if (to <= from) {
      return;
    }
    String task = scenario.tasks().get(x).name();
    switch (state) {
      case RUNNING -> {
        slice(TASKS_PID, x + 1, "running", "running", from, to - from, task);
        if (onCore >= 0) {
          slice(CORES_PID, onCore + 1, task, "running", from, to - from, task);
        }
      }
      case READY -> slice(TASKS_PID, x + 1, "ready (waiting for a core)", "ready", from, to - from, task);
      case WAITING -> slice(TASKS_PID, x + 1, "waiting for I/O", "waiting", from, to - from, task);
      default -> { }
    }
  }

  private void slice(int pid, int tid, String name, String category, int startTick, int ticks, String task) {
    next();
    out.append("{\"name\":").append(quote(name)).append(",\"cat\":").append(quote(category))
        .append(",\"ph\":\"X\",\"pid\":").append(pid).append(",\"tid\":").append(tid)
        .append(",\"ts\":").append((long) startTick * MICROS_PER_TICK)
        .append(",\"dur\":").append((long) ticks * MICROS_PER_TICK)
        .append(",\"args\":{\"task\":").append(quote(task)).append(",\"startTick\":").append(startTick)
        .append(",\"ticks\":").append(ticks).append("}}");
  }

  private void metadata(int pid, int tid, String name, String value) {
    metadataStart(pid, tid, name);
    out.append("\"name\":").append(quote(value)).append("}}");
  }

  private void metadata(int pid, int tid, String name, int sortIndex) {
    metadataStart(pid, tid, name);
    out.append("\"sort_index\":").append(sortIndex).append("}}");
  }

  private void metadataStart(int pid, int tid, String name) {
    next();
    out.append("{\"name\":\"").append(name).append("\",\"ph\":\"M\",\"pid\":").append(pid);
    if (tid >= 0) {
      out.append(",\"tid\":").append(tid);
    }
    out.append(",\"args\":{");
  }

  private void next() {
    if (!first) {
      out.append(',');
    }
    first = false;
  }

  /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
  static String quote(String s) {
    StringBuilder q = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\r' -> q.append("\\r");
        case '\t' -> q.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            String hex = Integer.toHexString(c);
            q.append("\\u").append("0000", hex.length(), 4).append(hex);
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }
}
