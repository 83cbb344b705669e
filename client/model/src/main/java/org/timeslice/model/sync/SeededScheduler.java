package org.timeslice.model.sync;

import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.Prng;

/**
 * The seeded scheduler: picks the interleaving itself, reproducibly. Either it preempts the running thread
 * every {@code k} steps (round robin over the threads that may step), or at random points, switching with
 * probability 1/k before each step (drawn from the model's own {@link Prng}, so a seed gives the same run
 * on the JVM and in the browser). The program's {@link SwitchPoints} still apply: where no switch may
 * fall, the running thread continues.
 */
public final class SeededScheduler {
  /** When the scheduler preempts. */
  public enum Mode { EVERY_K_STEPS, RANDOM }

  private SeededScheduler() {}

  /**
   * Runs {@code program} to its end (or {@code maxSteps}) and returns the session, whose schedule can be
   * replayed and stepped back.
   */
  public static Session run(SyncProgram program, Mode mode, int k, long seed, int maxSteps) {
    if (k < 1 || k > Limits.MAX_SYNC_STEPS) {
      throw new InvalidScenarioException("k", "1.." + Limits.MAX_SYNC_STEPS, "k must be in 1.."
          + Limits.MAX_SYNC_STEPS + ", not " + k);
    }
    if (maxSteps < 0 || maxSteps > Limits.MAX_SYNC_STEPS) {
      throw new InvalidScenarioException("maxSteps", "0.." + Limits.MAX_SYNC_STEPS, "maxSteps must be in 0.."
          + Limits.MAX_SYNC_STEPS + ", not " + maxSteps);
    }
    Session session = new Session(program);
    Prng prng = new Prng(seed);
    int ran = 0; // steps the current thread has taken in its turn
    while (session.steps() < maxSteps) {
      int[] choices = session.choices();
      if (choices.length == 0) {
        break;
      }
      int cur = session.state().current();
      int pick = indexOf(choices, cur);
      boolean switchNow = switch (mode) {
        case EVERY_K_STEPS -> ran >= k;
        case RANDOM -> choices.length > 1 && prng.nextInt(k) == 0;
      };
      if (pick < 0 || (switchNow && choices.length > 1)) {
        pick = mode == Mode.RANDOM && pick >= 0 ? other(choices, pick, prng) : after(choices, cur);
        ran = 0;
      }
      session.step(choices[pick]);
      ran++;
    }
    return session;
  }

  private static int indexOf(int[] choices, int t) {
    for (int i = 0; i < choices.length; i++) {
      if (choices[i] == t) {
        return i;
      }
    }
    return -1;
  }

  /** The first choice numbered above {@code t}, wrapping around (round robin). */
  private static int after(int[] choices, int t) {
    for (int i = 0; i < choices.length; i++) {
      if (choices[i] > t) {
        return i;
      }
    }
    return 0;
  }

  /** A uniformly drawn choice other than index {@code current}. */
  private static int other(int[] choices, int current, Prng prng) {
    int i = prng.nextInt(choices.length - 1);
    return i >= current ? i + 1 : i;
  }
}
