package org.timeslice.model.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything a run depends on. A simulation is a pure function of its scenario (the seed included): the
 * same scenario gives the same trace, on the JVM and in the browser.
 *
 * <p>Construction does not validate; {@code ScenarioValidator.validate} does, naming the offending field.
 * The JSON form is documented in docs/scenario-format.md.
 *
 * @param version scenario format version ({@code Limits.SCENARIO_VERSION})
 * @param title free text shown above the widget
 * @param profile rule book; {@link Profile#NATIVE} unless an OSTEP profile is asked for
 * @param machine cores and context-switch cost
 * @param scheduler policy and parameters
 * @param tasks the tasks, in scenario order (the order results list them in)
 * @param seed root seed of every random choice the run makes
 * @param ostep process-run options; only read under {@link Profile#OSTEP_PROCESS_RUN}
 */
public record Scenario(
    int version,
    String title,
    Profile profile,
    Machine machine,
    SchedulerSpec scheduler,
    List<TaskSpec> tasks,
    long seed,
    OstepOptions ostep) {

  public Scenario {
    title = title == null ? "" : title;
    profile = profile == null ? Profile.NATIVE : profile;
    tasks = tasks == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tasks));
    ostep = ostep == null ? OstepOptions.defaults() : ostep;
  }

  /** A version-1 native scenario. */
  public static Scenario of(
      String title, Machine machine, SchedulerSpec scheduler, List<TaskSpec> tasks, long seed) {
    return new Scenario(1, title, Profile.NATIVE, machine, scheduler, tasks, seed, null);
  }

  public Scenario withScheduler(SchedulerSpec newScheduler) {
    return new Scenario(version, title, profile, machine, newScheduler, tasks, seed, ostep);
  }

  public Scenario withMachine(Machine newMachine) {
    return new Scenario(version, title, profile, newMachine, scheduler, tasks, seed, ostep);
  }

  public Scenario withTasks(List<TaskSpec> newTasks) {
    return new Scenario(version, title, profile, machine, scheduler, newTasks, seed, ostep);
  }

  public Scenario withSeed(long newSeed) {
    return new Scenario(version, title, profile, machine, scheduler, tasks, newSeed, ostep);
  }
}
