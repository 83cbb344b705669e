package org.timeslice.server.web;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts requests the HTTP layer refused (malformed, or larger than it accepts) and logs one summary line per
 * period instead of a line each, so that nobody can flood the log by sending oversized requests. Jetty's own
 * warning per request is turned off in {@code simplelogger.properties}.
 */
public final class RefusalLog {
  private static final Logger LOG = LoggerFactory.getLogger(RefusalLog.class);
  private final Map<Integer, Long> counts = new TreeMap<>();
  private ScheduledExecutorService timer;

  /** Summarises every {@code periodSeconds} seconds on a daemon thread (stopped by {@link #stop()}). */
  public void start(long periodSeconds) {
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "timeslice-refusal-log");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(this::flush, periodSeconds, periodSeconds, TimeUnit.SECONDS);
  }

  public void stop() {
    if (timer != null) {
      timer.shutdownNow();
    }
    flush();
  }

  synchronized void count(int status) {
    counts.merge(status, 1L, Long::sum);
  }

  /** Logs the counts since the last summary, if any, and starts counting again; returns the line logged. */
  public synchronized String flush() {
    if (counts.isEmpty()) {
      return null;
    }
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder line = new StringBuilder("refused " + total + " malformed or oversized request"
        + (total == 1 ? "" : "s") + " since the last summary (by status:");
    counts.forEach((status, n) -> line.append(' ').append(status).append(" × ").append(n));
    line.append(')');
    counts.clear();
    LOG.warn(line.toString());
    return line.toString();
  }
}
