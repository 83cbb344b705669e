package org.timeslice.model.runtime;

import java.util.ArrayDeque;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.Prng;

/**
 * Threads incrementing a shared, unlocked counter, instruction by instruction: where can a thread be
 * switched out between reading the counter and writing it back?
 *
 * <p>How this works: each loop iteration is the CPython 3.11 bytecode of the loop (from {@code dis}); one
 * instruction costs one unit of time ({@link #INSTRUCTION_NANOS} ns, measured). Under a GIL, threads take
 * turns as in {@link Gil} ({@code Python/ceval_gil.c}): waiters time out after the switch interval and set
 * the drop request if nobody switched meanwhile; the holder honours it at its next <em>switch point</em>;
 * the signalled waiter (the one whose latest timed wait began first, as a condition variable queues
 * them) starts after the hand-off latency. A waiter's timed wait wakes with OS timer slack
 * (uniform in {@code [0, jitterUnits]}, drawn from the seed), so slices end at varying instructions. What
 * differs by {@link Profile}:
 * <ul>
 *   <li>{@link Profile#CPYTHON_311}: the eval breaker is only checked at {@code JUMP_BACKWARD} and at a
 *       called function's {@code RESUME} ({@code Python/ceval.c}, 3.10+). {@code counter += 1} alone has no
 *       switch point between its {@code LOAD_GLOBAL} and {@code STORE_GLOBAL}, so no update is lost; a call
 *       in between is a switch point, and a thread resuming there writes back a stale value, erasing every
 *       update the others made meanwhile.</li>
 *   <li>{@link Profile#ANY_INSTRUCTION}: a switch may happen after any instruction (the textbook model, and
 *       CPython before 3.10 checked far more often).</li>
 *   <li>{@link Profile#FREE_THREADED}: no GIL: threads run at once on the cores, interleaving
 *       instruction by instruction; the OS rotates them when there are more threads than cores.</li>
 * </ul>
 */
public final class SwitchPointRace {
  /** Measured: the {@code WITH_CALL} loop runs 1,000,000 iterations of 16 instructions in ~76 ms. */
  public static final int INSTRUCTION_NANOS = 5;

  /** Where switches may happen. */
  public enum Profile {
    CPYTHON_311("cpython-3.11"),
    ANY_INSTRUCTION("any-instruction"),
    FREE_THREADED("free-threaded");

    private final String jsonName;

    Profile(String jsonName) {
      this.jsonName = jsonName;
    }

    public String jsonName() {
      return jsonName;
    }
  }

  /** A loop body as CPython 3.11 compiles it; {@code switchAfter[i]}: the eval breaker is checked after i. */
  public enum Loop {
    /** {@code for _ in range(n): counter += 1}. */
    PLAIN(new String[] {"FOR_ITER", "STORE_FAST", "LOAD_GLOBAL counter", "LOAD_CONST", "BINARY_OP +=",
        "STORE_GLOBAL counter", "JUMP_BACKWARD"}, 2, 5, 6),
    /** {@code for _ in range(n): tmp = counter; f(); counter = tmp + 1}. */
    WITH_CALL(new String[] {"FOR_ITER", "STORE_FAST", "LOAD_GLOBAL counter", "STORE_FAST tmp",
        "LOAD_GLOBAL f", "PRECALL", "CALL", "RESUME (in f)", "LOAD_CONST", "RETURN_VALUE", "POP_TOP",
        "LOAD_FAST tmp", "LOAD_CONST", "BINARY_OP +", "STORE_GLOBAL counter", "JUMP_BACKWARD"}, 2, 14, 7, 15);

    private final String[] instructions;
    private final int readIndex;
    private final int writeIndex;
    private final boolean[] switchAfter;

    Loop(String[] instructions, int readIndex, int writeIndex, int... switchPoints) {
      this.instructions = instructions;
      this.readIndex = readIndex;
      this.writeIndex = writeIndex;
      this.switchAfter = new boolean[instructions.length];
      for (int p : switchPoints) {
        switchAfter[p] = true;
      }
    }

