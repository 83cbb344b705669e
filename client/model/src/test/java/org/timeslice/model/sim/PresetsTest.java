package org.timeslice.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PresetsTest {
  @Test
  void idsAreStableUniqueKebabCaseAndInCatalogueOrder() {
    List<String> ids = Presets.all().stream().map(Preset::id).toList();
    assertEquals(List.of("fifo-convoy", "sjf-late-short-jobs", "stcf-late-short-jobs",
        "rr-small-quantum-switch-cost", "rr-large-quantum-switch-cost", "priority-starvation",
        "priority-aging", "mlfq-gaming", "mlfq-boost", "mlfq-allotment-accounting",
        "io-bound-vs-cpu-bound", "multicore-four-on-two", "lottery-proportional-share"), ids);
    assertEquals(ids.size(), new TreeSet<>(ids).size());
    ids.forEach(id -> assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), id));
    assertSame(Presets.all().get(0), Presets.byId("fifo-convoy"));
    assertNull(Presets.byId("nope"));
  }

  @Test
  void everyPresetRunsWithInvariantsHoldingEveryTick() {
    for (Preset p : Presets.all()) {
      SimulationResult r = Gantt.run(p.scenario());
      assertTrue(r.makespan() > 0, p.id());
      assertTrue(!p.description().isEmpty() && !p.title().isEmpty(), p.id());
    }
  }

  @Test
  void theLessonsShowTheEffectTheyClaim() {
    SimulationResult sjf = Simulator.run(Presets.byId("sjf-late-short-jobs").scenario(), false);
    SimulationResult stcf = Simulator.run(Presets.byId("stcf-late-short-jobs").scenario(), false);
    assertTrue(stcf.averages().turnaround() < sjf.averages().turnaround());
    SimulationResult small =
        Simulator.run(Presets.byId("rr-small-quantum-switch-cost").scenario(), false);
    SimulationResult large =
        Simulator.run(Presets.byId("rr-large-quantum-switch-cost").scenario(), false);
    assertTrue(small.contextSwitches() > large.contextSwitches());
    assertTrue(small.cpuUtilization() < large.cpuUtilization());
    int starvedL = Gantt.task(Simulator.run(Presets.byId("priority-starvation").scenario(), false),
        "L").firstRunTick();
    int agedL = Gantt.task(Simulator.run(Presets.byId("priority-aging").scenario(), false), "L")
        .firstRunTick();
    assertTrue(agedL < starvedL, agedL + " vs " + starvedL);
    int gamedH = Gantt.task(Simulator.run(Presets.byId("mlfq-gaming").scenario(), false), "H")
        .completionTick();
    int boostedH = Gantt.task(Simulator.run(Presets.byId("mlfq-boost").scenario(), false), "H")
        .completionTick();
    assertTrue(boostedH < gamedH, boostedH + " vs " + gamedH);
  }
}
