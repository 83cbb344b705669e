package org.timeslice.model.share;

import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.timeslice.model.core.Limits;

/**
 * Raw DEFLATE (RFC 1951, no zlib header) for large link bodies.
 *
 * <p>Why this and not an own codec: {@code java.util.zip} is part of the Java platform, so the model stays
 * dependency-free, and TeaVM's class library implements {@code Deflater}/{@code Inflater} (with JZlib), so
 * the browser runs the same code. The compressed bytes may differ between zlib implementations; that is
 * harmless, because a link is defined by what it decodes to, and every conforming inflater decodes every
 * conforming stream identically. Inflation is capped at {@link Limits#MAX_SHARE_BODY_BYTES}.
 */
final class Compression {
  private Compression() {}

  static byte[] deflate(byte[] input) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setInput(input);
      deflater.finish();
      byte[] buffer = new byte[input.length + 64];
      ByteSink out = new ByteSink();
      while (!deflater.finished()) {
        int n = deflater.deflate(buffer);
        for (int i = 0; i < n; i++) {
          out.u8(buffer[i]);
        }
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  static byte[] inflate(byte[] input, int offset) throws ShareFormatException {
    Inflater inflater = new Inflater(true);
    try {
      // The trailing zero byte is the "dummy" byte raw inflaters may need to see the end of the stream.
      byte[] padded = new byte[input.length - offset + 1];
      System.arraycopy(input, offset, padded, 0, input.length - offset);
      inflater.setInput(padded);
      ByteSink out = new ByteSink();
      byte[] buffer = new byte[4096];
      int total = 0;
      int stalled = 0;
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw ByteSource.truncated("the compressed data");
        }
        // No progress twice in a row means a stream the inflater cannot advance: never spin on it.
        stalled = n == 0 ? stalled + 1 : 0;
        if (stalled > 1) {
          throw corrupt();
        }
        total += n;
        if (total > Limits.MAX_SHARE_BODY_BYTES) {
          throw new ShareFormatException(ShareError.Kind.TOO_LARGE, "s",
              "The link's scenario expands to more than " + Limits.MAX_SHARE_BODY_BYTES
                  + " bytes, more than any scenario can need.");
        }
        for (int i = 0; i < n; i++) {
          out.u8(buffer[i]);
        }
      }
      if (inflater.getRemaining() > 1) {
        throw corrupt();
      }
      return out.toByteArray();
    } catch (DataFormatException | RuntimeException e) {
      throw corrupt();
    } finally {
      inflater.end();
    }
  }

  private static ShareFormatException corrupt() {
    return new ShareFormatException(ShareError.Kind.BAD_COMPRESSION, "s",
        "The link's compressed scenario data is damaged.");
  }
}