    public int length() {
      return instructions.length;
    }

    public String instruction(int index) {
      return instructions[index];
    }

    /** Whether CPython 3.11 checks for a pending drop request right after instruction {@code index}. */
    public boolean isSwitchPoint(int index) {
      return switchAfter[index];
    }
  }

  /**
   * The race's parameters.
   *
   * @param intervalUnits the switch interval in instructions (5 ms = 1,000,000 at 5 ns)
   * @param handoffUnits GIL hand-off latency in instructions
   * @param jitterUnits timer slack of a timed wait (and of the OS slice in the free-threaded profile)
   * @param cores cores for the free-threaded profile
   * @param osQuantumUnits the OS time slice for the free-threaded profile
   */
  public record Params(int threads, int iterations, long intervalUnits, long handoffUnits, long jitterUnits,
      int cores, long osQuantumUnits) {
    /** 4 threads × 1,000,000 iterations, CPython defaults at 5 ns per instruction, 2 cores. */
    public static Params measured() {
      return new Params(4, 1_000_000, 1_000_000, 40_000, 20_000, 2, 600_000);
    }
  }

  private final Loop loop;
  private final Params params;
  private final Prng prng;
  private final int[] pc;
  private final long[] left;
  private final long[] tmp;
  private long counter;

  private SwitchPointRace(Loop loop, Params params, long seed) {
    if (params.threads() < 1 || params.threads() > Limits.MAX_RACE_THREADS) {
      throw new InvalidScenarioException("threads", "1.." + Limits.MAX_RACE_THREADS,
          "threads must be in 1.." + Limits.MAX_RACE_THREADS);
    }
    if (params.iterations() < 1 || params.iterations() > Limits.MAX_RACE_ITERATIONS) {
      throw new InvalidScenarioException("iterations", "1.." + Limits.MAX_RACE_ITERATIONS,
          "iterations must be in 1.." + Limits.MAX_RACE_ITERATIONS);
    }
    this.loop = loop;
    this.params = params;
    this.prng = new Prng(seed);
    this.pc = new int[params.threads()];
    this.left = new long[params.threads()];
    this.tmp = new long[params.threads()];
    java.util.Arrays.fill(left, params.iterations());
  }

  /** The counter's final value after every thread ran {@code params.iterations()} iterations. */
  public static long finalCounter(Loop loop, Profile profile, Params params, long seed) {
    SwitchPointRace race = new SwitchPointRace(loop, params, seed);
    if (profile == Profile.FREE_THREADED) {
      race.runFreeThreaded();
    } else {
      race.runWithGil(profile == Profile.ANY_INSTRUCTION);
    }
    return race.counter;
  }

  /** Executes one instruction of thread {@code t}; returns whether it finished its last iteration. */
  private boolean step(int t) {
    int i = pc[t];
    if (i == loop.readIndex) {
      tmp[t] = counter;
    } else if (i == loop.writeIndex) {
      counter = tmp[t] + 1;
    }
    if (i == loop.length() - 1) {
      pc[t] = 0;
      left[t]--;
      return left[t] == 0;
    }
    pc[t] = i + 1;
    return false;
  }

  /**
   * Runs thread {@code t} (the only one running) for up to {@code units} instructions, then on to its next
   * switch point. Whole iterations started at pc 0 add one each, so they are applied at once.
   *
   * @return instructions executed, or -1 - executed if the thread finished
   */
  private long runSlice(int t, long units, boolean anyInstruction) {
    long done = 0;
    while (done < units && pc[t] != 0) {
      done++;
      if (step(t)) {
        return -1 - done;
      }
    }
    long whole = Math.min((units - done) / loop.length(), left[t] - (pc[t] == 0 ? 0 : 1));
    if (whole > 0 && pc[t] == 0) {
      counter += whole;
      left[t] -= whole;
      done += whole * loop.length();
      if (left[t] == 0) {
        return -1 - done;
      }
    }
    while (done < units) {
      done++;
      if (step(t)) {
        return -1 - done;
      }
    }
    while (true) {
      int executed = pc[t];
      done++;
      if (step(t)) {
        return -1 - done;
      }
      if (anyInstruction || loop.isSwitchPoint(executed)) {
        return done;
      }
    }
  }

