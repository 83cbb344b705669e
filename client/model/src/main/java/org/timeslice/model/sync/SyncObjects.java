package org.timeslice.model.sync;

import static org.timeslice.model.sync.Layout.E_FLAG;
import static org.timeslice.model.sync.Layout.E_LIST;
import static org.timeslice.model.sync.Layout.M_HOLDS;
import static org.timeslice.model.sync.Layout.M_LIST;
import static org.timeslice.model.sync.Layout.M_OWNER;
import static org.timeslice.model.sync.Layout.S_COUNT;
import static org.timeslice.model.sync.Layout.S_LIST;
import static org.timeslice.model.sync.Layout.T_AUX;
import static org.timeslice.model.sync.Layout.T_REGS;
import static org.timeslice.model.sync.Layout.T_WAIT_KIND;
import static org.timeslice.model.sync.Layout.T_WAIT_OBJ;

/**
 * The semantics of the synchronization objects, one static method per op. Each returns true if the thread
 * blocked. All waiting is FIFO and all wake-ups are hand-offs: the object is given to the first waiter at
 * the moment it becomes available (a released mutex gets its new owner, a released permit goes to the
 * first waiter, a put item goes straight into a waiting taker's register), so a woken thread never has
 * to retry and nobody can barge in between.
 *
 * <p>Conditions follow Mesa semantics (as {@code pthread_cond_wait} and Python's
 * {@code threading.Condition}): {@code WAIT c, m} releases m and sleeps; a signal moves the first waiter
 * to m's queue (or gives it m at once if m is free); the signaller keeps running.
 */
final class SyncObjects {
  private SyncObjects() {}

  static boolean lock(Work w, int t, int m) {
    int owner = w.core[w.lay.mutex(m, M_OWNER)];
    if (owner == -1) {
      w.core[w.lay.mutex(m, M_OWNER)] = t;
      w.core[w.lay.mutex(m, M_HOLDS)] = 1;
      w.note("acquired");
      return false;
    }
    if (owner == t && w.program.isReentrant(m)) {
      w.core[w.lay.mutex(m, M_HOLDS)]++;
      w.note("re-entered (holds " + w.core[w.lay.mutex(m, M_HOLDS)] + ")");
      return false;
    }
    w.note(owner == t ? "already owns this non-reentrant lock" : "owner " + w.name(owner));
    w.block(t, WaitKind.MUTEX, m, w.lay.mutex(m, M_LIST));
    return true;
  }

  static void tryLock(Work w, int t, int m, int reg) {
    int owner = w.core[w.lay.mutex(m, M_OWNER)];
    boolean free = owner == -1 || (owner == t && w.program.isReentrant(m));
    if (free) {
      lock(w, t, m);
    } else {
      w.note("busy (owner " + w.name(owner) + ")");
    }
    w.put(t, T_REGS + reg, free ? 1 : 0);
  }

  static void unlock(Work w, int t, int m) {
    int owner = w.core[w.lay.mutex(m, M_OWNER)];
    if (owner != t) {
      throw new SyncProgramException(w.name(t) + " unlocks " + w.program.names(SyncProgram.Kind.MUTEX).get(m)
          + " which it does not own (owner " + (owner < 0 ? "none" : w.name(owner)) + ")");
    }
    int holds = --w.core[w.lay.mutex(m, M_HOLDS)];
    if (holds == 0) {
      handOffMutex(w, m);
    } else {
      w.note("still holds " + holds);
    }
  }

  /** Gives a just-freed mutex to its first waiter, or leaves it free. */
  static void handOffMutex(Work w, int m) {
    int list = w.lay.mutex(m, M_LIST);
    if (w.size(list) == 0) {
      w.core[w.lay.mutex(m, M_OWNER)] = -1;
      w.core[w.lay.mutex(m, M_HOLDS)] = 0;
      w.note("released");
      return;
    }
    int next = w.removeFirst(list);
    w.core[w.lay.mutex(m, M_OWNER)] = next;
    w.core[w.lay.mutex(m, M_HOLDS)] = 1;
    w.note("handed to " + w.name(next));
    w.wake(next);
  }

  static boolean acquire(Work w, int t, int s) {
    int at = w.lay.sem(s, S_COUNT);
    if (w.core[at] > 0) {
      w.core[at]--;
      w.note("permits left " + w.core[at]);
      return false;
    }
    w.note("no permits");
    w.block(t, WaitKind.SEMAPHORE, s, w.lay.sem(s, S_LIST));
    return true;
  }

  static void release(Work w, int s) {
    int list = w.lay.sem(s, S_LIST);
    if (w.size(list) > 0) {
      int next = w.removeFirst(list);
      w.note("permit handed to " + w.name(next));
      w.wake(next);
      return;
    }
    int at = w.lay.sem(s, S_COUNT);
    if (w.core[at] >= org.timeslice.model.core.Limits.MAX_SYNC_SEMAPHORE_COUNT) {
      throw new SyncProgramException("semaphore " + w.program.names(SyncProgram.Kind.SEMAPHORE).get(s)
          + " would exceed " + org.timeslice.model.core.Limits.MAX_SYNC_SEMAPHORE_COUNT + " permits");
    }
    w.core[at]++;
    w.note("permits " + w.core[at]);
  }

