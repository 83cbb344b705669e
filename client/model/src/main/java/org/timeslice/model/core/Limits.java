package org.timeslice.model.core;

/**
 * Every bound the model enforces, in one place. The validator, the simulators, the API and the UI all read
 * these constants, so a limit is changed here or nowhere.
 */
public final class Limits {
  /** Highest scenario format version this build understands. */
  public static final int SCENARIO_VERSION = 1;
  public static final int MAX_TASKS = 256;
  public static final int MAX_OPS_PER_TASK = 10_000;
  public static final int MIN_CORES = 1;
  public static final int MAX_CORES = 64;
  /** A run that would simulate more ticks than this stops with {@link SimulationLimitException}. */
  public static final int MAX_TICKS = 1_000_000;
  /** Upper bound of one op's length and of an arrival tick. */
  public static final int MAX_OP_TICKS = MAX_TICKS;
  public static final int MAX_ARRIVAL_TICK = MAX_TICKS;
  public static final int MAX_CONTEXT_SWITCH_TICKS = 1_000;
  public static final int MAX_QUANTUM_TICKS = MAX_TICKS;
  public static final int MAX_MLFQ_LEVELS = 16;
  public static final int MAX_PRIORITY = 1_000;
  public static final int MAX_TICKETS = 1_000_000;
  public static final int MAX_NAME_LENGTH = 40;
  public static final int MAX_TITLE_LENGTH = 200;
  /** Timelines (tasks × ticks cells) larger than this are left out of results unless asked for. */
  public static final long MAX_TIMELINE_CELLS = 1_000_000L;

  private Limits() {}
}
