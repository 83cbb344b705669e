package org.timeslice.model.trace;

/**
 * 64-bit FNV-1a over UTF-16 code units (each unit folded in as two bytes, high byte first). Used for trace
 * hashes because it is tiny, needs no library and is exact in TeaVM's 64-bit integer emulation.
 */
public final class Fnv1a64 {
  private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private long hash = OFFSET_BASIS;

  public Fnv1a64 update(char c) {
    hash = (hash ^ ((c >>> 8) & 0xFF)) * PRIME;
    hash = (hash ^ (c & 0xFF)) * PRIME;
    return this;
  }

  public Fnv1a64 update(String s) {
    for (int i = 0; i < s.length(); i++) {
      update(s.charAt(i));
    }
    return this;
  }

  public Fnv1a64 update(long value) {
    for (int shift = 56; shift >= 0; shift -= 8) {
      hash = (hash ^ ((value >>> shift) & 0xFF)) * PRIME;
    }
    return this;
  }

  public long value() {
    return hash;
  }

  /** The hash as 16 lower-case hex digits. */
  public String hex() {
    char[] out = new char[16];
    long h = hash;
    for (int i = 15; i >= 0; i--) {
      out[i] = HEX[(int) (h & 0xF)];
      h >>>= 4;
    }
    return new String(out);
  }
}
