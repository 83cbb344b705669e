package org.timeslice.web.run;

import org.timeslice.web.dom.Fmt;

/**
 * Measured against predicted: the speedups (a baseline's wall time over a model's) and the relative error
 * of the prediction, plus the plain note on why real runs differ from the model. Pure arithmetic.
 */
public final class Comparison {
  private Comparison() {}

  /** {@code baselineMillis / modelMillis}, or -1 when either is unknown. */
  public static double speedup(double baselineMillis, double modelMillis) {
    return baselineMillis > 0 && modelMillis > 0 ? baselineMillis / modelMillis : -1;
  }

  /** {@code |measured − predicted| / predicted}, or -1 when either is unknown. */
  public static double relativeError(double measured, double predicted) {
    return measured > 0 && predicted > 0 ? Math.abs(measured - predicted) / predicted : -1;
  }

  /** "2.0×", or "—" when unknown. */
  public static String times(double ratio) {
    return Fmt.oneDecimal(ratio) + (ratio < 0 ? "" : "×");
  }

  /** The reasons, as a person can read them; mentions the core counts when they differ. */
  public static String whyTheyDiffer(int hostCores, int modelCores) {
    String cores = hostCores > 0 && modelCores > 0 && hostCores != modelCores
        ? " This server has " + hostCores + (hostCores == 1 ? " core" : " cores") + "; the simulation assumed "
            + modelCores + "."
        : "";
    return "Why the measured and simulated runs differ: the measurement samples a clock about every 0.1 ms, "
        + "so shorter pauses are invisible; the operating system also runs other programs (the server itself, "
        + "other visitors' runs) on the same cores; starting interpreters, processes and the JIT costs time "
        + "the model leaves out." + cores + " Compare the speedups, not the absolute times.";
  }
}
