package org.timeslice.model.core;

import org.timeslice.model.trace.Fnv1a64;

/**
 * A small computation whose answer must be identical on the JVM and in the browser (TeaVM). It exercises
 * the pieces determinism rests on: 64-bit arithmetic, the PRNG's raw and bounded draws, and hashing. The
 * end-to-end suite compares the browser's answer with the JVM's; a mismatch means the two runtimes
 * diverge and no trace can be trusted to match.
 */
public final class DeterminismProbe {
  private DeterminismProbe() {}

  /**
   * Folds {@code draws} values of a {@link Prng} seeded with {@code seed} into an FNV-1a hash: each draw
   * contributes a raw 64-bit value and a bounded int in {@code [0, 1000)}.
   *
   * @return the hash as 16 lower-case hex digits
   */
  public static String fingerprint(long seed, int draws) {
    Prng prng = new Prng(seed);
    Fnv1a64 fnv = new Fnv1a64();
    for (int i = 0; i < draws; i++) {
      fnv.update(prng.nextLong());
      fnv.update(prng.nextInt(1000));
    }
    return fnv.hex();
  }
}
