package org.timeslice.model.runtime;

/**
 * GIL counters of a run, summed over its interpreters.
 *
 * @param handoffs times the GIL passed to a different thread than its last holder ({@code last_holder})
 * @param dropRequests times a waiter's timed wait expired with no switch meanwhile and it set
 *     {@code gil_drop_request}
 * @param forcedSwitches times a holder honoured a drop request at a switch point
 */
public record GilMetrics(long handoffs, long dropRequests, long forcedSwitches) {}
