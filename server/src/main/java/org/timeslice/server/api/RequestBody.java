package org.timeslice.server.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads a JSON request body within a byte limit. The limit holds whether or not the client declared a
 * {@code Content-Length} (a chunked body is counted as it is read and never buffered past the limit).
 */
public final class RequestBody {
  private RequestBody() {}

  /**
   * Accepts a POST from this site or from no site ({@link CrossSite}: 403 otherwise) whose
   * {@code Content-Type} is {@code application/json} or {@code application/*+json}, with any parameters
   * (e.g. a charset; Jackson detects UTF-8/16/32 itself). Anything else, a missing {@code Content-Type}
   * included, is 415: a body without one is what another site's form can make a browser send.
   */
  public static void requireJson(Context ctx) {
    CrossSite.check(ctx);
    String contentType = ctx.header("Content-Type");
    if (contentType != null) {
      String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
      if (mediaType.equals("application/json")
          || (mediaType.startsWith("application/") && mediaType.endsWith("+json"))) {
        return;
      }
    }
    throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(), "Content-Type", "application/json",
        contentType == null || contentType.isBlank()
            ? "the body must be sent as JSON, with the header Content-Type: application/json"
            : "the body must be JSON (Content-Type: application/json), not " + abbreviate(contentType));
  }

  /** The whole body, or a 413 {@link ApiException} (field {@code body}) if it exceeds {@code maxBytes}. */
  public static byte[] read(Context ctx, long maxBytes) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      throw tooLarge(maxBytes, declared + " bytes");
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
    byte[] buffer = new byte[8192];
    InputStream in = ctx.req().getInputStream();
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      body.write(buffer, 0, n);
      if (body.size() > maxBytes) {
        throw tooLarge(maxBytes, "more than that");
      }
    }
    return body.toByteArray();
  }

  private static ApiException tooLarge(long maxBytes, String actual) {
    return new ApiException(HttpStatus.CONTENT_TOO_LARGE.getCode(), "body", "<= " + maxBytes + " bytes",
        "the body may have at most " + maxBytes + " bytes but has " + actual);
  }

  private static String abbreviate(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }
}
