package org.timeslice.model.x86;

/**
 * One executed instruction.
 *
 * @param thread the thread that ran it
 * @param address its address
 * @param text the instruction as written
 */
public record X86Step(int thread, int address, String text) {}
