package org.timeslice.model.x86;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The result of running an x86.py program: every executed instruction in order, the memory (only the
 * addresses ever written, iterated in ascending order; everything else below the memory size is 0) and
 * each thread's final registers.
 */
public record X86Run(X86Version version, List<X86Step> steps, Map<Long, Long> memory,
    long[][] registers) {
  /** The value at {@code address} at the end (0 if never written). */
  public long memory(long address) {
    Long v = memory.get(address);
    return v == null ? 0 : v;
  }

  /** Thread t's register {@code name} ({@code ax}, {@code bx}, …) at the end. */
  public long register(int t, String name) {
    int r = version.register(name);
    if (r < 0) {
      throw new IllegalArgumentException("no register " + name);
    }
    return registers[t][r];
  }

  /** The threads in the order they executed, one entry per instruction. */
  public List<Integer> schedule() {
    return Collections.unmodifiableList(steps.stream().map(X86Step::thread).toList());
  }
}
