package org.timeslice.model.narrate;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.trace.TraceEvent;

/**
 * Plain-language narration of trace events, for the event log and the screen-reader live region:
 * {@code t=12: B's time slice ended: RUNNING → READY. Context switch to C (2 ticks).}
 *
 * <p>Words live in the model so that they are tested on the JVM and identical in every view. The reason
 * given for a preemption depends on the policy, because the trace event itself only says PREEMPTED.
 */
public final class Narrator {
  private final Policy policy;
  private final int switchTicks;
  private final boolean multiCore;

  public Narrator(Scenario scenario) {
    this(scenario.scheduler().policy(), scenario.machine().contextSwitchTicks(),
        scenario.machine().cores() > 1);
  }

  public Narrator(Policy policy, int switchTicks, boolean multiCore) {
    this.policy = policy;
    this.switchTicks = switchTicks;
    this.multiCore = multiCore;
  }

  /** One line per tick that has events, in trace order. */
  public List<String> lines(List<TraceEvent> events) {
    List<String> lines = new ArrayList<>();
    int i = 0;
    while (i < events.size()) {
      int j = i;
      while (j < events.size() && events.get(j).tick() == events.get(i).tick()) {
        j++;
      }
      lines.add(line(events.subList(i, j)));
      i = j;
    }
    return lines;
  }

  /** The line for the events of one tick (all with the same tick): {@code t=3: A got the CPU: …}. */
  public String line(List<TraceEvent> sameTick) {
    if (sameTick.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("t=").append(sameTick.get(0).tick()).append(':');
    for (TraceEvent e : sameTick) {
      sb.append(' ').append(sentence(e));
    }
    return sb.toString();
  }

  /** One sentence for one event, ending with a full stop. */
  public String sentence(TraceEvent e) {
    String t = e.task();
    String change = ": " + e.from().name() + " → " + e.to().name() + ".";
    Event ev = e.event();
    switch (ev) {
      case ADMITTED:
        return t + " arrived and was admitted" + change;
      case DISPATCHED:
        return t + " got " + coreName(e.core()) + change;
      case PREEMPTED:
        return preemption(t) + change;
      case YIELDED:
        return t + " gave up the CPU" + change;
      case IO_REQUESTED:
        return t + " started I/O and waits for it" + change;
      case IO_COMPLETED:
        return t + "'s I/O finished" + change;
      case BLOCKED_ON_LOCK:
        return t + " is blocked on a lock" + change;
      case LOCK_GRANTED:
        return t + " got the lock" + change;
      case EXITED:
        return t + " finished" + change;
      case CONTEXT_SWITCH:
        return "Context switch to " + t + (multiCore ? " on core " + e.core() : "") + " ("
            + ticks(switchTicks) + ").";
      default:
        return t + ": " + ev.name() + change;
    }
  }

  private String preemption(String t) {
    switch (policy) {
      case RR:
      case LOTTERY:
        return t + "'s time slice ended";
      case MLFQ:
        return t + " was preempted (its time slice ended or a higher queue has work)";
      case STCF:
        return t + " was preempted by a task with less work left";
      case PRIORITY:
        return t + " was preempted by a more urgent task";
      default:
        return t + " was preempted";
    }
  }

  private String coreName(int core) {
    return multiCore ? "core " + core : "the CPU";
  }

  private static String ticks(int n) {
    return n == 1 ? "1 tick" : n + " ticks";
  }
}
