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
  /** Smallest op length under the native profile (OSTEP profiles also allow {@code {"cpu": 0}}). */
  public static final int MIN_OP_TICKS = 1;
  /** Smallest CPU op length under an OSTEP profile. */
  public static final int MIN_OSTEP_CPU_TICKS = 0;
  /** Smallest I/O op length under an OSTEP profile (process-run.py {@code -L 0}, mlfq.py {@code -i 0}). */
  public static final int MIN_OSTEP_IO_TICKS = 0;
  public static final int MIN_QUANTUM_TICKS = 1;
  public static final int MIN_TASKS = 1;
  public static final int MIN_MLFQ_LEVELS = 1;
  public static final int MIN_MLFQ_ALLOTMENT = 1;
  public static final int MIN_PRIORITY = 0;
  public static final int MIN_TICKETS = 1;

  // --- sync (shared state, locks, interleaving explorer) ---
  /** Most threads in one sync program (the wait-for graph and waiter lists are sized by this). */
  public static final int MAX_SYNC_THREADS = 16;
  /** Most ops in one thread's sync program. */
  public static final int MAX_SYNC_OPS_PER_THREAD = 256;
  /** Most shared variables, and most objects of each kind (mutexes, semaphores, queues, conditions, events). */
  public static final int MAX_SYNC_OBJECTS = 64;
  /** Registers per thread in a sync program (r0..r3). */
  public static final int SYNC_REGISTERS = 4;
  /** Largest bounded-queue capacity and largest semaphore count. */
  public static final int MAX_SYNC_QUEUE_CAPACITY = 64;
  public static final int MAX_SYNC_SEMAPHORE_COUNT = 1_000;
  /** A seeded or replayed run stops after this many micro-steps. */
  public static final int MAX_SYNC_STEPS = 1_000_000;
  /** Upper bound of the exhaustive explorer's distinct-state budget. */
  public static final int MAX_EXPLORED_STATES = 1_000_000;
  /** Dining philosophers: 2..10 philosophers, at most this many meals each. */
  public static final int MIN_PHILOSOPHERS = 2;
  public static final int MAX_PHILOSOPHERS = 10;
  public static final int MAX_PHILOSOPHER_MEALS = 1_000;
  /** OSTEP x86.py: most threads, most program lines, most executed instructions. */
  public static final int MAX_X86_THREADS = 16;
  public static final int MAX_X86_LINES = 1_000;
  public static final int MAX_X86_INSTRUCTIONS = 1_000_000;
  /** OSTEP tools ({@code ostep.tool}): most characters one command line may print. */
  public static final int MAX_OSTEP_OUTPUT_CHARS = 4_000_000;
  /** OSTEP tools: most random draws a tool's generator loop may take before it is stopped as endless. */
  public static final int MAX_OSTEP_DRAWS = 10_000_000;
  /** OSTEP tools: most arguments of one command line, and the longest argument (characters). */
  public static final int MAX_OSTEP_ARGS = 256;
  public static final int MAX_OSTEP_ARG_CHARS = 10_000;
  /** OSTEP tools: most jobs (or processes) one command line may ask for. */
  public static final int MAX_OSTEP_JOBS = 10_000;
  /** OSTEP tools: largest size of a number a tool computes with (lengths, quanta, sizes). */
  public static final int MAX_OSTEP_VALUE = 1_000_000_000;
  /** OSTEP tools: most files one run may be given (x86.py {@code -p}), and the longest (characters). */
  public static final int MAX_OSTEP_FILES = 16;
  public static final int MAX_OSTEP_FILE_CHARS = 100_000;
  /** OSTEP multi.py: most CPU-job cells (ticks x CPUs x jobs) of cache state one run may track. */
  public static final int MAX_OSTEP_CELLS = 20_000_000;
  /** OSTEP fork.py: deepest process tree printed (the tool's own recursion stops near 1,000). */
  public static final int MAX_FORK_TREE_DEPTH = 500;

  // --- share (scenario URLs, see docs/url-format.md) ---
  /** Longest {@code s} value a share URL may carry (characters); longer input is rejected unread. */
  public static final int MAX_SHARE_PAYLOAD_CHARS = 6_000;
  /** Largest decoded (decompressed) share body in bytes: caps what a tiny "zip bomb" can expand to. */
  public static final int MAX_SHARE_BODY_BYTES = 262_144;
  /** Most widget options one share URL carries, and their longest key and value (characters). */
  public static final int MAX_SHARE_OPTIONS = 16;
  public static final int MAX_SHARE_OPTION_KEY_LENGTH = 32;
  public static final int MAX_SHARE_OPTION_VALUE_LENGTH = 64;

  // --- Python runtimes (runtime.*) ---
  /** Longest tick a runtime scenario may declare, in microseconds (1 s). */
  public static final int MAX_TICK_MICROS = 1_000_000;
  /** Upper bound of every runtime cost in ticks (hand-off, wake-up, start, IPC). */
  public static final int MAX_RUNTIME_COST_TICKS = 100_000;
  /** Most pool workers and most executor threads. */
  public static final int MAX_POOL_WORKERS = 64;
  /** Race model: most threads and most loop iterations per thread. */
  public static final int MAX_RACE_THREADS = 16;
  public static final int MAX_RACE_ITERATIONS = 10_000_000;

  private Limits() {}
}
