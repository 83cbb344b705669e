package org.timeslice.model.trace;

/**
 * 64-bit FNV-1a over UTF-16 code units (each unit folded in as two bytes, high byte first). Used for the
 * runtime lanes' hash and the determinism probe because it is tiny and needs no library (the scheduling
 * trace has its own, word-based {@link TraceHash}).
 *
 * <p>How this works: there are two bit-identical implementations of the step
 * {@code hash = (hash ^ octet) * 0x100000001b3}. On the JVM it is one {@code long} multiplication. TeaVM
 * compiles {@code long} to JavaScript BigInt, which is slow, so in the browser the 64-bit state is kept as
 * two 32-bit halves and the multiplication by the prime {@code 2^40 + 0x1b3} is done with int operations
 * ({@code h·0x1b3 + (h << 40)}). The choice is made once from
 * {@code os.name} (TeaVM's class library reports {@code "TeaVM"}); it never changes a result, which the
 * unit tests check by running both implementations side by side and the end-to-end tests by comparing the
 * browser's hashes with the server's.
 */
public final class Fnv1a64 {
  private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;
  /** The low part of {@link #PRIME}; its other bit is {@code 2^40}. */
  private static final int PRIME_LO = 0x1b3;
  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final boolean INT32_BY_DEFAULT = longIsSlow();

  private final boolean int32;
  /** The state when {@code !int32}. */
  private long hash = OFFSET_BASIS;
  /** The state's halves when {@code int32}. */
  private int hi = (int) (OFFSET_BASIS >>> 32);
  private int lo = (int) OFFSET_BASIS;

  public Fnv1a64() {
    this(INT32_BY_DEFAULT);
  }

  /** For tests: {@code int32} picks the 32-bit-halves implementation regardless of the platform. */
  Fnv1a64(boolean int32) {
    this.int32 = int32;
  }

  private static boolean longIsSlow() {
    try {
      return "TeaVM".equals(System.getProperty("os.name"));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** One step on the halves: {@code (hi:lo) = ((hi:lo) ^ octet) * PRIME}, modulo 2^64. */
  private void fold32(int octet) {
    int l = lo ^ octet;
    int t0 = (l & 0xFFFF) * PRIME_LO; // < 2^25
    int t1 = (l >>> 16) * PRIME_LO; // < 2^25
    int mid = (t0 >>> 16) + (t1 & 0xFFFF); // < 2^17
    lo = (mid << 16) | (t0 & 0xFFFF);
    // high half: hi·0x1b3, the carry out of l·0x1b3, and l << 40 (whose bits land at 40..63)
    hi = hi * PRIME_LO + (t1 >>> 16) + (mid >>> 16) + (l << 8);
  }

  private void fold(int octet) {
    if (int32) {
      fold32(octet);
    } else {
      hash = (hash ^ octet) * PRIME;
    }
  }

  public Fnv1a64 update(char c) {
    fold(c >>> 8);
    fold(c & 0xFF);
    return this;
  }

  public Fnv1a64 update(String s) {
    int n = s.length();
    if (int32) {
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        fold32(c >>> 8);
        fold32(c & 0xFF);
      }
      return this;
    }
    long h = hash; // a local, not the field: this loop runs for every char of every trace event
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      h = (h ^ (c >>> 8)) * PRIME;
      h = (h ^ (c & 0xFF)) * PRIME;
    }
    hash = h;
    return this;
  }

  /** Folds in the 8 bytes of {@code value}, most significant first. */
  public Fnv1a64 update(long value) {
    int high = (int) (value >>> 32);
    int low = (int) value;
    for (int shift = 24; shift >= 0; shift -= 8) {
      fold((high >>> shift) & 0xFF);
    }
    for (int shift = 24; shift >= 0; shift -= 8) {
      fold((low >>> shift) & 0xFF);
    }
    return this;
  }

  public long value() {
    return int32 ? ((long) hi << 32) | (lo & 0xFFFFFFFFL) : hash;
  }

  /** The hash as 16 lower-case hex digits. */
  public String hex() {
    int high = int32 ? hi : (int) (hash >>> 32);
    int low = int32 ? lo : (int) hash;
    char[] out = new char[16];
    for (int i = 0; i < 8; i++) {
      out[i] = HEX[(high >>> (28 - 4 * i)) & 0xF];
      out[8 + i] = HEX[(low >>> (28 - 4 * i)) & 0xF];
    }
    return new String(out);
  }
}
