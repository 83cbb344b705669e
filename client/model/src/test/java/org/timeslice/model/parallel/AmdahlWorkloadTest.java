package org.timeslice.model.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.timeslice.model.sim.Simulator;

class AmdahlWorkloadTest {

  @Test
  void amdahlsLawMatchesHandComputedValues() {
    assertEquals(1.0, AmdahlWorkload.speedup(0.25, 1), 1e-12);
    assertEquals(4.0, AmdahlWorkload.speedup(0.0, 4), 1e-12);
    // 1 / (0.1 + 0.9 / 4) = 1 / 0.325
    assertEquals(3.0769230769, AmdahlWorkload.speedup(0.1, 4), 1e-9);
    assertEquals(1.0, AmdahlWorkload.speedup(1.0, 16), 1e-12);
  }

  @Test
  void oneCoreAlwaysTakesTheTotalWork() {
    for (int pct = 0; pct <= 100; pct += 5) {
      assertEquals(AmdahlWorkload.TOTAL_WORK_TICKS,
          Simulator.run(AmdahlWorkload.scenario(pct, 1), false).makespan(), pct + "% serial");
    }
  }

  @Test
  void nCoresTakeTheSerialPartPlusTheLongestParallelShare() {
    // 10% of 240 = 24 serial ticks; 216 parallel ticks on 4 cores = 54 each: 24 + 54 = 78.
    assertEquals(78, Simulator.run(AmdahlWorkload.scenario(10, 4), false).makespan());
    // 5% = 12 serial; 228 on 16 cores = 15,15,15,15,14,...: 12 + 15 = 27.
    assertEquals(27, Simulator.run(AmdahlWorkload.scenario(5, 16), false).makespan());
    assertEquals(240.0 / 78, AmdahlWorkload.simulatedSpeedup(10, 4), 1e-12);
  }

  @Test
  void simulatedPointsSitOnTheCurveWhenTheSplitIsEven() {
    // 25% serial = 60 ticks; 180 parallel ticks divide evenly by 1, 2 and 4 cores.
    for (int cores : new int[] {1, 2, 4}) {
      assertEquals(AmdahlWorkload.speedup(0.25, cores), AmdahlWorkload.simulatedSpeedup(25, cores), 1e-12);
    }
  }

  @Test
  void fullySerialWorkDoesNotSpeedUp() {
    assertEquals(1.0, AmdahlWorkload.simulatedSpeedup(100, 16), 1e-12);
    assertEquals(1, AmdahlWorkload.scenario(100, 16).tasks().size());
  }

  @Test
  void percentagesOutsideZeroToHundredAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> AmdahlWorkload.serialTicks(101));
    assertThrows(IllegalArgumentException.class, () -> AmdahlWorkload.serialTicks(-1));
  }
}
