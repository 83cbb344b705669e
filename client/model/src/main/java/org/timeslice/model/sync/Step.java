package org.timeslice.model.sync;

/**
 * The result of one step of a {@link SyncMachine}: the state after it and the log line describing it.
 *
 * @param state the machine after the step
 * @param record what happened, in words
 */
public record Step(SyncState state, StepRecord record) {}
