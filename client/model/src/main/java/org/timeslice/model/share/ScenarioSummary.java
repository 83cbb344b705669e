package org.timeslice.model.share;

import org.timeslice.model.scenario.Policy;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.SchedulerSpec;

/**
 * Words that describe a shared scenario in link previews, page titles and embed titles, e.g.
 * {@code "Round robin, quantum 2, 3 tasks"}. Plain text: whoever renders it escapes it.
 */
public final class ScenarioSummary {
  private ScenarioSummary() {}

  /** A short headline: policy and its main parameter, task count, cores when more than one. */
  public static String headline(Scenario s) {
    StringBuilder sb = new StringBuilder(policyPhrase(s.scheduler()));
    int n = s.tasks().size();
    sb.append(", ").append(n).append(n == 1 ? " task" : " tasks");
    int cores = s.machine().cores();
    if (cores > 1) {
      sb.append(", ").append(cores).append(" cores");
    }
    return sb.toString();
  }

  /** One or two sentences: the scenario's title, what runs on what, and the tick shown. */
  public static String description(Scenario s, int tick) {
    StringBuilder sb = new StringBuilder();
    if (!s.title().isBlank()) {
      sb.append(s.title().strip()).append(": ");
    }
    int n = s.tasks().size();
    int cores = s.machine().cores();
    sb.append(n).append(n == 1 ? " task on " : " tasks on ").append(cores)
        .append(cores == 1 ? " core" : " cores").append(" under ")
        .append(lowerFirst(policyPhrase(s.scheduler())));
    int switchTicks = s.machine().contextSwitchTicks();
    if (switchTicks > 0) {
      sb.append(", each context switch costing ").append(switchTicks)
          .append(switchTicks == 1 ? " tick" : " ticks");
    }
    sb.append('.');
    if (tick > 0) {
      sb.append(" Shared at tick ").append(tick).append('.');
    }
    return sb.toString();
  }

  static String policyPhrase(SchedulerSpec s) {
    Policy p = s.policy();
    return switch (p) {
      case FIFO -> "FIFO";
      case SJF -> "Shortest job first";
      case STCF -> "Shortest time to completion first";
      case RR -> "Round robin, quantum " + s.quantumTicks();
      case PRIORITY -> (s.preemptive() ? "Preemptive priority" : "Priority")
          + (s.agingTicks() > 0 ? " with aging" : "");
      case MLFQ -> "MLFQ, " + s.levels().size() + (s.levels().size() == 1 ? " level" : " levels");
      case LOTTERY -> "Lottery, quantum " + s.quantumTicks();
    };
  }

  private static String lowerFirst(String phrase) {
    // Acronyms (FIFO, MLFQ) keep their case; words do not.
    if (phrase.length() > 1 && Character.isUpperCase(phrase.charAt(1))) {
      return phrase;
    }
    return Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
  }
}
