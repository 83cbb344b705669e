package org.timeslice.model.runtime;

/**
 * How {@code multiprocessing} starts a worker process, with the start cost measured on a 2-core machine
 * with CPython 3.11 (issue 8; docs/fidelity.md). JSON: {@code runtime.startMethod}.
 */
public enum StartMethod {
  /** {@code os.fork()}: copy-on-write copy of the parent; cheapest. */
  FORK("fork", 2_500),
  /** Fork from a clean server process started once; pays the server start on the first worker. */
  FORKSERVER("forkserver", 18_000),
  /** A fresh interpreter that re-imports the main module (the default on macOS and Windows). */
  SPAWN("spawn", 80_000);

  private final String jsonName;
  private final int startMicros;

  StartMethod(String jsonName, int startMicros) {
    this.jsonName = jsonName;
    this.startMicros = startMicros;
  }

  public String jsonName() {
    return jsonName;
  }

  /** Measured wall time of {@code Process.start()} up to the child running, in microseconds. */
  public int startMicros() {
    return startMicros;
  }

  public static StartMethod fromJsonName(String name) {
    for (StartMethod m : values()) {
      if (m.jsonName.equals(name)) {
        return m;
      }
    }
    return null;
  }
}
