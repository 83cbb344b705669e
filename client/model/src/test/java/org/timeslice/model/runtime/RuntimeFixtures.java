package org.timeslice.model.runtime;

import java.util.List;

/** Small runtime specs with round numbers, for hand-computed timelines. */
final class RuntimeFixtures {
  private RuntimeFixtures() {}

  /** Interval, hand-off and wake-up as given; no start, IPC or parallel-slowdown costs. */
  static RuntimeSpec spec(RuntimeKind kind, int intervalTicks, int handoffTicks, int wakeupTicks) {
    return new RuntimeSpec(kind, 100, intervalTicks, handoffTicks, wakeupTicks, 0, StartMethod.FORK, 0, 0, 0,
        100, 1_000, 0);
  }

  static RuntimeScenario scenario(RuntimeSpec spec, int cores, PyTask... tasks) {
    return new RuntimeScenario("test", cores, spec, List.of(tasks), 1);
  }

  /** One letter per tick: R running, C running without the GIL, g GIL wait, r ready, b blocked, a awaiting, . done/new. */
  static String lane(RuntimeResult result, int lane) {
    StringBuilder out = new StringBuilder();
    LaneState[][] grid = result.timeline();
    for (LaneState s : grid[lane]) {
      out.append(switch (s) {
        case RUNNING -> 'R';
        case RUNNING_NO_GIL -> 'C';
        case GIL_WAIT -> 'g';
        case READY -> 'r';
        case BLOCKED -> 'b';
        case AWAITING -> 'a';
        default -> '.';
      });
    }
    return out.toString();
  }
}
