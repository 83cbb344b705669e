package org.timeslice.model.share;

/**
 * Base64url (RFC 4648 §5) without padding, strict: only the 64 URL-safe characters, no length of the form
 * 4n+1, and unused trailing bits must be zero, so every byte string has exactly one text form and a
 * mutated character is an error rather than a silently different value.
 *
 * <p>Own code rather than {@code java.util.Base64} so the error names the offending position and the
 * behaviour is identical on the JVM and under TeaVM.
 */
final class Base64Url {
  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

  private Base64Url() {}

  static String encode(byte[] bytes) {
    StringBuilder sb = new StringBuilder((bytes.length * 4 + 2) / 3);
    int i = 0;
    for (; i + 2 < bytes.length; i += 3) {
      int n = (bytes[i] & 0xff) << 16 | (bytes[i + 1] & 0xff) << 8 | (bytes[i + 2] & 0xff);
      sb.append(ALPHABET[n >>> 18]).append(ALPHABET[(n >>> 12) & 63])
          .append(ALPHABET[(n >>> 6) & 63]).append(ALPHABET[n & 63]);
    }
    int rest = bytes.length - i;
    if (rest == 1) {
      int n = (bytes[i] & 0xff) << 16;
      sb.append(ALPHABET[n >>> 18]).append(ALPHABET[(n >>> 12) & 63]);
    } else if (rest == 2) {
      int n = (bytes[i] & 0xff) << 16 | (bytes[i + 1] & 0xff) << 8;
      sb.append(ALPHABET[n >>> 18]).append(ALPHABET[(n >>> 12) & 63]).append(ALPHABET[(n >>> 6) & 63]);
    }
    return sb.toString();
  }

  static byte[] decode(String text, int from) throws ShareFormatException {
    int length = text.length() - from;
    if (length % 4 == 1) {
      throw bad("its length is impossible for base64url (one character too many or too few)");
    }
    byte[] out = new byte[length / 4 * 3 + Math.max(0, length % 4 - 1)];
    int o = 0;
    int bits = 0;
    int buffer = 0;
    for (int i = from; i < text.length(); i++) {
      int v = value(text.charAt(i));
      if (v < 0) {
        throw bad("character " + (i + 1) + " is not allowed in a link payload");
      }
      buffer = buffer << 6 | v;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out[o++] = (byte) (buffer >>> bits);
        buffer &= (1 << bits) - 1;
      }
    }
    if (buffer != 0) {
      throw bad("its last character is not a valid ending");
    }
    return out;
  }

  private static int value(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    } else if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    } else if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    } else if (c == '-') {
      return 62;
    } else if (c == '_') {
      return 63;
    }
    return -1;
  }

  private static ShareFormatException bad(String why) {
    return new ShareFormatException(ShareError.Kind.BAD_BASE64, "s",
        "The link's scenario data is damaged: " + why + ".");
  }
}
