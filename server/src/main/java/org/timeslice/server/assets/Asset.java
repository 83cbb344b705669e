package org.timeslice.server.assets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One static file held in memory, with its gzip form computed once at start-up (assets never change while
 * the server runs, so compressing them per request would only burn CPU the browser is waiting on).
 *
 * @param logicalName path below the asset root, e.g. {@code css/site.css}
 * @param hashedName the same path with a content hash before the extension, e.g. {@code css/site.3f9a1c02bd.css}
 * @param gzipped the bytes gzip-compressed at the best level, or null when that would not save anything
 */
public record Asset(String logicalName, String hashedName, String contentType, byte[] bytes, byte[] gzipped) {

  /** An asset whose text content is also kept gzip-compressed; images and other binary types are not. */
  public static Asset of(String logicalName, String hashedName, String contentType, byte[] bytes) {
    boolean text = contentType.startsWith("text/") || contentType.contains("javascript")
        || contentType.contains("svg") || contentType.contains("json");
    byte[] gzipped = text ? gzip(bytes) : null;
    return new Asset(logicalName, hashedName, contentType, bytes,
        gzipped != null && gzipped.length < bytes.length ? gzipped : null);
  }

  /** {@code bytes} gzip-compressed at the best level (done once per asset or cached page, never per request). */
  public static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
    try (GZIPOutputStream z = new GZIPOutputStream(out) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      z.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
