package org.timeslice.model.gen;

import java.util.List;

/**
 * A generator's frame as the stepper shows it.
 *
 * @param function the generator function's name, e.g. {@code countdown}
 * @param state created, suspended, running or closed (as {@code inspect.getgeneratorstate} says)
 * @param line the source line it will resume from (1-based), or 0 when closed
 * @param locals its local variables, name and value, in source order
 */
public record Frame(String function, String state, int line, List<String> locals) {}
