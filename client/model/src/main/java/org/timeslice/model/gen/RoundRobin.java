package org.timeslice.model.gen;

import java.util.List;

/**
 * A round-robin driver over generators, the way early coroutine schedulers (and asyncio's ancestors) ran
 * tasks: each step resumes the next live generator with {@code next()} until it yields, then moves on. A
 * generator that returns or raises is dropped from the rotation.
 */
public final class RoundRobin {
  private final List<PyGenerator> generators;
  private int next;

  public RoundRobin(List<PyGenerator> generators) {
    this.generators = List.copyOf(generators);
  }

  /** True while some generator is still live. */
  public boolean hasLive() {
    for (PyGenerator g : generators) {
      if (!g.isClosed()) {
        return true;
      }
    }
    return false;
  }

  /** Resumes the next live generator; returns its index (-1 if none is live) — its outcome via {@link #last}. */
  public int step() {
    for (int k = 0; k < generators.size(); k++) {
      int i = (next + k) % generators.size();
      if (!generators.get(i).isClosed()) {
        last = generators.get(i).send(null);
        next = (i + 1) % generators.size();
        return i;
      }
    }
    return -1;
  }

  private Outcome last;

  /** The outcome of the last {@link #step}. */
  public Outcome last() {
    return last;
  }
}
