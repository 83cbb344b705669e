package org.timeslice.model.runtime;

/** Which Python (or plain OS) runtime executes a scenario's tasks. JSON: {@code runtime.kind}. */
public enum RuntimeKind {
  /** CPython threads sharing one GIL ({@code Python/ceval_gil.c}). */
  CPYTHON("cpython"),
  /** CPython built without the GIL (PEP 703, {@code python3.13t}): threads run bytecode in parallel. */
  FREE_THREADED("free-threaded"),
  /** {@code multiprocessing}: each task (or each pool worker) is a process with its own interpreter. */
  MULTIPROCESSING("multiprocessing"),
  /** One thread running an {@code asyncio} event loop; the tasks are coroutines. */
  ASYNCIO("asyncio"),
  /** Plain OS threads without any interpreter lock (e.g. JVM platform threads), for contrast. */
  OS_THREADS("os-threads");

  private final String jsonName;

  RuntimeKind(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  /** The kind whose JSON name is {@code name}, or null. */
  public static RuntimeKind fromJsonName(String name) {
    for (RuntimeKind kind : values()) {
      if (kind.jsonName.equals(name)) {
        return kind;
      }
    }
    return null;
  }

  /** Whether the kind's threads need a GIL to run bytecode. */
  public boolean hasGil() {
    return this == CPYTHON || this == MULTIPROCESSING || this == ASYNCIO;
  }
}
