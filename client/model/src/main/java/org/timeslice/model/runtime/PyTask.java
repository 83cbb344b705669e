package org.timeslice.model.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A unit of work of a runtime scenario: a thread, a process (or a task given to a pool) or a coroutine.
 *
 * @param name unique within the scenario
 * @param arrivalTick when the main program starts it (JSON: {@code arrival})
 * @param program its ops, in order
 */
public record PyTask(String name, int arrivalTick, List<PyOp> program) {
  public PyTask {
    program = program == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(program));
  }

  public static PyTask of(String name, PyOp... program) {
    return new PyTask(name, 0, List.of(program));
  }
}
