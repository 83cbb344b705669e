package org.timeslice.model.sim;

/** Arithmetic means over all tasks (sum / number of tasks). JSON: {@code response, turnaround, wait}. */
public record Averages(double response, double turnaround, double waitTicks) {}
