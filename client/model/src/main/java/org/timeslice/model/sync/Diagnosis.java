package org.timeslice.model.sync;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.lifecycle.State;

/**
 * What a state says about the run's health, named: finished, deadlocked (with its cycle), stuck for
 * another reason, livelocked, a thread starving, or simply running.
 *
 * @param kind the verdict
 * @param threads the threads concerned (the deadlock cycle, the starving thread, ...), in order
 * @param message one sentence for a banner, naming threads and objects
 */
public record Diagnosis(Kind kind, List<Integer> threads, String message) {
  /** The verdicts, worst first. */
  public enum Kind { DEADLOCK, STUCK, LIVELOCK, STARVATION, RUNNING, FINISHED }

  /**
   * Diagnoses {@code s}. Livelock: no thread has made progress (a PROGRESS op or termination) for
   * {@code windowSteps} steps although threads keep stepping. Starvation: some other thread progressed in
   * the last {@code windowSteps} steps but this unfinished one has not (detected only after the first
   * {@code windowSteps} steps).
   */
  public static Diagnosis of(SyncState s, int windowSteps) {
    SyncProgram p = s.program();
    WaitForGraph g = WaitForGraph.of(s);
    List<String> mutexes = p.names(SyncProgram.Kind.MUTEX);
    if (g.hasDeadlock()) {
      StringBuilder sb = new StringBuilder("Deadlock: ");
      for (int t : g.cycle()) {
        sb.append(name(s, t)).append(" waits for ").append(mutexes.get(g.viaMutex(t))).append(" held by ")
            .append(name(s, g.waitsFor(t))).append("; ");
      }
      sb.setLength(sb.length() - 2);
      return new Diagnosis(Kind.DEADLOCK, g.cycle(), sb.append(". Nobody can ever continue.").toString());
    }
    if (s.allTerminated()) {
      return new Diagnosis(Kind.FINISHED, List.of(), "Every thread has finished.");
    }
    if (s.isStuck()) {
      return stuck(s, g);
    }
    int step = s.step();
    if (windowSteps > 0 && step - s.lastProgressStep() >= windowSteps) {
      return new Diagnosis(Kind.LIVELOCK, runnable(s), "Livelock: threads keep stepping but nobody has made "
          + "progress for " + (step - s.lastProgressStep()) + " steps.");
    }
    if (windowSteps > 0 && step >= windowSteps) {
      for (int t = 0; t < s.threadCount(); t++) {
        if (s.threadState(t) != State.TERMINATED && step - s.lastProgressStep(t) >= windowSteps) {
          return new Diagnosis(Kind.STARVATION, List.of(t), "Starvation: " + name(s, t)
              + " has made no progress for " + (step - s.lastProgressStep(t)) + " steps while others did.");
        }
      }
    }
    return new Diagnosis(Kind.RUNNING, List.of(), "Running.");
  }

  private static Diagnosis stuck(SyncState s, WaitForGraph g) {
    List<Integer> waiting = new ArrayList<>();
    StringBuilder sb = new StringBuilder("Stuck: ");
    for (int t = 0; t < s.threadCount(); t++) {
      if (s.threadState(t) != State.WAITING) {
        continue;
      }
      waiting.add(t);
      sb.append(name(s, t)).append(" waits for ").append(s.waitKind(t).name().toLowerCase().replace('_', ' '))
          .append(' ').append(s.waitObjectName(t));
      int owner = g.waitsFor(t);
      if (owner >= 0) {
        sb.append(" held by ").append(s.isKilled(owner) ? "killed " : "").append(name(s, owner));
      }
      sb.append("; ");
    }
    sb.setLength(sb.length() - 2);
    return new Diagnosis(Kind.STUCK, waiting, sb.append(". Nobody can ever wake them.").toString());
  }

  private static List<Integer> runnable(SyncState s) {
    List<Integer> out = new ArrayList<>();
    for (int t = 0; t < s.threadCount(); t++) {
      if (s.isRunnable(t)) {
        out.add(t);
      }
    }
    return out;
  }

  private static String name(SyncState s, int t) {
    return s.program().threadNames().get(t);
  }
}
