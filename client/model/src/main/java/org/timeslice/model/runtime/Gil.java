package org.timeslice.model.runtime;

import java.util.ArrayDeque;

/**
 * One interpreter's GIL, mirroring CPython 3.11's {@code Python/ceval_gil.c}.
 *
 * <p>How this works: {@code take_gil} either finds the GIL free and takes it, or joins the waiters and does
 * a timed wait of {@code interval} ({@code sys.setswitchinterval}). If the wait times out and
 * {@code switch_number} has not changed meanwhile (nobody else got the GIL), the waiter sets
 * {@code gil_drop_request} and keeps waiting. The holder checks the request at its next switch point (the
 * eval breaker) and calls {@code drop_gil}, which signals one waiter; with {@code FORCE_SWITCHING} the
 * dropper then waits until that waiter has taken the GIL, so it cannot grab it straight back. Blocking I/O,
 * {@code time.sleep} and C extensions drop the GIL voluntarily.
 *
 * <p>Modelling choices: {@code COND_SIGNAL} wakes the waiter whose latest timed wait began first (a
 * condition variable queues waiters in FIFO order, and an expired wait re-queues at the tail); the signalled waiter takes the GIL {@code handoffTicks} after the drop (its wake-up latency; nobody runs
 * bytecode meanwhile) and nobody can take the GIL before it, which is what {@code FORCE_SWITCHING}
 * guarantees after a forced drop and a simplification after a voluntary one. A thread asking for a free GIL
 * nobody waits for takes it at once.
 */
final class Gil {
  private final int intervalTicks;
  private final int handoffTicks;
  private final int[] deadline;
  private final long[] switchSnapshot;
  private final ArrayDeque<Integer> waiters = new ArrayDeque<>();
  private int holder = -1;
  private int lastHolder = -1;
  private long switchNumber;
  private boolean dropRequest;
  private int signalled = -1;
  private int dropper = -1;
  private int handoffAtTick;
  private long handoffs;
  private long dropRequests;
  private long forcedSwitches;

  Gil(int lanes, int intervalTicks, int handoffTicks) {
    this.intervalTicks = intervalTicks;
    this.handoffTicks = handoffTicks;
    this.deadline = new int[lanes];
    this.switchSnapshot = new long[lanes];
  }

  int holder() {
    return holder;
  }

  /** Takes the GIL at once if it is free and nobody waits for it; otherwise joins the waiters. */
  boolean tryTake(int lane, int tick) {
    if (holder < 0 && signalled < 0 && waiters.isEmpty()) {
      take(lane);
      return true;
    }
    enqueue(lane, tick);
    return false;
  }

  private void enqueue(int lane, int tick) {
    waiters.addLast(lane);
    deadline[lane] = tick + intervalTicks;
    switchSnapshot[lane] = switchNumber;
  }

  private void take(int lane) {
    holder = lane;
    switchNumber++;
    dropRequest = false;
    if (lastHolder >= 0 && lastHolder != lane) {
      handoffs++;
    }
    lastHolder = lane;
  }

  /** {@code drop_gil} by the holder (voluntary: I/O, sleep, C extension, exit): signals the next waiter. */
  void release(int tick) {
    holder = -1;
    signalNext(tick);
  }

  private void signalNext(int tick) {
    if (signalled < 0 && !waiters.isEmpty()) {
      // COND_SIGNAL wakes the head of the condition variable's queue; a timed wait that expires re-enters
      // at the tail, so the head is the waiter whose latest wait began first (ties: arrival order).
      int best = waiters.peekFirst();
      for (int lane : waiters) {
        if (deadline[lane] < deadline[best]) {
          best = lane;
        }
      }
      waiters.remove(best);
      signalled = best;
      handoffAtTick = tick + handoffTicks;
    }
  }

  /**
   * The signalled waiter whose wake-up completes at {@code tick} takes the GIL; returns it, or -1.
   */
  int completeHandoff(int tick) {
    if (holder < 0 && signalled < 0) {
      signalNext(tick);
    }
    if (signalled >= 0 && holder < 0 && handoffAtTick <= tick) {
      int lane = signalled;
      signalled = -1;
      take(lane);
      if (dropper >= 0) {
        // FORCE_SWITCHING: the dropper waited on switch_cond for this take; only now does it re-enter
        // take_gil, so its timed wait starts here and sees the new switch_number.
        enqueue(dropper, tick);
        dropper = -1;
      }
      return lane;
    }
    return -1;
  }

  /** Waiters whose timed wait expired with no switch meanwhile set the drop request; all re-arm. */
  void expireTimedWaits(int tick) {
    for (int lane : waiters) {
      if (deadline[lane] <= tick) {
        if (holder >= 0 && switchNumber == switchSnapshot[lane] && !dropRequest) {
          dropRequest = true;
          dropRequests++;
        }
        deadline[lane] = tick + intervalTicks;
        switchSnapshot[lane] = switchNumber;
      }
    }
  }

  boolean dropRequested() {
    return dropRequest && holder >= 0;
  }

  /** The holder honours the drop request: drops, signals the next waiter and waits again itself. */
  void forceSwitch(int tick) {
    int dropper = holder;
    forcedSwitches++;
    holder = -1;
    signalNext(tick);
    this.dropper = dropper;
  }

  GilMetrics metrics() {
    return new GilMetrics(handoffs, dropRequests, forcedSwitches);
  }

  static GilMetrics sum(Gil[] gils) {
    long h = 0;
    long d = 0;
    long f = 0;
    for (Gil gil : gils) {
      if (gil != null) {
        GilMetrics m = gil.metrics();
        h += m.handoffs();
        d += m.dropRequests();
        f += m.forcedSwitches();
      }
    }
    return new GilMetrics(h, d, f);
  }
}
