package org.timeslice.server;

import io.javalin.http.Context;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Each request's id, sent back as {@code X-Request-Id} and written in every log line and internal-error answer
 * about it, so that a visitor's report ("request 3f9c…") finds its log line. A proxy's own id
 * ({@code X-Request-Id} of the request, if it is a plain token) is kept so that both logs agree.
 */
public final class RequestId {
  public static final String HEADER = "X-Request-Id";
  private static final String ATTRIBUTE = "timeslice.requestId";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private RequestId() {}

  /** Gives the request its id (before any handler) and sends it back. */
  static void assign(Context ctx) {
    String given = ctx.header(HEADER);
    String id = given != null && TOKEN.matcher(given).matches() ? given : fresh();
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
  }

  /** The request's id ({@code -} if it has none, which only a request that never reached the app has). */
  public static String of(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    return id == null ? "-" : id;
  }

  private static String fresh() {
    return Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE).substring(0, 12);
  }
}
