package org.timeslice.model.x86;

/**
 * One executed instruction.
 *
 * @param thread the thread that ran it
 * @param address its address
 * @param text the instruction as written
 * @param halted true if it was the thread's {@code halt} (x86.py prints "Halt;Switch" after it)
 * @param interrupted true if the interrupt countdown ended (or it was {@code yield}) after it
 */
public record X86Step(int thread, long address, String text, boolean halted, boolean interrupted) {}
