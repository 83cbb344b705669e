package org.timeslice.model.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.timeslice.model.core.Limits;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.scenario.TaskSpec;

/**
 * Rules every state of a native simulation obeys. Tests check them after every tick; the browser may
 * check them too (in a debug mode). They read only the {@link Snapshot} and the scenario.
 */
public final class Invariants {
  private Invariants() {}

  /**
   * Throws {@link IllegalStateException} listing every broken rule, with the scenario title, seed and
   * tick needed to reproduce it.
   */
  public static void check(Simulation sim) {
    List<String> broken = violations(sim.scenario(), sim.snapshot());
    if (!broken.isEmpty()) {
      throw new IllegalStateException("invariants broken at tick " + sim.tick() + " of scenario \""
          + sim.scenario().title() + "\" (seed " + sim.scenario().seed() + "): " + broken);
    }
  }

  /** The broken rules of {@code snapshot}, as sentences; empty when all hold. */
  public static List<String> violations(Scenario scenario, Snapshot snapshot) {
    List<String> broken = new ArrayList<>();
    TreeMap<String, Integer> runningOn = new TreeMap<>();
    boolean idleCore = false;
    for (Snapshot.CoreView core : snapshot.cores()) {
      if (core.running() != null && core.switchingTo() != null) {
        broken.add("core " + core.core() + " both runs and switches");
      }
      if (core.running() != null && runningOn.put(core.running(), core.core()) != null) {
        broken.add(core.running() + " runs on two cores");
      }
      idleCore |= core.running() == null && core.switchingTo() == null;
    }
    TreeMap<String, Integer> queued = new TreeMap<>();
    for (List<String> level : snapshot.readyQueues()) {
      for (String name : level) {
        if (queued.put(name, 1) != null) {
          broken.add(name + " is queued twice");
        }
      }
    }
    if (idleCore && !queued.isEmpty()) {
      broken.add("a core is idle while tasks are ready: " + queued.keySet());
    }
    for (int i = 0; i < snapshot.tasks().size(); i++) {
      checkTask(scenario.tasks().get(i), snapshot, snapshot.tasks().get(i), runningOn, queued,
          broken);
    }
    if (snapshot.tick() > Limits.MAX_TICKS) {
      broken.add("tick beyond " + Limits.MAX_TICKS);
    }
    return broken;
  }

  private static void checkTask(TaskSpec spec, Snapshot snapshot, Snapshot.TaskView t,
      TreeMap<String, Integer> runningOn, TreeMap<String, Integer> queued, List<String> broken) {
    String name = t.name();
    boolean running = runningOn.containsKey(name);
    if ((t.state() == State.RUNNING) != running) {
      broken.add(name + " is " + t.state() + " but running on a core: " + running);
    }
    if (running && runningOn.get(name) != t.core()) {
      broken.add(name + " runs on core " + runningOn.get(name) + " but says core " + t.core());
    }
    boolean switching = t.state() == State.READY && t.core() >= 0;
    if (queued.containsKey(name) != (t.state() == State.READY && !switching)) {
      broken.add(name + " is " + t.state() + (switching ? " (switching in)" : "")
          + " but queued: " + queued.containsKey(name));
    }
    if (switching && !name.equals(snapshot.cores().get(t.core()).switchingTo())) {
      broken.add(name + " claims core " + t.core() + " which is not switching to it");
    }
    if (t.state() == State.WAITING && t.opTicksLeft() < 1) {
      broken.add(name + " waits with no I/O ticks left");
    }
    if ((t.state() == State.NEW) != (spec.arrivalTick() > snapshot.tick())) {
      broken.add(name + " is " + t.state() + " at tick " + snapshot.tick() + ", arrival "
          + spec.arrivalTick());
    }
    if (t.cpuDoneTicks() > spec.cpuTicks()
        || (t.state() == State.TERMINATED && t.cpuDoneTicks() != spec.cpuTicks())) {
      broken.add(name + " did " + t.cpuDoneTicks() + " CPU ticks of " + spec.cpuTicks());
    }
    if (t.state() == State.RUNNING && t.opTicksLeft() < 1) {
      broken.add(name + " runs with no CPU left in its op");
    }
  }
}
