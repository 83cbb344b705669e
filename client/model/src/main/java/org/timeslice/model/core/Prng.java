package org.timeslice.model.core;

/**
 * The model's own pseudo-random generator: SplitMix64 (Steele, Lea, Flood 2014).
 *
 * <p>Why not {@code java.util.Random}: TeaVM's {@code nextInt(bound)} differs from the JVM's, and the model
 * must produce the same trace in both. Everything here is 64-bit integer arithmetic, which TeaVM emulates
 * exactly, so a seed gives the same stream on the JVM and in the browser.
 *
 * <p>Not thread-safe; one instance per simulation (or per component, split with {@link #split()}).
 */
public final class Prng {
  private long state;

  public Prng(long seed) {
    this.state = seed;
  }

  /** The next 64 uniformly distributed bits. */
  public long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The next 32 bits as an int. */
  public int nextInt() {
    return (int) (nextLong() >>> 32);
  }

  /**
   * A uniform int in {@code [0, bound)}, without modulo bias (Lemire's rejection method on 32 bits).
   *
   * @throws IllegalArgumentException if {@code bound <= 0}
   */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    long threshold = (0x1_0000_0000L - bound) % bound;
    while (true) {
      long r = nextLong() >>> 32;
      long product = r * bound;
      if ((product & 0xFFFF_FFFFL) >= threshold) {
        return (int) (product >>> 32);
      }
    }
  }

  /** A new generator whose seed is drawn from this one: one root seed, one sub-stream per component. */
  public Prng split() {
    return new Prng(nextLong());
  }

  /** An independent generator in the same state: both then produce the same stream (for checkpoints). */
  public Prng copy() {
    return new Prng(state);
  }
}
