package org.timeslice.web.race;

import static org.timeslice.web.dom.Dom.text;

import org.teavm.jso.dom.html.HTMLElement;
import org.timeslice.model.sync.Diagnosis;
import org.timeslice.model.sync.Expectation;
import org.timeslice.model.sync.Exploration;
import org.timeslice.model.sync.Explorer;
import org.timeslice.model.sync.Philosophers;
import org.timeslice.model.sync.Session;
import org.timeslice.model.sync.SyncPreset;
import org.timeslice.model.sync.SyncPresets;
import org.timeslice.model.sync.SyncState;
import org.timeslice.model.sync.Verdict;
import org.timeslice.web.dom.Dom;

/**
 * The lesson's challenge line. On the race page: reach the lesson's interesting outcome by hand (or, when
 * it has none, try for a forbidden one). For the philosophers, by strategy: cause a deadlock in the fewest
 * steps, make them livelock, or prove by exhaustive search that no deadlock is reachable. Once met, a
 * challenge stays met until the lesson changes.
 */
final class Challenge {
  private final HTMLElement element = text("p", "race-challenge", "");
  private boolean met;

  Challenge() {
    element.setAttribute("data-role", "challenge");
  }

  HTMLElement element() { return element; }

  void reset() {
    met = false;
  }

  /** A run of yours ended with {@code label} (counted once per distinct schedule). */
  void runEnded(SyncPreset preset, String label) {
    Expectation target = interesting(preset);
    if (SyncPresets.strategyOf(preset.id()) == null && target != null && target.label().equals(label)) {
      met = true;
    }
  }

  void render(SyncPreset preset, Session session, Exploration exploration, int windowSteps) {
    Philosophers.Strategy strategy = SyncPresets.strategyOf(preset.id());
    String text = strategy == null ? raceText(preset) : philosophersText(strategy, session, exploration, windowSteps);
    Dom.setText(element, text);
    Dom.toggle(element, "met", met);
  }

  private String raceText(SyncPreset preset) {
    Expectation target = interesting(preset);
    if (target == null) {
      return "Challenge: try to reach an outcome the table marks forbidden. Then let the exhaustive search "
          + "show you why you cannot.";
    }
    return met ? "Challenge met: you reached \"" + target.label() + "\" yourself. " + target.description()
        : "Challenge: choose the steps yourself until the run ends with \"" + target.label() + "\".";
  }

  private String philosophersText(Philosophers.Strategy strategy, Session session, Exploration exploration,
      int windowSteps) {
    SyncState state = session.state();
    int n = state.threadCount();
    switch (strategy) {
      case NAIVE -> {
        // The fastest deadlock: everyone gets hungry and takes the left fork (2 steps each), then everyone
        // reaches for the right one (1 step each).
        boolean deadlocked = Diagnosis.of(state, 0).kind() == Diagnosis.Kind.DEADLOCK;
        met |= deadlocked && session.steps() <= 3 * n;
        return met ? "Challenge met: a deadlock in " + 3 * n + " steps, the fewest possible."
            : "Challenge: cause a deadlock in at most " + 3 * n + " steps."
                + (deadlocked ? " This one took " + session.steps() + ": try again with fewer." : "");
      }
      case TRY_LOCK_BACKOFF -> {
        met |= Diagnosis.of(state, windowSteps).kind() == Diagnosis.Kind.LIVELOCK;
        return met ? "Challenge met: a livelock. Everyone keeps trying, nobody eats."
            : "Challenge: make them livelock: keep them taking and putting back forks in step for "
                + windowSteps + " steps without a meal (try the seeded scheduler with k = 1).";
      }
      default -> {
        boolean proved = exploration != null && !exploration.truncated()
            && exploration.outcome(Explorer.DEADLOCK) == null;
        met |= proved;
        return met && exploration != null ? "Challenge met: the exhaustive search visited all "
            + exploration.statesExplored() + " states and none is a deadlock."
            : "Challenge: prove this table cannot deadlock: run the exhaustive search (it must finish within "
                + "its budget).";
      }
    }
  }

  private static Expectation interesting(SyncPreset preset) {
    for (Expectation e : preset.expectations()) {
      if (e.verdict() == Verdict.INTERESTING) {
        return e;
      }
    }
    return null;
  }
}
