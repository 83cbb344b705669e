package org.timeslice.server.run;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load safety for real runs: at most {@code maxConcurrentRuns} execute at once, at most
 * {@code maxQueuedRuns} wait (first come, first served), and anything beyond is refused at once so that the
 * caller can answer 429 with {@code Retry-After}.
 */
final class Admission {
  private final int capacity;
  private final Semaphore slots;
  private final AtomicInteger admitted = new AtomicInteger();
  private final AtomicInteger running = new AtomicInteger();

  Admission(int maxConcurrentRuns, int maxQueuedRuns) {
    this.capacity = maxConcurrentRuns + maxQueuedRuns;
    this.slots = new Semaphore(maxConcurrentRuns, true);
  }

  /** A place in the system (running or queued), or null when it is full. Close the ticket when done. */
  Ticket tryEnter() {
    while (true) {
      int now = admitted.get();
      if (now >= capacity) {
        return null;
      }
      if (admitted.compareAndSet(now, now + 1)) {
        return new Ticket();
      }
    }
  }

  int running() {
    return running.get();
  }

  /** Runs admitted but not yet executing. */
  int queued() {
    return Math.max(0, admitted.get() - running.get());
  }

  /** One admitted run: {@link #awaitSlot()} blocks while queued; {@link #close()} leaves the system. */
  final class Ticket implements AutoCloseable {
    private boolean holdsSlot;
    private boolean closed;

    void awaitSlot() throws InterruptedException {
      slots.acquire();
      holdsSlot = true;
      running.incrementAndGet();
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      if (holdsSlot) {
        running.decrementAndGet();
        slots.release();
      }
      admitted.decrementAndGet();
    }
  }
}
