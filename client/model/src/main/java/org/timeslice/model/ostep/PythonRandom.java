package org.timeslice.model.ostep;

/**
 * CPython's {@code random} module generator, so an OSTEP command line with {@code -s seed} draws the same
 * workload here as in Python: MT19937 (Matsumoto and Nishimura 1998) seeded like {@code random.seed(n)}
 * for an integer n, and {@code random()} with 53 random bits.
 *
 * <p>How this works (mirroring CPython's {@code Modules/_randommodule.c}): {@code seed(n)} splits |n|
 * into 32-bit words, least significant first (one word 0 for n = 0), and feeds them to MT19937's
 * {@code init_by_array}. {@code random()} takes two 32-bit outputs a and b and returns
 * (a >>> 5) · 2^26 + (b >>> 6), divided by 2^53. Both steps are exact in IEEE doubles, so the JVM and
 * TeaVM's JavaScript give bit-identical values. All other arithmetic is 32-bit integer math.
 */
public final class PythonRandom {
  private static final int N = 624;
  private static final int M = 397;
  private static final int MATRIX_A = 0x9908b0df;
  private static final int UPPER_MASK = 0x80000000;
  private static final int LOWER_MASK = 0x7fffffff;

  private final int[] mt = new int[N];
  private int mti;

  /** A generator in the state of Python's {@code random.seed(seed)}. */
  public PythonRandom(long seed) {
    seed(seed);
  }

  /** Python's {@code random.seed(seed)} for an int seed (the sign is ignored, as CPython does). */
  public void seed(long seed) {
    long magnitude = seed < 0 ? -seed : seed; // Long.MIN_VALUE stays 2^63 read as unsigned below
    int low = (int) magnitude;
    int high = (int) (magnitude >>> 32);
    int[] key = high != 0 ? new int[] {low, high} : new int[] {low};
    initByArray(key);
  }

  /** A generator in the state of Python's {@code random.seed(seed)} for an int seed of any size. */
  public static PythonRandom seeded(java.math.BigInteger seed) {
    PythonRandom r = new PythonRandom(0);
    java.math.BigInteger magnitude = seed.abs();
    int words = Math.max(1, (magnitude.bitLength() + 31) / 32);
    int[] key = new int[words];
    for (int k = 0; k < words; k++) {
      key[k] = magnitude.shiftRight(32 * k).intValue(); // the low 32 bits of each word
    }
    r.initByArray(key);
    return r;
  }

  /** Python's {@code random.getrandbits(k)} for 1 &lt;= k &lt;= 31. */
  public int getrandbits(int k) {
    if (k < 1 || k > 31) {
      throw new IllegalArgumentException("getrandbits supports 1..31 bits here, not " + k);
    }
    return nextInt32() >>> (32 - k);
  }

  /**
   * Python 3.11's {@code random._randbelow(n)} ({@code _randbelow_with_getrandbits}): draw
   * {@code n.bit_length()} bits until the value is below n. Used by {@code choice}, {@code shuffle},
   * {@code randrange} and {@code randint}.
   */
  public int randbelow(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("randbelow needs n >= 1, not " + n);
    }
    int k = 32 - Integer.numberOfLeadingZeros(n);
    int r = getrandbits(k);
    while (r >= n) {
      r = getrandbits(k);
    }
    return r;
  }

  /** Python's {@code random.shuffle(x)}: from the end, swap x[i] with x[randbelow(i + 1)]. */
  public <T> void shuffle(java.util.List<T> x) {
    for (int i = x.size() - 1; i >= 1; i--) {
      int j = randbelow(i + 1);
      T tmp = x.get(i);
      x.set(i, x.get(j));
      x.set(j, tmp);
    }
  }

  /** Python's {@code random.choice(seq)} for a non-empty list. */
  public <T> T choice(java.util.List<T> seq) {
    return seq.get(randbelow(seq.size()));
  }

  /** Python's {@code random.random()}: a double in [0, 1) with 53 random bits. */
  public double random() {
    int a = nextInt32() >>> 5;
    int b = nextInt32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** The next raw 32-bit output of MT19937 ({@code genrand_uint32}), as a signed int. */
  public int nextInt32() {
    if (mti >= N) {
      twist();
    }
    int y = mt[mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y;
  }

  private void twist() {
    for (int k = 0; k < N; k++) {
      int y = (mt[k] & UPPER_MASK) | (mt[(k + 1) % N] & LOWER_MASK);
      mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
    }
    mti = 0;
  }

  private void initGenrand(int s) {
    mt[0] = s;
    for (mti = 1; mti < N; mti++) {
      int prev = mt[mti - 1];
      mt[mti] = 1812433253 * (prev ^ (prev >>> 30)) + mti;
    }
  }

  private void initByArray(int[] key) {
    initGenrand(19650218);
    int i = 1;
    int j = 0;
    for (int k = Math.max(N, key.length); k > 0; k--) {
      int prev = mt[i - 1];
      mt[i] = (mt[i] ^ ((prev ^ (prev >>> 30)) * 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      int prev = mt[i - 1];
      mt[i] = (mt[i] ^ ((prev ^ (prev >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    mti = N;
  }
}
