package org.timeslice.model.sync;

/** How a lesson grades an outcome, as jcstress does. */
public enum Verdict {
  /** What a correct program does. */
  ACCEPTABLE,
  /** Allowed, but the point of the lesson: a lost update, a deadlock the buggy variant can reach. */
  INTERESTING,
  /** Must never happen: finding it means the synchronization is broken. */
  FORBIDDEN
}
