package org.timeslice.model.x86;

import java.util.List;

/**
 * The two versions of OSTEP's {@code x86.py}, which differ in registers, instructions, operand syntax and
 * one instruction's meaning.
 *
 * <ul>
 *   <li>{@link #THREADS_INTRO} ({@code threads-intro/x86.py}): registers ax..dx, sp, bp; an immediate is
 *       {@code $} and one digit; a memory operand is {@code N}, {@code (%r)}, {@code N(%r)} or
 *       {@code N(%r1,%r2)}; {@code pop %r} copies the stack pointer itself into the register.
 *   <li>{@link #THREADS_LOCKS} ({@code threads-locks/x86.py}): adds ex, fx, {@code lea}, {@code neg},
 *       {@code mul}, negative and multi-digit immediates, {@code N(%r1,%r2,scale)}, {@code .var name n};
 *       {@code pop %r} loads the value at the top of the stack; {@code -P} schedules, {@code -H} headers.
 * </ul>
 */
public enum X86Version {
  THREADS_INTRO("threads-intro", List.of("zero", "ax", "bx", "cx", "dx", "sp", "bp")),
  THREADS_LOCKS("threads-locks", List.of("zero", "ax", "bx", "cx", "dx", "ex", "fx", "sp", "bp"));

  private final String chapter;
  private final List<String> registers;

  X86Version(String chapter, List<String> registers) {
    this.chapter = chapter;
    this.registers = registers;
  }

  /** The ostep-homework folder of this version ({@code threads-intro}). */
  public String chapter() {
    return chapter;
  }

  /** Register names in the tool's numbering: {@code zero} (a hidden register, writable) is 0. */
  public List<String> registers() {
    return registers;
  }

  /** The number of {@code name}, or -1. */
  public int register(String name) {
    return registers.indexOf(name);
  }

  /** The stack pointer's number. */
  public int sp() {
    return registers.indexOf("sp");
  }
}
