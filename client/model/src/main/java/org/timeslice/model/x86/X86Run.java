package org.timeslice.model.x86;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The result of running an x86.py program: every executed instruction in order, the memory (only the
 * addresses ever written, in ascending order; everything else is 0) and each thread's final registers.
 */
public record X86Run(List<X86Step> steps, Map<Integer, Integer> memory, int[][] registers) {
  /** The value at {@code address} at the end (0 if never written). */
  public int memory(int address) {
    Integer v = memory.get(address);
    return v == null ? 0 : v;
  }

  /** Thread t's register {@code name} ({@code ax}, {@code bx}, {@code cx}, {@code dx}, {@code sp}, {@code bp}) at the end. */
  public int register(int t, String name) {
    int r = Operand.REGISTERS.indexOf(name);
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
