package org.timeslice.server.load;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.timeslice.model.core.RunBudget;
import org.timeslice.model.core.RunStoppedException;

/**
 * Load safety for an expensive endpoint ({@code /api/simulate}, {@code /api/run}): at most
 * {@code maxConcurrent} requests work at once, at most {@code maxQueued} wait (first come, first served), and
 * anything beyond is refused at once so that the caller can answer 429 with {@code Retry-After}. One class
 * for every such endpoint, one instance per endpoint: a real run holds a core for seconds, a simulation for
 * milliseconds, and sharing slots would let runs starve simulations.
 */
public final class Admission {
  /** How often a queued request looks whether its client is still there. */
  private static final long POLL_MILLIS = 100;

  private final int maxConcurrent;
  private final int maxQueued;
  private final int capacity;
  private final Semaphore slots;
  private final AtomicInteger admitted = new AtomicInteger();
  private final AtomicInteger running = new AtomicInteger();

  public Admission(int maxConcurrent, int maxQueued) {
    this.maxConcurrent = maxConcurrent;
    this.maxQueued = maxQueued;
    this.capacity = maxConcurrent + maxQueued;
    this.slots = new Semaphore(maxConcurrent, true);
  }

  /** A place in the system (running or queued), or null when it is full. Close the ticket when done. */
  public Ticket tryEnter() {
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

  public int running() {
    return running.get();
  }

  /** Requests admitted but not yet working. */
  public int queued() {
    return Math.max(0, admitted.get() - running.get());
  }

  /** E.g. {@code maxConcurrentRuns = 1, maxQueuedRuns = 2}, for a 429's {@code limit}. */
  public String describe(String what) {
    return "maxConcurrent" + what + " = " + maxConcurrent + ", maxQueued" + what + " = " + maxQueued;
  }

  /** One admitted request: {@link #awaitSlot} blocks while queued; {@link #close()} leaves the system. */
  public final class Ticket implements AutoCloseable {
    private boolean holdsSlot;
    private boolean closed;

    private Ticket() {}

    public void awaitSlot() throws InterruptedException {
      awaitSlot(() -> false);
    }

    /**
     * Waits for a slot, giving up if {@code stop} asks to (its client went away while it queued).
     *
     * @throws RunStoppedException if stopped while waiting
     */
    public void awaitSlot(RunBudget.StopSignal stop) throws InterruptedException {
      while (!slots.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        if (stop.stopRequested()) {
          throw new RunStoppedException();
        }
      }
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
