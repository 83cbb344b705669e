package org.timeslice.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Golden trace hashes. A change here means every shared scenario now plays differently: that needs a
 * reason (a fixed bug, a documented rule change), never an optimisation. Values recorded from the
 * simulator as of the issue "Simulation core"; the browser must give the same (SimulateHashIT).
 */
class GoldenHashTest {
  private static final Map<String, String> PRESETS = new LinkedHashMap<>();

  static {
    PRESETS.put("fifo-convoy", "636903bf06f831fd");
    PRESETS.put("sjf-late-short-jobs", "c673f54f3d013e75");
    PRESETS.put("stcf-late-short-jobs", "a3d40066427e835c");
    PRESETS.put("rr-small-quantum-switch-cost", "eff2dfe8f79a0894");
    PRESETS.put("rr-large-quantum-switch-cost", "02fc7d7f819d2d3e");
    PRESETS.put("priority-starvation", "7062697c81eb1d8e");
    PRESETS.put("priority-aging", "a74187c4dd14c63e");
    PRESETS.put("mlfq-gaming", "e410a66b59cdfba9");
    PRESETS.put("mlfq-boost", "13340878d6885600");
    PRESETS.put("mlfq-allotment-accounting", "5a9dfea025ed43fe");
    PRESETS.put("io-bound-vs-cpu-bound", "1d91bc298a04abf0");
    PRESETS.put("multicore-four-on-two", "f1284ed999b8db69");
    PRESETS.put("lottery-proportional-share", "5cac2c8003674f3c");
  }

  @Test
  void everyPresetKeepsItsGoldenHash() {
    for (Preset p : Presets.all()) {
      assertEquals(PRESETS.get(p.id()), Simulator.run(p.scenario(), false).hash(), p.id());
    }
    assertEquals(PRESETS.size(), Presets.all().size());
  }

  @Test
  void theBenchmarkScenariosKeepTheirGoldenHashesAndSizes() {
    SimulationResult rr = BenchmarkScenarios.run(BenchmarkScenarios.roundRobin());
    assertEquals("6034edad26a37d05", rr.hash());
    assertEquals(125_000, rr.makespan());
    assertEquals(201_000, rr.trace().size());
    assertEquals(1_000_000, rr.cpuBusyTicks());
    SimulationResult mlfq = BenchmarkScenarios.run(BenchmarkScenarios.mlfq());
    assertEquals("921b0bfd0d7459c5", mlfq.hash());
    assertEquals(125_000, mlfq.makespan());
    assertEquals(84_808, mlfq.trace().size());
  }
}
