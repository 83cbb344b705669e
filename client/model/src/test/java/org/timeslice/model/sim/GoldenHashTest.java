package org.timeslice.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.timeslice.model.trace.Fnv1a64;
import org.timeslice.model.trace.TraceEvent;

/**
 * Golden traces. A change to a trace means every shared scenario now plays differently: that needs a
 * reason (a fixed bug, a documented rule change), never an optimisation.
 *
 * <p>Each preset has two values. The first is the format-1 hash (FNV-1a over each event's text line),
 * recorded from the simulator as of the issue "Simulation core" and unchanged since: it pins the trace
 * itself. The second is the published hash ({@code TraceHash} format 2, 32-bit words, adopted for speed
 * with the traces unchanged); the browser must give the same (SimulateHashIT).
 */
class GoldenHashTest {
  private static final Map<String, String> PRESETS = new LinkedHashMap<>();
  private static final Map<String, String> PUBLISHED = new LinkedHashMap<>();

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
    PUBLISHED.put("fifo-convoy", "79ffd5506ba9ba09");
    PUBLISHED.put("sjf-late-short-jobs", "fe65f934b031222a");
    PUBLISHED.put("stcf-late-short-jobs", "0a756a07c2374808");
    PUBLISHED.put("rr-small-quantum-switch-cost", "d09aa84d43ca3434");
    PUBLISHED.put("rr-large-quantum-switch-cost", "d099ada2fa5d9ba6");
    PUBLISHED.put("priority-starvation", "449b3ea130f67b5e");
    PUBLISHED.put("priority-aging", "daa455c7174b6bac");
    PUBLISHED.put("mlfq-gaming", "0b4468323a0dfca4");
    PUBLISHED.put("mlfq-boost", "7be4ad40aa5010d2");
    PUBLISHED.put("mlfq-allotment-accounting", "38399bab4c85f547");
    PUBLISHED.put("io-bound-vs-cpu-bound", "dbc8297f96176717");
    PUBLISHED.put("multicore-four-on-two", "7653994e601bd599");
    PUBLISHED.put("lottery-proportional-share", "e33b7593a9373c8f");
  }

  /** Format 1: 64-bit FNV-1a over every event's {@code canonical()} line followed by a newline. */
  static String formatOneHash(List<TraceEvent> events) {
    Fnv1a64 fnv = new Fnv1a64();
    for (TraceEvent e : events) {
      fnv.update(e.canonical()).update('\n');
    }
    return fnv.hex();
  }

  @Test
  void everyPresetKeepsItsGoldenTraceAndHash() {
    for (Preset p : Presets.all()) {
      SimulationResult r = Simulator.run(p.scenario(), false);
      assertEquals(PRESETS.get(p.id()), formatOneHash(r.trace()), p.id());
      assertEquals(PUBLISHED.get(p.id()), r.hash(), p.id());
    }
    assertEquals(PRESETS.size(), Presets.all().size());
    assertEquals(PUBLISHED.size(), Presets.all().size());
  }

  @Test
  void theBenchmarkScenariosKeepTheirGoldenHashesAndSizes() {
    SimulationResult rr = BenchmarkScenarios.run(BenchmarkScenarios.roundRobin());
    assertEquals("6034edad26a37d05", formatOneHash(rr.trace()));
    assertEquals("82c13d5595c96176", rr.hash());
    assertEquals(125_000, rr.makespan());
    assertEquals(201_000, rr.trace().size());
    assertEquals(1_000_000, rr.cpuBusyTicks());
    SimulationResult mlfq = BenchmarkScenarios.run(BenchmarkScenarios.mlfq());
    assertEquals("921b0bfd0d7459c5", formatOneHash(mlfq.trace()));
    assertEquals("a4aaf71431a1c35f", mlfq.hash());
    assertEquals(125_000, mlfq.makespan());
    assertEquals(84_808, mlfq.trace().size());
  }
}
