package org.timeslice.model.python.code;

/**
 * One row of a code object's exception table ({@code Objects/exception_handling_notes.txt}): an exception
 * raised by an instruction at byte offsets {@code start} (inclusive) to {@code end} (exclusive) unwinds the
 * value stack to {@code depth} items, pushes the offset of the raising instruction if {@code lasti}, pushes
 * the exception, and jumps to {@code target}.
 */
public record ExceptionEntry(int start, int end, int target, int depth, boolean lasti) {}
