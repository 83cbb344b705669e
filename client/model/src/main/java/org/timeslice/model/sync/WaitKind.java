package org.timeslice.model.sync;

/** What a WAITING thread waits for. A thread that is not WAITING has {@link #NONE}. */
public enum WaitKind {
  NONE,
  /** A mutex owned by another thread (or a non-reentrant one it owns itself). */
  MUTEX,
  /** A semaphore permit. */
  SEMAPHORE,
  /** Room in a full bounded queue. */
  QUEUE_PUT,
  /** An item in an empty bounded queue. */
  QUEUE_TAKE,
  /** A signal on a condition variable. */
  CONDITION,
  /** An event being set. */
  EVENT;

  /** The program's object kind this wait refers to. */
  public SyncProgram.Kind objectKind() {
    return switch (this) {
      case MUTEX -> SyncProgram.Kind.MUTEX;
      case SEMAPHORE -> SyncProgram.Kind.SEMAPHORE;
      case QUEUE_PUT, QUEUE_TAKE -> SyncProgram.Kind.QUEUE;
      case CONDITION -> SyncProgram.Kind.CONDITION;
      case EVENT -> SyncProgram.Kind.EVENT;
      case NONE -> null;
    };
  }
}
