package org.timeslice.model.replay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.sim.Simulation;
import org.timeslice.model.sim.SimulationResult;
import org.timeslice.model.sim.Snapshot;
import org.timeslice.model.trace.TraceEvent;

/**
 * One run of a scenario, computed once, that can be looked at from any tick in any order.
 *
 * <p>How this works: the run is stepped to its end once; before every {@link #CHECKPOINT_TICKS}-th tick a
 * deep {@link Simulation#copy()} is kept. {@link #snapshotAt} replays from the nearest checkpoint at or
 * before the tick (or keeps stepping a private cursor when the playhead moves forward), so the state at
 * tick t is the same whether it is reached by playing, stepping back or seeking; nothing is ever
 * re-randomised, because the simulation's PRNG travels inside every copy.
 */
public final class Recording {
  /** Ticks between checkpoints: a seek replays at most this many ticks. */
  public static final int CHECKPOINT_TICKS = 64;
  /** The longest run the playground records (a browser must stay responsive). */
  public static final int MAX_PLAYABLE_TICKS = 20_000;

  private final Scenario scenario;
  private final List<Simulation> checkpoints = new ArrayList<>();
  private final List<TraceEvent> events;
  private final SimulationResult result;
  private Simulation cursor;
  private Snapshot lastSnapshot;

  private Recording(Scenario scenario, int maxTicks) {
    this.scenario = scenario;
    Simulation sim = Simulation.create(scenario);
    while (!sim.isFinished()) {
      if (sim.tick() % CHECKPOINT_TICKS == 0) {
        checkpoints.add(sim.copy());
      }
      if (sim.tick() >= maxTicks) {
        throw new IllegalArgumentException("This run is longer than " + maxTicks
            + " ticks; shorten the programs or add cores to play it here.");
      }
      sim.step();
    }
    if (sim.tick() % CHECKPOINT_TICKS == 0) {
      checkpoints.add(sim.copy());
    }
    result = sim.runToEnd(false);
    // Views read the events on every frame: build them once rather than on every read.
    events = new ArrayList<>(result.trace());
  }

  /**
   * Records {@code scenario}.
   *
   * @throws org.timeslice.model.core.InvalidScenarioException if the scenario breaks a rule
   * @throws IllegalArgumentException if the run is longer than {@link #MAX_PLAYABLE_TICKS}
   */
  public static Recording of(Scenario scenario) {
    return new Recording(scenario, MAX_PLAYABLE_TICKS);
  }

  /** {@link #of(Scenario)} with another length limit. */
  public static Recording of(Scenario scenario, int maxTicks) {
    return new Recording(scenario, maxTicks);
  }

  public Scenario scenario() {
    return scenario;
  }

  /** The final result (metrics of the whole run, hash). */
  public SimulationResult result() {
    return result;
  }

  /** The last tick; {@link #snapshotAt} accepts 0..makespan. */
  public int makespan() {
    return result.makespan();
  }

  /** Every event of the run, in trace order. */
  public List<TraceEvent> events() {
    return Collections.unmodifiableList(events);
  }

  /** How many events happened at or before {@code tick} (a prefix of {@link #events()}). */
  public int eventCountUpTo(int tick) {
    int lo = 0;
    int hi = events.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (events.get(mid).tick() <= tick) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The state at the start of {@code tick} (clamped to 0..makespan), decisions for that tick made. */
  public Snapshot snapshotAt(int tick) {
    int t = Math.max(0, Math.min(tick, makespan()));
    if (lastSnapshot != null && lastSnapshot.tick() == t) {
      return lastSnapshot;
    }
    if (cursor == null || cursor.tick() > t || t - cursor.tick() > CHECKPOINT_TICKS) {
      cursor = checkpoints.get(t / CHECKPOINT_TICKS).copy();
    }
    while (cursor.tick() < t) {
      cursor.step();
    }
    lastSnapshot = cursor.snapshot();
    return lastSnapshot;
  }
}
