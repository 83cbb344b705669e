package org.timeslice.server.run;

import java.nio.file.Path;

/**
 * Every limit and knob of {@code /api/run} in one place (docs/api-run.md, "Limits").
 *
 * <p>Why not in the model's {@code Limits}: those bound what the deterministic model accepts and must be
 * the same in the browser and on the server; these bound what one <em>host</em> lends to real execution
 * (processes, seconds, bytes), differ per deployment, and mean nothing to the model. The request bounds
 * ({@link #MAX_WORKERS}, {@link #MAX_SIZE}) are published by {@code GET /api/run/capabilities}, which is
 * where the browser reads them.
 *
 * @param maxConcurrentRuns runs executing at once (at least 1)
 * @param maxQueuedRuns runs waiting for a slot; one more is answered 429 with {@code Retry-After}
 * @param timeLimitMillis hard limit per run (child start-up included); past it the whole process tree is
 *     killed and the answer is 504
 * @param maxOutputBytes cap on a child's stdout (and, separately, stderr); past it the tree is killed (500)
 * @param retryAfterSeconds the {@code Retry-After} value of a 429
 * @param pythonExecutable {@code python3} (looked up on the server's {@code PATH}) or an absolute path
 * @param jvmExecutable the {@code java} executable that runs every {@code jvm} workload (in a child JVM);
 *     null = the running JVM if it is ≥ 21, else the newest JDK ≥ 21 under {@code /usr/lib/jvm}, else the
 *     running JVM (then {@code virtual-threads} is unavailable, 409)
 * @param scratchDir where the Python scripts are unpacked and children run; null = a fresh temp directory.
 *     Its path appears on every child's command line, which makes a run's processes findable.
 * @param workScalePercent scales every workload (100 = calibrated: size 1 ≈ 0.1 s sequentially); tests
 *     raise it to make a run outlast its time limit
 * @param runner test hook: replaces the real runner (null = run real child processes)
 */
public record RunConfig(
    int maxConcurrentRuns,
    int maxQueuedRuns,
    long timeLimitMillis,
    int maxOutputBytes,
    int retryAfterSeconds,
    String pythonExecutable,
    Path jvmExecutable,
    Path scratchDir,
    int workScalePercent,
    Runner runner) {
  /** {@code workers} is 1..MAX_WORKERS. */
  public static final int MAX_WORKERS = 8;
  /** {@code size} is 1..MAX_SIZE; size 1 is about 0.1 s of sequential work. */
  public static final int MAX_SIZE = 5;
  /** A run request is five small fields; anything longer is refused (413). */
  public static final long MAX_REQUEST_BYTES = 4_096;
  public static final int DEFAULT_MAX_CONCURRENT_RUNS = 1;
  public static final int DEFAULT_MAX_QUEUED_RUNS = 2;
  public static final long DEFAULT_TIME_LIMIT_MILLIS = 20_000L;
  public static final int DEFAULT_MAX_OUTPUT_BYTES = 256 * 1024;
  public static final int DEFAULT_RETRY_AFTER_SECONDS = 2;

  public RunConfig {
    if (maxConcurrentRuns < 1 || maxQueuedRuns < 0 || timeLimitMillis < 1 || maxOutputBytes < 1024
        || retryAfterSeconds < 1 || workScalePercent < 1 || workScalePercent > 1_000_000
        || pythonExecutable == null || pythonExecutable.isBlank()) {
      throw new IllegalArgumentException("invalid run configuration: " + this);
    }
  }

  public static RunConfig defaults() {
    return new RunConfig(DEFAULT_MAX_CONCURRENT_RUNS, DEFAULT_MAX_QUEUED_RUNS, DEFAULT_TIME_LIMIT_MILLIS,
        DEFAULT_MAX_OUTPUT_BYTES, DEFAULT_RETRY_AFTER_SECONDS, "python3", null, null, 100, null);
  }

  public RunConfig withSlots(int concurrent, int queued) {
    return new RunConfig(concurrent, queued, timeLimitMillis, maxOutputBytes, retryAfterSeconds,
        pythonExecutable, jvmExecutable, scratchDir, workScalePercent, runner);
  }

  public RunConfig withTimeLimitMillis(long millis) {
    return new RunConfig(maxConcurrentRuns, maxQueuedRuns, millis, maxOutputBytes, retryAfterSeconds,
        pythonExecutable, jvmExecutable, scratchDir, workScalePercent, runner);
  }

  public RunConfig withMaxOutputBytes(int bytes) {
    return new RunConfig(maxConcurrentRuns, maxQueuedRuns, timeLimitMillis, bytes, retryAfterSeconds,
        pythonExecutable, jvmExecutable, scratchDir, workScalePercent, runner);
  }

  public RunConfig withPythonExecutable(String executable) {
    return new RunConfig(maxConcurrentRuns, maxQueuedRuns, timeLimitMillis, maxOutputBytes, retryAfterSeconds,
        executable, jvmExecutable, scratchDir, workScalePercent, runner);
  }

  /** {@code java} may be a path that does not exist: the {@code jvm} runtime is then unavailable. */
  public RunConfig withJvmExecutable(Path java) {
    return new RunConfig(maxConcurrentRuns, maxQueuedRuns, timeLimitMillis, maxOutputBytes, retryAfterSeconds,
        pythonExecutable, java, scratchDir, workScalePercent, runner);
  }

  public RunConfig withScratchDir(Path dir) {
    return new RunConfig(maxConcurrentRuns, maxQueuedRuns, timeLimitMillis, maxOutputBytes, retryAfterSeconds,
        pythonExecutable, jvmExecutable, dir, workScalePercent, runner);
  }

  public RunConfig withWorkScalePercent(int percent) {
    return new RunConfig(maxConcurrentRuns, maxQueuedRuns, timeLimitMillis, maxOutputBytes, retryAfterSeconds,
        pythonExecutable, jvmExecutable, scratchDir, percent, runner);
  }

  public RunConfig withRunner(Runner testRunner) {
    return new RunConfig(maxConcurrentRuns, maxQueuedRuns, timeLimitMillis, maxOutputBytes, retryAfterSeconds,
        pythonExecutable, jvmExecutable, scratchDir, workScalePercent, testRunner);
  }
}
