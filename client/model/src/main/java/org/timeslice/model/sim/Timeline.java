package org.timeslice.model.sim;

import java.util.List;
import java.util.Map;
import org.timeslice.model.lifecycle.State;

/**
 * Per-tick tables derived from the trace (never stored by the simulator).
 *
 * @param cores {@code cores.get(c).get(t)} = name of the task running on core c during tick t, or null
 *     when the core is idle or switching
 * @param states lifecycle state of each task during each tick, keyed in scenario order
 */
public record Timeline(List<List<String>> cores, Map<String, List<State>> states) {}
