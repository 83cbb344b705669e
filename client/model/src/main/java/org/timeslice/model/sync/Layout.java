package org.timeslice.model.sync;

import org.timeslice.model.core.Limits;

/**
 * Where each field of a {@link SyncState} lives in its flat {@code int[]} vectors. The "core" vector is the
 * machine state proper (what the explorer deduplicates on); the "stats" vector holds counters that grow
 * with time (step numbers) and do not change what can happen next.
 */
final class Layout {
  static final int CURRENT = 0;
  static final int SWITCH_POINT = 1;
  static final int HEADER = 2;

  static final int T_STATE = 0;
  static final int T_PC = 1;
  static final int T_PHASE = 2;
  static final int T_WAIT_KIND = 3;
  static final int T_WAIT_OBJ = 4;
  static final int T_AUX = 5;
  static final int T_KILLED = 6;
  static final int T_PROGRESS = 7;
  static final int T_REGS = 8;

  static final int M_OWNER = 0;
  static final int M_HOLDS = 1;
  static final int M_LIST = 2;

  static final int S_COUNT = 0;
  static final int S_LIST = 1;

  static final int E_FLAG = 0;
  static final int E_LIST = 1;

  static final int ST_STEP = 0;
  static final int ST_LAST_PROGRESS = 1;
  static final int ST_THREADS = 2;

  final int threads;
  final int threadStride;
  final int listStride;
  final int varBase;
  final int threadBase;
  final int mutexBase;
  final int mutexStride;
  final int semBase;
  final int semStride;
  final int[] queueBase;
  final int condBase;
  final int eventBase;
  final int eventStride;
  final int coreLength;
  final int statsLength;

  Layout(SyncProgram p) {
    threads = p.threadCount();
    threadStride = T_REGS + Limits.SYNC_REGISTERS;
    listStride = 1 + threads; // a FIFO list: its length, then up to `threads` thread ids
    varBase = HEADER;
    threadBase = varBase + p.names(SyncProgram.Kind.VARIABLE).size();
    mutexBase = threadBase + threads * threadStride;
    mutexStride = M_LIST + listStride;
    semBase = mutexBase + p.names(SyncProgram.Kind.MUTEX).size() * mutexStride;
    semStride = S_LIST + listStride;
    int at = semBase + p.names(SyncProgram.Kind.SEMAPHORE).size() * semStride;
    queueBase = new int[p.names(SyncProgram.Kind.QUEUE).size()];
    for (int q = 0; q < queueBase.length; q++) {
      queueBase[q] = at;
      at += 1 + p.capacity(q) + 2 * listStride;
    }
    condBase = at;
    at += p.names(SyncProgram.Kind.CONDITION).size() * listStride;
    eventBase = at;
    eventStride = E_LIST + listStride;
    coreLength = at + p.names(SyncProgram.Kind.EVENT).size() * eventStride;
    statsLength = ST_THREADS + 2 * threads;
  }

  int thread(int t, int field) { return threadBase + t * threadStride + field; }

  int var(int v) { return varBase + v; }

  int mutex(int m, int field) { return mutexBase + m * mutexStride + field; }

  int sem(int s, int field) { return semBase + s * semStride + field; }

  /** Queue q: size at +0, items at +1.., putter list, taker list. */
  int queueSize(int q) { return queueBase[q]; }

  int queueItem(int q, int i) { return queueBase[q] + 1 + i; }

  int queuePutters(int q, int capacity) { return queueBase[q] + 1 + capacity; }

  int queueTakers(int q, int capacity) { return queueBase[q] + 1 + capacity + listStride; }

  int cond(int c) { return condBase + c * listStride; }

  int event(int e, int field) { return eventBase + e * eventStride + field; }

  int statsSteps(int t) { return ST_THREADS + 2 * t; }

  int statsLastProgress(int t) { return ST_THREADS + 2 * t + 1; }
}
