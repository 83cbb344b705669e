package org.timeslice.server.api;

import java.io.ByteArrayOutputStream;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.RunBudget;
import org.timeslice.model.scenario.Scenario;
import org.timeslice.model.sim.CostBound;

/**
 * What one {@code POST /api/simulate} may cost, and the one place it is checked (docs/api.md, "Budget"):
 *
 * <ol>
 *   <li>before running, a scenario whose least cost ({@link CostBound}) already breaks a limit is refused
 *       (400, field {@code tasks}): more ticks than {@link Limits#MAX_TICKS}, or more trace events than
 *       {@link #maxTraceEvents};
 *   <li>while running, the model charges every event to the request's {@link RunBudget}: past
 *       {@link #maxTraceEvents} the run stops (400, field {@code trace}), and when the client has gone the
 *       run stops and nothing is answered;
 *   <li>in the answer, at most {@link #maxEventsPerResponse} events per page ({@code traceLimit}), a
 *       timeline of at most {@link #maxTimelineCells} cells (else 400, field {@code include}), and at most
 *       {@link #maxResponseBytes} bytes in all (else 400, field {@code traceLimit}: ask for a smaller page).
 * </ol>
 *
 * <p>With these bounds one request holds at most about 12 bytes per trace event of memory while it runs
 * (the model's columnar trace) plus its answer, and the number of requests computing at once is bounded by
 * the server's simulation slots ({@code AppConfig}), so memory is bounded whatever is posted.
 *
 * @param maxTraceEvents events one run may record
 * @param maxEventsPerResponse events one answer may carry (the page size's ceiling)
 * @param maxTimelineCells (tasks + cores) × makespan cells of a requested timeline
 * @param maxResponseBytes bytes of one answer, uncompressed
 */
public record RequestBudget(int maxTraceEvents, int maxEventsPerResponse, long maxTimelineCells,
    int maxResponseBytes) {
  public static final int DEFAULT_MAX_TRACE_EVENTS = 2_000_000;
  public static final int DEFAULT_MAX_EVENTS_PER_RESPONSE = 100_000;
  public static final long DEFAULT_MAX_TIMELINE_CELLS = Limits.MAX_TIMELINE_CELLS;
  public static final int DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
  private static final int BAD_REQUEST = 400;

  public RequestBudget {
    if (maxTraceEvents < 1 || maxEventsPerResponse < 1 || maxTimelineCells < 1 || maxResponseBytes < 4096) {
      throw new IllegalArgumentException("invalid request budget: " + maxTraceEvents + ", " + maxEventsPerResponse
          + ", " + maxTimelineCells + ", " + maxResponseBytes);
    }
  }

  public static RequestBudget defaults() {
    return new RequestBudget(DEFAULT_MAX_TRACE_EVENTS, DEFAULT_MAX_EVENTS_PER_RESPONSE, DEFAULT_MAX_TIMELINE_CELLS,
        DEFAULT_MAX_RESPONSE_BYTES);
  }

  /** Refuses, before any work, a scenario that cannot fit: 400 naming {@code tasks} and the limit. */
  public void checkBeforeRun(Scenario scenario) {
    CostBound bound = CostBound.of(scenario);
    if (bound.minTicks() > Limits.MAX_TICKS) {
      throw new ApiException(BAD_REQUEST, "tasks", "<= " + Limits.MAX_TICKS + " ticks",
          "the tasks need at least " + bound.minTicks() + " ticks (their CPU ticks spread over "
              + scenario.machine().cores() + " cores, or one task's arrival plus its whole program), more than"
              + " the " + Limits.MAX_TICKS + " a run may take");
    }
    if (bound.minEvents() > maxTraceEvents) {
      throw new ApiException(BAD_REQUEST, "tasks", "<= " + maxTraceEvents + " events",
          "the tasks make at least " + bound.minEvents() + " trace events (3 per task, 2 per I/O), more than the "
              + maxTraceEvents + " one request may compute");
    }
  }

  /** The budget of one run, stopped early when {@code stop} says so. */
  public RunBudget forRun(RunBudget.StopSignal stop) {
    return RunBudget.of(maxTraceEvents, stop);
  }

  /** Refuses a timeline larger than {@link #maxTimelineCells}: 400 naming {@code include}. */
  public void checkTimeline(int rows, int makespan) {
    long cells = (long) rows * makespan;
    if (cells > maxTimelineCells) {
      throw new ApiException(BAD_REQUEST, "include", "timeline of <= " + maxTimelineCells + " cells",
          "the timeline would have " + cells + " cells ((tasks + cores) × " + makespan + " ticks), more than the "
              + maxTimelineCells + " one answer may carry; leave out include=timeline and read the trace instead");
    }
  }

  /**
   * The page of the trace asked for: {@code traceFrom} (default 0) and {@code traceLimit} (default and
   * ceiling {@link #maxEventsPerResponse}).
   */
  public TracePage page(String from, String limit) {
    int first = from == null ? 0 : parse("traceFrom", from, 0, Integer.MAX_VALUE);
    int count = limit == null ? maxEventsPerResponse : parse("traceLimit", limit, 1, maxEventsPerResponse);
    return new TracePage(first, count);
  }

  /** A buffer for one answer that refuses to grow past {@link #maxResponseBytes}. */
  public ByteArrayOutputStream responseBuffer() {
    return new ByteArrayOutputStream(8192) {
      @Override
      public synchronized void write(byte[] b, int off, int len) {
        ensure(len);
        super.write(b, off, len);
      }

      @Override
      public synchronized void write(int b) {
        ensure(1);
        super.write(b);
      }

      private void ensure(int more) {
        if ((long) count + more > maxResponseBytes) {
          throw new ApiException(BAD_REQUEST, "traceLimit", "<= " + maxResponseBytes + " bytes per answer",
              "the answer would be larger than " + maxResponseBytes + " bytes; ask for fewer events per page"
                  + " (traceLimit) or leave out the timeline");
        }
      }
    };
  }

  private static int parse(String name, String text, int min, int max) {
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new ApiException(BAD_REQUEST, name, min + ".." + max,
        "the query parameter " + name + " must be a whole number " + min + ".." + max + ", not \""
            + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "\"");
  }

  /** Events {@code [from, from + limit)} of a trace. */
  public record TracePage(int from, int limit) {
    /** The whole trace (the command line, which has no budget). */
    public static final TracePage ALL = new TracePage(0, Integer.MAX_VALUE);

    /** The index after the last event on this page of a trace of {@code size} events. */
    public int end(int size) {
      return (int) Math.min(size, Math.max(0L, from) + limit);
    }
  }
}
