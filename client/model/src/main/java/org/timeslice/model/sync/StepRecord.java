package org.timeslice.model.sync;

/**
 * One line of the step log: which thread ran which op, and what happened, in words.
 *
 * @param step the step number this record produced (1 for the first step)
 * @param thread the thread that stepped
 * @param pc the index of the op it ran (its op count for an exit step)
 * @param op the op's text, e.g. {@code LOAD r0, x}, or {@code KILL} for {@link SyncMachine#kill}
 * @param note what happened, e.g. {@code r0 = 0}, {@code blocked on mutex m (owner T0)}
 */
public record StepRecord(int step, int thread, int pc, String op, String note) {}
