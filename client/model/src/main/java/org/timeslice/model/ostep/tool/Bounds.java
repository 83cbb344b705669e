package org.timeslice.model.ostep.tool;

import java.math.BigInteger;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.SimulationLimitException;

/**
 * Where a port needs a Python int in a Java type, within the limits that keep every run bounded
 * ({@link Limits#MAX_OSTEP_JOBS}, {@link Limits#MAX_OSTEP_VALUE}). Beyond them a run stops with a
 * {@link SimulationLimitException} naming the flag; the tool itself would run (or print) for hours.
 */
final class Bounds {
  private Bounds() {}

  /** A count for {@code range(n)}: negative counts are 0 (an empty range), at most {@code max}. */
  static int count(BigInteger n, String flag, int max) {
    if (n.signum() <= 0) {
      return 0;
    }
    if (n.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new SimulationLimitException("args", flag + " at most " + max, flag + " asks for " + n
          + "; at most " + max + " here");
    }
    return n.intValue();
  }

  /** A number the tool computes with, at most {@link Limits#MAX_OSTEP_VALUE} in size. */
  static double value(BigInteger n, String flag) {
    if (n.abs().compareTo(BigInteger.valueOf(Limits.MAX_OSTEP_VALUE)) > 0) {
      throw new SimulationLimitException("args", flag + " within ±" + Limits.MAX_OSTEP_VALUE, flag + " is "
          + n + "; values up to ±" + Limits.MAX_OSTEP_VALUE + " are allowed here");
    }
    return n.doubleValue();
  }

  /** An int within ±{@link Limits#MAX_OSTEP_VALUE}. */
  static int small(BigInteger n, String flag) {
    return (int) value(n, flag);
  }

  /** A float the tool computes with: finite and at most {@link Limits#MAX_OSTEP_VALUE} in size. */
  static double finite(double x, String flag) {
    if (!(Math.abs(x) <= Limits.MAX_OSTEP_VALUE)) {
      throw new SimulationLimitException("args", flag + " finite, within ±" + Limits.MAX_OSTEP_VALUE, flag
          + " holds " + Py.repr(x) + "; numbers must be finite and within ±" + Limits.MAX_OSTEP_VALUE
          + " here");
    }
    return x;
  }

  /** Python's {@code int(x)} of a finite double: truncated toward zero. */
  static double trunc(double x) {
    return x < 0 ? Math.ceil(x) : Math.floor(x);
  }

  /** A seed for a scenario: the tool's seed when it fits a long (it only matters for drawn workloads). */
  static long seed(BigInteger seed) {
    return seed.bitLength() < 64 ? seed.longValue() : 0;
  }
}
