package org.timeslice.model.sim;

import org.timeslice.model.scenario.Scenario;

/**
 * A named, ready-to-play scenario of the catalogue ({@link Presets}).
 *
 * @param id stable kebab-case identifier used in URLs and tests; never renamed
 * @param title short title shown in the picker
 * @param description one sentence saying what to look for
 * @param scenario the scenario (valid, NATIVE profile)
 */
public record Preset(String id, String title, String description, Scenario scenario) {}
