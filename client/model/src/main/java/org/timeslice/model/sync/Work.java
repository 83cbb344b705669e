package org.timeslice.model.sync;

import org.timeslice.model.lifecycle.Event;
import org.timeslice.model.lifecycle.Lifecycle;
import org.timeslice.model.lifecycle.State;

/** A mutable copy of a {@link SyncState} that one step edits, then freezes. Package-private plumbing. */
final class Work {
  final SyncProgram program;
  final Layout lay;
  final int[] core;
  final int[] stats;
  final StringBuilder note = new StringBuilder();

  Work(SyncState s) {
    this.program = s.program();
    this.lay = s.layout();
    this.core = s.core().clone();
    this.stats = s.stats().clone();
  }

  SyncState freeze() {
    return new SyncState(program, lay, core, stats);
  }

  int get(int t, int field) { return core[lay.thread(t, field)]; }

  void put(int t, int field, int value) { core[lay.thread(t, field)] = value; }

  State state(int t) { return State.values()[get(t, Layout.T_STATE)]; }

  /** Moves thread t along the lifecycle table; every state change goes through here. */
  void fire(int t, Event event) {
    put(t, Layout.T_STATE, Lifecycle.next(state(t), event).ordinal());
  }

  /**
   * Puts thread t to sleep on an object: RUNNING → WAITING via BLOCKED_ON_LOCK. Its program counter stays on
   * the blocking op (that is where the view shows it waiting) until {@link #wake}.
   */
  void block(int t, WaitKind kind, int obj, int listBase) {
    fire(t, Event.BLOCKED_ON_LOCK);
    put(t, Layout.T_WAIT_KIND, kind.ordinal());
    put(t, Layout.T_WAIT_OBJ, obj);
    append(listBase, t);
    note(" — blocked on " + kind.name().toLowerCase() + " "
        + program.names(kind.objectKind()).get(obj));
  }

  /**
   * Wakes thread t (already removed from its wait list): WAITING → READY via LOCK_GRANTED. Its blocking op
   * is complete (the object was handed to it), so its program counter moves past that op.
   */
  void wake(int t) {
    put(t, Layout.T_PC, get(t, Layout.T_PC) + 1);
    put(t, Layout.T_WAIT_KIND, WaitKind.NONE.ordinal());
    put(t, Layout.T_WAIT_OBJ, -1);
    fire(t, Event.LOCK_GRANTED);
    note(" — wakes " + program.threadNames().get(t));
  }

  void note(String s) { note.append(s); }

  String name(int t) { return program.threadNames().get(t); }

  // FIFO lists of thread ids: core[base] is the length, the ids follow.
  int size(int base) { return core[base]; }

  void append(int base, int t) {
    core[base + 1 + core[base]] = t;
    core[base]++;
  }

  int removeFirst(int base) {
    int first = core[base + 1];
    removeAt(base, 0);
    return first;
  }

  boolean remove(int base, int t) {
    for (int i = 0; i < core[base]; i++) {
      if (core[base + 1 + i] == t) {
        removeAt(base, i);
        return true;
      }
    }
    return false;
  }

  private void removeAt(int base, int i) {
    int n = core[base];
    System.arraycopy(core, base + 2 + i, core, base + 1 + i, n - 1 - i);
    core[base + n] = 0;
    core[base] = n - 1;
  }
}
