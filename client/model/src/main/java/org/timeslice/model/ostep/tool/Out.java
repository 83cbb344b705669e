package org.timeslice.model.ostep.tool;

import org.timeslice.model.core.Limits;
import org.timeslice.model.core.SimulationLimitException;

/**
 * A tool's standard output as it is printed, with Python's {@code print} spacing, capped at
 * {@link Limits#MAX_OSTEP_OUTPUT_CHARS}: every request has a bounded cost, and a run that would print more
 * stops with a {@link SimulationLimitException}.
 */
final class Out {
  private final StringBuilder text = new StringBuilder();

  /** {@code print(s, end='')}. */
  Out print(String s) {
    text.append(s);
    refuseOver(text.length());
    return this;
  }

  /** Throws the cap's error if {@code chars} of output would pass it (a tool may know before printing). */
  static void refuseOver(long chars) {
    if (chars > Limits.MAX_OSTEP_OUTPUT_CHARS) {
      throw new SimulationLimitException("args", "at most " + Limits.MAX_OSTEP_OUTPUT_CHARS
          + " characters of output", "this command line prints more than "
          + Limits.MAX_OSTEP_OUTPUT_CHARS + " characters (Limits.MAX_OSTEP_OUTPUT_CHARS); ask for fewer"
          + " jobs, actions or instructions");
    }
  }

  /** {@code print(s)}. */
  Out line(String s) {
    return print(s).print("\n");
  }

  /** {@code print(a, b, ...)}: the values joined by single spaces, then a newline. */
  Out words(String... values) {
    return line(String.join(" ", values));
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
