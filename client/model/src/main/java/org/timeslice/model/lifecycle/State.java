package org.timeslice.model.lifecycle;

/** The five lifecycle states of a process or thread, in the order textbooks draw them. */
public enum State {
  NEW,
  READY,
  RUNNING,
  WAITING,
  TERMINATED
}