  private void runWithGil(boolean anyInstruction) {
    int n = params.threads();
    long[] deadline = new long[n];
    long[] snapshot = new long[n];
    ArrayDeque<Integer> waiters = new ArrayDeque<>();
    long switchNumber = 0;
    long time = 0;
    for (int t = 1; t < n; t++) {
      waiters.addLast(t);
      deadline[t] = params.intervalUnits();
    }
    int holder = 0;
    int alive = n;
    int dropper = -1;
    while (true) {
      switchNumber++;
      long start = time;
      if (dropper >= 0) {
        // FORCE_SWITCHING: the dropper starts its timed wait once the switch has happened.
        waiters.addLast(dropper);
        deadline[dropper] = start + params.intervalUnits();
        snapshot[dropper] = switchNumber;
      }
      long request = Long.MAX_VALUE;
      for (int w : waiters) {
        if (snapshot[w] != switchNumber) {
          while (deadline[w] < start) {
            deadline[w] += params.intervalUnits();
          }
          deadline[w] += params.intervalUnits();
          snapshot[w] = switchNumber;
        }
        request = Math.min(request, deadline[w]);
      }
      // The timed wait wakes with OS timer slack, so the holder's slice ends at a varying instruction.
      long budget = waiters.isEmpty() ? Long.MAX_VALUE / 4
          : request - start + prng.nextInt((int) params.jitterUnits() + 1);
      long ran = runSlice(holder, budget, anyInstruction);
      boolean finished = ran < 0;
      time = start + (finished ? -1 - ran : ran);
      dropper = -1;
      if (finished) {
        alive--;
        if (alive == 0) {
          return;
        }
      } else {
        dropper = holder;
      }
      holder = nextTaker(waiters, deadline, time);
      time += params.handoffUnits();
    }
  }

  /**
   * drop_gil's COND_SIGNAL wakes the head of the condition variable's queue. A waiter re-enters the queue
   * at its tail each time its timed wait expires, so the head is the waiter whose latest wait began first.
   */
  private int nextTaker(ArrayDeque<Integer> waiters, long[] deadline, long now) {
    int best = -1;
    long bestStart = Long.MAX_VALUE;
    for (int w : waiters) {
      while (deadline[w] <= now) {
        deadline[w] += params.intervalUnits();
      }
      long waitStart = deadline[w] - params.intervalUnits();
      if (waitStart < bestStart) {
        bestStart = waitStart;
        best = w;
      }
    }
    waiters.remove(best);
    return best;
  }

  private void runFreeThreaded() {
    int n = params.threads();
    int cores = Math.min(params.cores(), n);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int t = 0; t < n; t++) {
      queue.addLast(t);
    }
    int[] onCore = new int[cores];
    long[] sliceLeft = new long[cores];
    java.util.Arrays.fill(onCore, -1);
    while (true) {
      boolean anyRunning = false;
      for (int c = 0; c < cores; c++) {
        if ((onCore[c] < 0 || sliceLeft[c] <= 0) && !queue.isEmpty()) {
          if (onCore[c] >= 0) {
            queue.addLast(onCore[c]);
          }
          onCore[c] = queue.pollFirst();
          sliceLeft[c] = params.osQuantumUnits() + prng.nextInt((int) params.jitterUnits() + 1);
        }
      }
      for (int c = 0; c < cores; c++) {
        if (onCore[c] >= 0) {
          anyRunning = true;
          sliceLeft[c]--;
          if (step(onCore[c])) {
            onCore[c] = -1;
          }
        }
      }
      if (!anyRunning && queue.isEmpty()) {
        return;
      }
    }
  }
}
