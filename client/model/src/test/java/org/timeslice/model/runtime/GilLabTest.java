package org.timeslice.model.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.timeslice.model.core.InvalidScenarioException;

/** The GIL lab's four ways on its three workloads: the lessons the page draws must hold. */
class GilLabTest {
  private static double ratio(GilLab.Result r, int way) {
    return r.runs().get(way).wallTicks() / (double) r.baseline().wallTicks();
  }

  @Test
  void cpuBoundThreadsGainNothingWhileFreeThreadsAndProcessesDo() {
    GilLab.Result r = GilLab.run(Workloads.Shape.CPU, 2, 2, 5_000);
    assertTrue(ratio(r, 0) >= 1.0, "threads with the GIL: no faster than sequential, " + ratio(r, 0));
    assertTrue(ratio(r, 1) < 0.7, "free-threaded: in parallel, " + ratio(r, 1));
    assertTrue(ratio(r, 2) < 0.75, "processes: in parallel, " + ratio(r, 2));
    assertTrue(ratio(r, 3) >= 1.0, "asyncio: one thread, " + ratio(r, 3));
    assertTrue(r.runs().get(0).gilWaitTicks() > 0);
    assertEquals(0, r.runs().get(1).gilWaitTicks());
  }

  @Test
  void waitingOverlapsUnderThreadsAndAsyncio() {
    GilLab.Result r = GilLab.run(Workloads.Shape.IO, 4, 2, 5_000);
    assertTrue(ratio(r, 0) < 0.35, "threads overlap their waits, " + ratio(r, 0));
    assertTrue(ratio(r, 3) < 0.35, "asyncio overlaps its awaits, " + ratio(r, 3));
  }

  @Test
  void limitsAreNamed() {
    assertEquals("workers", assertThrows(InvalidScenarioException.class,
        () -> GilLab.run(Workloads.Shape.CPU, 9, 2, 5_000)).field());
    assertEquals("cores", assertThrows(InvalidScenarioException.class,
        () -> GilLab.run(Workloads.Shape.CPU, 2, 0, 5_000)).field());
    assertEquals("switchInterval", assertThrows(InvalidScenarioException.class,
        () -> GilLab.run(Workloads.Shape.CPU, 2, 2, 50)).field());
  }
}
