package org.timeslice.model.runtime;

/**
 * What a thread, worker process or coroutine (a "lane" of the widget) is doing during a tick.
 * {@link #GIL_WAIT} is its own state: the thread could run (a core may even be free) but another thread
 * holds its interpreter's GIL.
 */
public enum LaneState {
  /** Not started yet (thread or process start in progress, or not arrived). */
  NEW,
  /** Runnable but without a core (threads), or in the event loop's ready deque (coroutines). */
  READY,
  /** On a core executing bytecode (holding the GIL where there is one); the coroutine the loop runs. */
  RUNNING,
  /** On a core inside a C extension that released the GIL. */
  RUNNING_NO_GIL,
  /** Waiting for the GIL in {@code take_gil}: distinct from READY. */
  GIL_WAIT,
  /** Blocked in I/O or {@code time.sleep}, off the cores (a coroutine doing this stalls its loop). */
  BLOCKED,
  /** A coroutine suspended at an {@code await}: the loop runs others meanwhile. */
  AWAITING,
  /** Finished. */
  DONE
}
