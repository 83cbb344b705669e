package org.timeslice.model.share;

import java.nio.charset.StandardCharsets;

/** Writes the primitives of the link format: unsigned LEB128 varints and length-prefixed UTF-8. */
final class ByteSink {
  private byte[] bytes = new byte[64];
  private int size;

  void u8(int b) {
    if (size == bytes.length) {
      byte[] bigger = new byte[bytes.length * 2];
      System.arraycopy(bytes, 0, bigger, 0, size);
      bytes = bigger;
    }
    bytes[size++] = (byte) b;
  }

  /** An unsigned varint: 7 bits per byte, low bits first, high bit set on every byte but the last. */
  void varint(long value) {
    long v = value;
    while ((v & ~0x7FL) != 0) {
      u8((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    u8((int) v);
  }

  /** A signed value, zig-zag mapped so that small negative numbers stay short. */
  void zigzag(long value) {
    varint((value << 1) ^ (value >> 63));
  }

  void string(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    varint(utf8.length);
    for (byte b : utf8) {
      u8(b);
    }
  }

  byte[] toByteArray() {
    byte[] out = new byte[size];
    System.arraycopy(bytes, 0, out, 0, size);
    return out;
  }
}
