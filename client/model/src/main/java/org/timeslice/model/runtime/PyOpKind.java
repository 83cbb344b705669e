package org.timeslice.model.runtime;

/**
 * What one op of a Python task does. JSON: the op object's single key, e.g. {@code {"cext": 20}}.
 * {@code cpu} and {@code io} mean the same as in a plain scenario.
 */
public enum PyOpKind {
  /** Pure-Python bytecode for n ticks: needs the GIL (where there is one) and a core. */
  CPU("cpu", true),
  /** Blocking I/O (a socket read, a file read) for n ticks: releases the GIL, off the cores. */
  IO("io", true),
  /** {@code time.sleep}: releases the GIL, off the cores. In a coroutine it stalls the event loop. */
  SLEEP("sleep", true),
  /** A C-extension call that releases the GIL (e.g. NumPy): needs a core, not the GIL. */
  CEXT("cext", true),
  /** {@code await asyncio.sleep(n)}: suspends the coroutine; only under asyncio. */
  AWAIT_SLEEP("awaitSleep", false),
  /** {@code await reader.read()}: suspends the coroutine until the selector reports the fd; asyncio only. */
  AWAIT_IO("awaitIo", false),
  /** {@code await loop.run_in_executor(None, blocking_call)}: n ticks of blocking work on a pool thread. */
  EXECUTOR("executor", false),
  /** {@code queue.put_nowait(item)}, n times, on the loop's unbounded {@code asyncio.Queue}: never waits. */
  QUEUE_PUT("queuePut", false),
  /** {@code await queue.get()}, n times: each get suspends the coroutine while the queue is empty. */
  AWAIT_GET("awaitGet", false);

  private final String jsonName;
  private final boolean threadOp;

  PyOpKind(String jsonName, boolean threadOp) {
    this.jsonName = jsonName;
    this.threadOp = threadOp;
  }

  public String jsonName() {
    return jsonName;
  }

  /** Whether the op is allowed outside asyncio (the {@code await} ops are not). */
  public boolean allowedInThreads() {
    return threadOp;
  }

  /** Whether the op waits off the cores (and releases the GIL) in a thread. */
  public boolean blocks() {
    return this == IO || this == SLEEP;
  }

  public static PyOpKind fromJsonName(String name) {
    for (PyOpKind kind : values()) {
      if (kind.jsonName.equals(name)) {
        return kind;
      }
    }
    return null;
  }
}
