package org.timeslice.model.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A task (process or thread) of a scenario.
 *
 * @param name unique within the scenario; shown everywhere
 * @param arrivalTick the tick at which it arrives (JSON: {@code arrival})
 * @param priority for the priority policy: smaller runs first (like Unix nice); default 0
 * @param tickets for the lottery policy; default 100
 * @param program the ops it performs, in order
 */
public record TaskSpec(String name, int arrivalTick, int priority, int tickets, List<Op> program) {
  public static final int DEFAULT_PRIORITY = 0;
  public static final int DEFAULT_TICKETS = 100;

  public TaskSpec {
    program = program == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(program));
  }

  /** A task with default priority and tickets. */
  public static TaskSpec of(String name, int arrivalTick, Op... program) {
    return new TaskSpec(name, arrivalTick, DEFAULT_PRIORITY, DEFAULT_TICKETS, List.of(program));
  }

  /** Total CPU ticks of the program. */
  public long cpuTicks() {
    return sum(OpKind.CPU);
  }

  /** Total I/O ticks of the program. */
  public long ioTicks() {
    return sum(OpKind.IO);
  }

  private long sum(OpKind kind) {
    long total = 0;
    for (Op op : program) {
      if (op.kind() == kind) {
        total += op.ticks();
      }
    }
    return total;
  }
}
