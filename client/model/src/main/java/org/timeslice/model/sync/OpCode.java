package org.timeslice.model.sync;

/**
 * The micro-steps a thread can take. Each op is one indivisible step of the machine: a switch to another
 * thread may fall between any two ops (subject to the program's {@link SwitchPoints}), never inside one.
 * {@code x += 1} is therefore three ops ({@link #LOAD}, {@link #ADD}, {@link #STORE}) unless written as
 * one {@link #ATOMIC_ADD}.
 *
 * <p>Operands live in {@link Op}: {@code name} is a variable or object name, {@code reg}/{@code reg2} are
 * register numbers (0..3), {@code imm} an immediate, {@code target} a resolved op index for jumps.
 */
public enum OpCode {
  /** {@code reg = var} (a read of shared memory). */
  LOAD,
  /** {@code var = reg} (a write of shared memory). */
  STORE,
  /** {@code reg += imm} (thread-local). */
  ADD,
  /** {@code reg += reg2} (thread-local). */
  ADD_REG,
  /** {@code reg = imm} (thread-local). */
  SET,
  /** {@code reg = var; var += imm} in one step (fetch-and-add, {@code AtomicInteger.getAndAdd}, a
   * {@code deque.append}-like single step); {@code reg} may be -1 to drop the old value. */
  ATOMIC_ADD,
  /** {@code reg = imm}: calls a function {@code f()} that returns {@code imm}. A CPython 3.11 switch point. */
  CALL,
  /** Jump to {@code target}. A backward jump is a CPython 3.11 switch point. */
  JUMP,
  /** Jump to {@code target} if {@code reg == 0}. */
  JUMP_IF_ZERO,
  /** Jump to {@code target} if {@code reg != 0}. */
  JUMP_IF_NONZERO,
  /** Jump to {@code target} if {@code reg > imm}. */
  JUMP_IF_GREATER,
  /** Does nothing but offers a switch point under every profile ({@code time.sleep(0)}, {@code sched_yield}). */
  YIELD,
  /** Counts one unit of useful work for the thread (the livelock and starvation detectors watch these). */
  PROGRESS,
  /** Sets the thread's phase label to {@code imm} (e.g. thinking / hungry / eating), for timelines. */
  PHASE,
  /** Acquire mutex {@code name}; blocks (FIFO) if another thread owns it, or if this thread owns a
   * non-reentrant one (self-deadlock). */
  LOCK,
  /** Release mutex {@code name}; ownership is handed to the first waiter, if any. */
  UNLOCK,
  /** {@code reg = 1} and acquire if mutex {@code name} is free (or reentrantly held), else {@code reg = 0};
   * never blocks. */
  TRY_LOCK,
  /** Semaphore {@code name}: take a permit, blocking (FIFO) while the count is 0. */
  ACQUIRE,
  /** Semaphore {@code name}: hand a permit to the first waiter, or add one to the count. */
  RELEASE,
  /** Bounded queue {@code name}: append {@code reg}; blocks while full. */
  PUT,
  /** Bounded queue {@code name}: remove the head into {@code reg}; blocks while empty. */
  TAKE,
  /** Condition {@code name} with mutex {@code name2}: release the mutex and wait; reacquires it when
   * signalled (Mesa semantics: the waker keeps running). */
  WAIT,
  /** Condition {@code name}: wake the first waiter (it then queues for its mutex). */
  SIGNAL,
  /** Condition {@code name}: wake every waiter. */
  BROADCAST,
  /** Event {@code name}: set the flag and wake every waiter. */
  SET_EVENT,
  /** Event {@code name}: clear the flag. */
  CLEAR_EVENT,
  /** Event {@code name}: continue if the flag is set, else wait until it is. */
  WAIT_EVENT;

  /** True for the jumps. */
  public boolean isJump() {
    return this == JUMP || this == JUMP_IF_ZERO || this == JUMP_IF_NONZERO || this == JUMP_IF_GREATER;
  }
}
