package org.timeslice.model.sync;

/**
 * One row of a lesson's outcome table.
 *
 * @param label the {@link Outcome#label} it grades
 * @param verdict acceptable, interesting or forbidden
 * @param description why, in one sentence
 */
public record Expectation(String label, Verdict verdict, String description) {}
