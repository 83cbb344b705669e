package org.timeslice.model.sync;

/**
 * Where a switch between threads may fall: a property of the program's runtime, chosen per scenario.
 *
 * <p>How this works: the machine remembers the thread that took the last step ({@link SyncState#current()})
 * and whether that step ended at a switch point. {@link SyncMachine#choices} offers only the current thread
 * unless a switch may fall there.
 */
public enum SwitchPoints {
  /** The textbook model: any runnable thread may take any next step. */
  ANY_MICRO_STEP,
  /**
   * CPython 3.11 with the GIL: the interpreter checks its eval breaker (and so may hand the GIL over) only
   * at a {@link OpCode#CALL}, a taken backward jump and a {@link OpCode#YIELD}; and of course when the
   * running thread blocks or ends. Between those the running thread keeps going, so the LOAD/ADD/STORE of
   * an unlocked {@code x += 1} inside a loop never interleave, while {@code x = x + f()} has a switch point
   * (the call) between its LOAD and its STORE.
   */
  CPYTHON_311,
  /**
   * Free-threaded CPython (PEP 703) on several cores: micro-steps of different threads really run at the
   * same time. Memory is sequentially consistent and every micro-step touches at most one shared location
   * atomically, so two micro-steps in the same instant give the same result as one of their two orders:
   * the reachable outcomes are exactly those of {@link #ANY_MICRO_STEP}, and the machine offers the same
   * choices. (Weak-memory reorderings are out of scope.)
   */
  FREE_THREADED
}
