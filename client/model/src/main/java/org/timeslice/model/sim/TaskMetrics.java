package org.timeslice.model.sim;

/**
 * Per-task results, derived from the trace. All values are ticks. JSON names are the record components,
 * except {@code arrivalTick}/{@code firstRunTick}/{@code completionTick} and {@code waitTicks}, which are written as
 * {@code arrival}/{@code firstRun}/{@code completion}/{@code wait} ({@code wait} cannot name a record component).
 *
 * @param response firstRun − arrival
 * @param turnaround completion − arrival
 * @param waitTicks ticks spent READY (including READY during a context switch to it)
 */
public record TaskMetrics(
    String name,
    int arrivalTick,
    int firstRunTick,
    int completionTick,
    int response,
    int turnaround,
    int waitTicks,
    long cpuTicks,
    long ioTicks) {}
