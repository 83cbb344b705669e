package org.timeslice.model.x86;

import java.util.List;

/** Programs from OSTEP's threads chapter, as the x86.py page offers them. */
public final class X86Samples {
  /** A sample: a name for the picker, the source, and the {@code -a} registers it expects. */
  public record Sample(String id, String title, String source, String registers) {}

  /** {@code looping-race-nolock.s}: a loop of unlocked increments of memory[2000], bx times. */
  public static final String LOOPING_RACE_NOLOCK = String.join("\n",
      "# assumes %bx has loop count in it",
      ".main",
      ".top",
      "mov 2000, %ax   # get the value at the address",
      "add $1, %ax     # increment it",
      "mov %ax, 2000   # store it back",
      "",
      "# see if we're still looping",
      "sub  $1, %bx",
      "test $0, %bx",
      "jgt .top",
      "",
      "halt",
      "");

  /** The same loop guarded by a test-and-set spin lock at memory[2001] (OSTEP's test-and-set.s idea). */
  public static final String TEST_AND_SET = String.join("\n",
      "# a spin lock at 2001 around the increment of 2000; %bx loops",
      ".top",
      ".acquire",
      "mov  $1, %ax",
      "xchg %ax, 2001     # atomic swap of 1 and the lock",
      "test $0, %ax       # got 0 back: the lock was free",
      "jne  .acquire      # else spin",
      "mov  2000, %ax     # critical section",
      "add  $1, %ax",
      "mov  %ax, 2000",
      "mov  $0, 2001      # release the lock",
      "sub  $1, %bx",
      "test $0, %bx",
      "jgt .top",
      "halt",
      "");

  public static final List<Sample> ALL = List.of(
      new Sample("looping-race-nolock", "looping-race-nolock.s (no lock)", LOOPING_RACE_NOLOCK, "bx=3"),
      new Sample("test-and-set", "test-and-set spin lock (xchg)", TEST_AND_SET, "bx=3"));

  private X86Samples() {}
}
