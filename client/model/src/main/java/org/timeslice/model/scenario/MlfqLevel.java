package org.timeslice.model.scenario;

/**
 * One MLFQ level.
 *
 * @param quantumTicks the time slice at this level
 * @param allotment how many quanta a task may use at this level before it is demoted (OSTEP counts
 *     allotment in quanta, not ticks)
 */
public record MlfqLevel(int quantumTicks, int allotment) {}
