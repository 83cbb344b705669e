package org.timeslice.model.ostep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.timeslice.model.core.Prng;
import org.timeslice.model.lifecycle.State;
import org.timeslice.model.scenario.Op;
import org.timeslice.model.scenario.OstepOptions.IoDoneBehavior;
import org.timeslice.model.scenario.OstepOptions.SwitchBehavior;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.sim.SimulationResult;

/** Properties of the ostep-process-run profile over random workloads (one seed replays a failure). */
class ProcessRunProperties {

  private static Scenario randomWorkload(long seed) {
    Prng prng = new Prng(seed);
    List<List<Op>> programs = new ArrayList<>();
    int processes = 1 + prng.nextInt(4);
    for (int p = 0; p < processes; p++) {
      List<Op> ops = new ArrayList<>();
      int count = prng.nextInt(5);
      for (int k = 0; k < count; k++) {
        ops.add(prng.nextInt(2) == 0 ? Op.cpu(prng.nextInt(4)) : Op.io(prng.nextInt(7)));
      }
      programs.add(ops);
    }
    SwitchBehavior sw = SwitchBehavior.values()[prng.nextInt(2)];
    IoDoneBehavior io = IoDoneBehavior.values()[prng.nextInt(2)];
    return OstepFixtures.processRun(sw, io, programs);
  }

  private static long instructions(Scenario scenario) {
    long total = 0;
    for (var task : scenario.tasks()) {
      for (Op op : task.program()) {
        total += op.kind() == org.timeslice.model.scenario.OpKind.CPU ? op.ticks() : 2;
      }
    }
    return total;
  }

  @Property(tries = 500)
  void cpuBusyIsTheNumberOfInstructionsAndTheTimelineHasMakespanColumns(@ForAll long seed) {
    Scenario scenario = randomWorkload(seed);
    SimulationResult r = OstepFixtures.run(scenario);
    String replay = "seed " + seed + ": " + scenario.tasks() + " " + scenario.ostep();
    assertEquals(instructions(scenario), r.cpuBusyTicks(), replay);
    assertEquals(r.makespan(), r.timeline().cores().get(0).size(), replay);
    for (List<State> row : r.timeline().states().values()) {
      assertEquals(r.makespan(), row.size(), replay);
    }
  }

  @Property(tries = 200)
  void theSameScenarioGivesTheSameHash(@ForAll long seed) {
    Scenario scenario = randomWorkload(seed);
    assertEquals(OstepSimulator.run(scenario, false).hash(), OstepSimulator.run(scenario, true).hash());
  }

  @Property(tries = 200)
  void everyProcessEndsTerminatedAndIoBusyNeverExceedsTheIoTicks(@ForAll long seed) {
    Scenario scenario = randomWorkload(seed);
    SimulationResult r = OstepFixtures.run(scenario);
    long ioTicks = 0;
    for (var m : r.tasks()) {
      ioTicks += m.ioTicks();
      assertEquals(m.completionTick(), m.turnaround(), "seed " + seed);
    }
    assertEquals(true, r.ioBusyTicks() <= ioTicks, "seed " + seed);
  }

  @Property(tries = 50)
  void aSeededRandomListAlwaysRuns(@ForAll @IntRange(min = 0, max = 10_000) int seed) {
    SimulationResult r = OstepFixtures.run("process-run.py -s " + seed + " -l 6:50,6:50,6:50 -L 3");
    assertEquals(r.makespan(), r.timeline().cores().get(0).size());
  }
}
