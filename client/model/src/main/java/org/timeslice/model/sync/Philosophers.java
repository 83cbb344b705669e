package org.timeslice.model.sync;

import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;

/**
 * Dining philosophers as a {@link SyncProgram}: N philosophers around a table, fork i between philosopher
 * i and i+1 (forks are mutexes {@code fork0..}), each eating {@code meals} times. Phases for the timeline:
 * {@link #THINKING}, {@link #HUNGRY}, {@link #EATING}; each meal is one PROGRESS.
 */
public final class Philosophers {
  public static final int THINKING = 0;
  public static final int HUNGRY = 1;
  public static final int EATING = 2;

  /** How a philosopher picks up forks. */
  public enum Strategy {
    /** Left fork, then right: all hungry at once and everybody holds one fork, forever. */
    NAIVE,
    /** Lower-numbered fork first: no cycle of waits can form, so no deadlock. */
    RESOURCE_ORDERING,
    /** A waiter (a semaphore of N−1 seats) lets at most N−1 philosophers reach for forks. */
    WAITER,
    /** Left fork, then try the right; if busy put the left back and retry: no deadlock, but can livelock. */
    TRY_LOCK_BACKOFF
  }

  private Philosophers() {}

  /** The program for {@code n} philosophers eating {@code meals} times each with {@code strategy}. */
  public static SyncProgram program(int n, Strategy strategy, int meals) {
    if (n < Limits.MIN_PHILOSOPHERS || n > Limits.MAX_PHILOSOPHERS) {
      throw new InvalidScenarioException("philosophers", Limits.MIN_PHILOSOPHERS + ".." + Limits.MAX_PHILOSOPHERS,
          "dining philosophers needs " + Limits.MIN_PHILOSOPHERS + ".." + Limits.MAX_PHILOSOPHERS
              + " philosophers, not " + n);
    }
    if (meals < 1 || meals > Limits.MAX_PHILOSOPHER_MEALS) {
      throw new InvalidScenarioException("meals", "1.." + Limits.MAX_PHILOSOPHER_MEALS,
          "each philosopher eats 1.." + Limits.MAX_PHILOSOPHER_MEALS + " meals, not " + meals);
    }
    SyncProgram.Builder b = SyncProgram.builder()
        .title(n + " dining philosophers, " + strategy.name().toLowerCase().replace('_', ' '));
    for (int i = 0; i < n; i++) {
      b.mutex(fork(i));
    }
    if (strategy == Strategy.WAITER) {
      b.semaphore("waiter", n - 1);
    }
    for (int i = 0; i < n; i++) {
      String left = fork(i);
      String right = fork((i + 1) % n);
      String first = left;
      String second = right;
      if (strategy == Strategy.RESOURCE_ORDERING && (i + 1) % n < i) {
        first = right;
        second = left;
      }
      // One meal needs no loop: fewer steps keep the exhaustive search small.
      ThreadBuilder t = b.thread("P" + i);
      if (meals > 1) {
        t.set(3, meals);
      }
      t.label("meal").phase(HUNGRY);
      if (strategy == Strategy.WAITER) {
        t.acquire("waiter");
      }
      t.label("retry").lock(first);
      if (strategy == Strategy.TRY_LOCK_BACKOFF) {
        t.tryLock(0, second).jumpIfNonZero(0, "eat").unlock(first).yieldNow().jump("retry");
      } else {
        t.lock(second);
      }
      t.label("eat").phase(EATING).progress().unlock(second).unlock(first);
      if (strategy == Strategy.WAITER) {
        t.release("waiter");
      }
      if (meals > 1) {
        t.phase(THINKING).add(3, -1).jumpIfNonZero(3, "meal");
      }
    }
    return b.build();
  }

  /** The name of fork i. */
  public static String fork(int i) {
    return "fork" + i;
  }
}
