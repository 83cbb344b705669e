package org.timeslice.model.share;

import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link ByteSink} wrote, defensively: every read is bounds-checked, every number is checked
 * against the range its field allows, and counts are checked against the bytes left before anything is
 * allocated, so hostile input costs at most linear time in its length.
 */
final class ByteSource {
  private final byte[] bytes;
  private int pos;

  ByteSource(byte[] bytes) {
    this.bytes = bytes;
  }

  boolean atEnd() {
    return pos >= bytes.length;
  }

  int remaining() {
    return bytes.length - pos;
  }

  /** An unsigned varint of at most 64 bits. */
  long varint(String field) throws ShareFormatException {
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos >= bytes.length) {
        throw truncated(field);
      }
      int b = bytes[pos++] & 0xff;
      if (shift == 63 && b > 1) {
        break;
      }
      result |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
    }
    throw new ShareFormatException(ShareError.Kind.OUT_OF_RANGE, field,
        "The link's value for " + field + " is longer than any number this format allows.");
  }

  /** A varint that must lie in {@code min..max}. */
  int intIn(String field, int min, int max) throws ShareFormatException {
    long v = varint(field);
    if (v < min || v > max) {
      throw new ShareFormatException(ShareError.Kind.OUT_OF_RANGE, field,
          "The link sets " + field + " to " + (v < 0 ? "a number over 2^63" : Long.toString(v)) + ", outside " + min + ".." + max + ".");
    }
    return (int) v;
  }

  long zigzag(String field) throws ShareFormatException {
    long v = varint(field);
    return (v >>> 1) ^ -(v & 1);
  }

  /** A count of items that each take at least one byte: checked against {@code max} and the bytes left. */
  int count(String field, int max) throws ShareFormatException {
    int n = intIn(field, 0, max);
    if (n > remaining()) {
      throw truncated(field);
    }
    return n;
  }

  String string(String field, int maxBytes) throws ShareFormatException {
    int n = intIn(field, 0, maxBytes);
    if (n > remaining()) {
      throw truncated(field);
    }
    String s = new String(bytes, pos, n, StandardCharsets.UTF_8);
    pos += n;
    return s;
  }

  static ShareFormatException truncated(String field) {
    return new ShareFormatException(ShareError.Kind.TRUNCATED, field,
        "The link is cut off: its data ends in the middle of " + field
            + ". Copy the whole link again.");
  }
}
