package org.timeslice.model.sync;

/**
 * A program did something no correct program does at run time, e.g. unlocked a mutex it does not own.
 * The message names the thread, the op index and the step, so the schedule that led there can be replayed.
 */
public final class SyncProgramException extends RuntimeException {
  public SyncProgramException(String message) {
    super(message);
  }
}