  static boolean put(Work w, int t, int q, int value) {
    int cap = w.program.capacity(q);
    int takers = w.lay.queueTakers(q, cap);
    if (w.size(takers) > 0) {
      int taker = w.removeFirst(takers);
      w.put(taker, T_REGS + w.get(taker, T_AUX), value);
      w.put(taker, T_AUX, 0);
      w.note("item " + value + " handed to " + w.name(taker));
      w.wake(taker);
      return false;
    }
    int size = w.core[w.lay.queueSize(q)];
    if (size < cap) {
      w.core[w.lay.queueItem(q, size)] = value;
      w.core[w.lay.queueSize(q)] = size + 1;
      w.note("size " + (size + 1));
      return false;
    }
    w.put(t, T_AUX, value);
    w.note("full");
    w.block(t, WaitKind.QUEUE_PUT, q, w.lay.queuePutters(q, cap));
    return true;
  }

  static boolean take(Work w, int t, int q, int reg) {
    int cap = w.program.capacity(q);
    int size = w.core[w.lay.queueSize(q)];
    if (size == 0) {
      w.put(t, T_AUX, reg);
      w.note("empty");
      w.block(t, WaitKind.QUEUE_TAKE, q, w.lay.queueTakers(q, cap));
      return true;
    }
    int head = w.core[w.lay.queueItem(q, 0)];
    w.put(t, T_REGS + reg, head);
    for (int i = 1; i < size; i++) {
      w.core[w.lay.queueItem(q, i - 1)] = w.core[w.lay.queueItem(q, i)];
    }
    w.core[w.lay.queueItem(q, size - 1)] = 0;
    w.core[w.lay.queueSize(q)] = size - 1;
    w.note("r" + reg + " = " + head);
    int putters = w.lay.queuePutters(q, cap);
    if (w.size(putters) > 0) {
      int putter = w.removeFirst(putters);
      w.core[w.lay.queueItem(q, size - 1)] = w.get(putter, T_AUX);
      w.core[w.lay.queueSize(q)] = size;
      w.put(putter, T_AUX, 0);
      w.wake(putter);
    }
    return false;
  }

  static void await(Work w, int t, int c, int m) {
    if (w.core[w.lay.mutex(m, M_OWNER)] != t || w.core[w.lay.mutex(m, M_HOLDS)] != 1) {
      throw new SyncProgramException(w.name(t) + " waits on condition "
          + w.program.names(SyncProgram.Kind.CONDITION).get(c) + " without holding its mutex exactly once");
    }
    handOffMutex(w, m);
    w.put(t, T_AUX, m);
    w.block(t, WaitKind.CONDITION, c, w.lay.cond(c));
  }

  static void signal(Work w, int c, boolean all) {
    int list = w.lay.cond(c);
    if (w.size(list) == 0) {
      w.note("nobody waiting");
    }
    while (w.size(list) > 0) {
      reacquire(w, w.removeFirst(list));
      if (!all) {
        return;
      }
    }
  }

  /** A signalled condition waiter now needs its mutex back: given at once if free, else it queues for it. */
  private static void reacquire(Work w, int u) {
    int m = w.get(u, T_AUX);
    w.put(u, T_AUX, 0);
    if (w.core[w.lay.mutex(m, M_OWNER)] == -1) {
      w.core[w.lay.mutex(m, M_OWNER)] = u;
      w.core[w.lay.mutex(m, M_HOLDS)] = 1;
      w.wake(u);
      return;
    }
    w.put(u, T_WAIT_KIND, WaitKind.MUTEX.ordinal());
    w.put(u, T_WAIT_OBJ, m);
    w.append(w.lay.mutex(m, M_LIST), u);
    w.note(" — " + w.name(u) + " now waits for its mutex");
  }

  static void setEvent(Work w, int e) {
    w.core[w.lay.event(e, E_FLAG)] = 1;
    int list = w.lay.event(e, E_LIST);
    while (w.size(list) > 0) {
      w.wake(w.removeFirst(list));
    }
  }

  static boolean waitEvent(Work w, int t, int e) {
    if (w.core[w.lay.event(e, E_FLAG)] != 0) {
      w.note("already set");
      return false;
    }
    w.block(t, WaitKind.EVENT, e, w.lay.event(e, E_LIST));
    return true;
  }

  /** The wait list thread t is on, given its wait kind and object. */
  static int waitList(Work w, int t) {
    int obj = w.get(t, T_WAIT_OBJ);
    return switch (WaitKind.values()[w.get(t, T_WAIT_KIND)]) {
      case MUTEX -> w.lay.mutex(obj, M_LIST);
      case SEMAPHORE -> w.lay.sem(obj, S_LIST);
      case QUEUE_PUT -> w.lay.queuePutters(obj, w.program.capacity(obj));
      case QUEUE_TAKE -> w.lay.queueTakers(obj, w.program.capacity(obj));
      case CONDITION -> w.lay.cond(obj);
      case EVENT -> w.lay.event(obj, E_LIST);
      case NONE -> -1;
    };
  }
}
