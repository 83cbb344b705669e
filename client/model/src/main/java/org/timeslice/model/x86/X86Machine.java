package org.timeslice.model.x86;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.ostep.PyStrings;
import org.timeslice.model.ostep.PythonRandom;
import org.timeslice.model.x86.Instruction.Op;

/**
 * Threads running an {@link X86Program} on one CPU exactly as OSTEP's {@code x86.py} runs them
 * ({@code ../shared/docs/ostep-semantics.md} §5), one instruction per {@link #step()}.
 *
 * <p>How this works (the tool's {@code cpu.run} and {@code proclist}): memory is shared, every address below
 * {@code -m} KB × 1024 starts at 0 and a write may create any other; the CPU's registers, condition codes
 * and PC are saved into the running thread's and restored from the next one's at each switch. Each step
 * fetches at the PC (running data is the tool's TypeError, an address it never had its KeyError), executes,
 * and then: after {@code halt} the thread is done, the run ends if all are, and otherwise the next thread in
 * the schedule that is not done is restored (without resetting the countdown); the interrupt countdown drops
 * by one, and at 0, or after {@code yield}, it is reset ({@code -r}: {@code int(random() * i) + 1}) and the
 * next thread not done takes over, which may be the same one. With a schedule ({@code -P 0011}, threads-locks)
 * there is an interrupt after every instruction and the schedule's next entry not done runs next.
 *
 * <p>Values are Python ints in the tool; here they are longs, and a run whose values leave 64 bits stops
 * with a {@link SimulationLimitException}, as does a program that reads its own instructions as data.
 */
public final class X86Machine {
  /** The tool's condition codes in its print order: {@code >= > <= < != ==}. */
  static final int GTE = 0;
  static final int GT = 1;
  static final int LTE = 2;
  static final int LT = 3;
  static final int NEQ = 4;
  static final int EQ = 5;
  private static final int HALTED = -1;
  private static final int YIELDED = -2;

  /**
   * How to run a program.
   *
   * @param threads how many threads ({@code -t}), 1..{@link Limits#MAX_X86_THREADS}
   * @param interval interrupt frequency ({@code -i}), at least 1
   * @param random non-null for random intervals ({@code -r}): the seeded stream
   * @param argv the threads' initial registers ({@code -a ax=1:bx=2,cx=3}: commas separate threads, one
   *     entry for all)
   * @param memoryKb the address space ({@code -m}); stacks start at {@code memoryKb * 1000 - 1000 * t}
   * @param schedule threads-locks {@code -P}: the order threads run in, one digit each, or "" for none
   */
  public record Config(int threads, int interval, PythonRandom random, String argv, long memoryKb,
      String schedule) {}

  /**
   * A thread's registers and condition codes at one moment (the CPU's, while it runs).
   *
   * @param registers by the version's register numbers
   * @param conditions {@code >= > <= < != ==}
   */
  public record State(long[] registers, boolean[] conditions) {}

  /**
   * What one {@link #step()} did, with the CPU's state at each point the tool prints a trace row.
   *
   * @param step the instruction executed
   * @param printed what the instruction itself printed ({@code rdump}, {@code mdump}), or ""
   * @param afterExecute the CPU right after it
   * @param afterHalt after the switch a {@code halt} causes (null without one, or when it was the last)
   * @param afterInterrupt after the interrupt's switch (null without one)
   * @param interruptShown whether the tool prints the interrupt (with a schedule only when the thread changes)
   * @param finished whether every thread is done
   */
  public record Tick(X86Step step, String printed, State afterExecute, State afterHalt, State afterInterrupt,
      boolean interruptShown, boolean finished) {}

  private final X86Program program;
  private final X86Version version;
  private final Config config;
  private final int registerCount;
  private final long memoryLimit;
  private final TreeMap<Long, Long> written = new TreeMap<>();
  private final TreeMap<Long, Boolean> overwrittenCode = new TreeMap<>();
  private final long[][] savedRegisters;
  private final boolean[][] savedConditions;
  private final long[] savedPc;
  private final boolean[] done;
  private final int[] schedule;
  private final boolean manual;
  private long[] regs;
  private boolean[] conds = new boolean[6];
  private long pc;
  private int curr;
  private int active;
  private long interrupt;
  private boolean finished;
  private long executed;

  private X86Machine(X86Program program, Config config, int[] schedule, long[][] initial) {
    this.program = program;
    this.version = program.version();
    this.config = config;
    this.registerCount = version.registers().size();
    this.memoryLimit = config.memoryKb() * 1024;
    int n = config.threads();
    this.savedRegisters = initial;
    this.savedConditions = new boolean[n][6];
    this.savedPc = new long[n];
    this.done = new boolean[n];
    this.schedule = schedule;
    this.manual = !config.schedule().isEmpty();
    this.active = n;
    java.util.Arrays.fill(savedPc, program.loadAddress());
    restore();
    this.interrupt = manual ? 1 : nextInterval();
  }

  /**
   * A machine ready to run {@code program}: the threads made as the tool makes them (registers from
   * {@code argv}, then the stack pointer), the first thread of the schedule restored.
   *
   * @throws X86Failure where the tool stops before running (a bad {@code -a} entry or schedule)
   * @throws SimulationLimitException for more than {@link Limits#MAX_X86_THREADS} threads
   */
  public static X86Machine start(X86Program program, Config config) {
    int n = config.threads();
    if (n > Limits.MAX_X86_THREADS) {
      throw new SimulationLimitException("threads", "1.." + Limits.MAX_X86_THREADS,
          "x86 runs at most " + Limits.MAX_X86_THREADS + " threads here, not " + n);
    }
    if (n < 1) {
      throw X86Failure.python("IndexError: list index out of range", 0);
    }
    List<String> argv = PyStrings.split(config.argv(), ",");
    long[][] initial = new long[n][];
    for (int t = 0; t < n; t++) {
      initial[t] = registers(program.version(), argv.size() > 1 ? argv.get(t) : argv.get(0));
      initial[t][program.version().sp()] = config.memoryKb() * 1000 - 1000L * t;
    }
    return new X86Machine(program, config, schedule(config.schedule(), n), initial);
  }

  /** A thread's {@code -a} entry: {@code reg=value} pairs separated by colons. */
  private static long[] registers(X86Version version, String reginit) {
    long[] regs = new long[version.registers().size()];
    if (reginit.isEmpty()) {
      return regs;
    }
    for (String r : PyStrings.split(reginit, ":")) {
      List<String> kv = PyStrings.split(r, "=");
      if (kv.size() != 2 || version.register(kv.get(0)) < 0) {
        throw X86Failure.python("AssertionError", 0);
      }
      regs[version.register(kv.get(0))] = X86Args.pyInt(kv.get(1), 0);
    }
    return regs;
  }

  /** The tool's {@code proclist.finalize}: the threads in order, or the digits of {@code -P}. */
  private static int[] schedule(String given, int threads) {
    if (given.isEmpty()) {
      int[] order = new int[threads];
      for (int t = 0; t < threads; t++) {
        order[t] = t;
      }
      return order;
    }
    int[] order = new int[given.length()];
    List<Integer> seen = new ArrayList<>();
    for (int i = 0; i < given.length(); i++) {
      int p = (int) X86Args.pyInt(String.valueOf(given.charAt(i)), 0);
      if (p >= threads) {
        throw X86Failure.printing("bad schedule: cannot include a thread that does not exist (" + p + ")", 0);
      }
      order[i] = p;
      if (!seen.contains(p)) {
        seen.add(p);
      }
    }
    if (seen.size() != threads) {
      List<String> shown = new ArrayList<>();
      for (int p : order) {
        shown.add(Integer.toString(p));
      }
      throw X86Failure.printing("bad schedule: does not include ALL processes [" + String.join(", ", shown)
          + "]", 0);
    }
    return order;
  }

  private long nextInterval() {
    if (manual) {
      return 1; // a schedule switches after every instruction
    }
    if (config.random() == null) {
      return config.interval();
    }
    return (long) (config.random().random() * config.interval()) + 1;
  }

  /** The thread whose registers the CPU holds. */
  public int currentThread() {
    return schedule[curr];
  }

  public boolean finished() {
    return finished;
  }

  /** The CPU's registers and condition codes now (a copy). */
  public State state() {
    return new State(regs.clone(), conds.clone());
  }

  /**
   * The value at {@code address} as {@code -M} reads it ({@code memory[address]}).
   *
   * @throws X86Failure (KeyError) for an address the tool's memory never had
   * @throws SimulationLimitException if it holds an instruction (the tool cannot print it as a number)
   */
  public long memory(long address) {
    return read(address, "the trace of address " + address);
  }

  /** Whether {@code address} still holds an instruction (the tool keeps its text there). */
  public boolean holdsInstruction(long address) {
    return program.at(address) != null && !overwrittenCode.containsKey(address);
  }

  /**
   * Runs one instruction and what follows it (a halt's switch, the interrupt).
   *
   * @throws X86Failure where the tool stops with a Python exception
   * @throws SimulationLimitException beyond {@link Limits#MAX_X86_INSTRUCTIONS} or 64-bit values
   */
  public Tick step() {
    if (finished) {
      throw new IllegalStateException("every thread is done");
    }
    if (++executed > Limits.MAX_X86_INSTRUCTIONS) {
      throw new SimulationLimitException("program", "at most " + Limits.MAX_X86_INSTRUCTIONS + " instructions",
          "the program ran " + Limits.MAX_X86_INSTRUCTIONS + " instructions without every thread halting"
              + " (Limits.MAX_X86_INSTRUCTIONS)");
    }
    int tid = currentThread();
    long address = pc;
    Instruction in = fetch(address);
    pc++;
    StringBuilder printed = new StringBuilder();
    int rc = execute(in, printed);
    State afterExecute = state();
    State afterHalt = null;
    boolean halted = rc == HALTED;
    if (halted) {
      done[schedule[curr]] = true;
      active--;
      if (active == 0) {
        finished = true;
        return new Tick(new X86Step(tid, address, program.text(address), true, false), printed.toString(),
            afterExecute, null, null, false, true);
      }
      save(); // not the tool's (a done thread is never restored); keeps its final registers for X86Run
      next();
      restore();
      afterHalt = state();
    }
    State afterInterrupt = null;
    boolean shown = false;
    interrupt--;
    if (interrupt == 0 || rc == YIELDED) {
      interrupt = nextInterval();
      int before = currentThread();
      save();
      next();
      restore();
      shown = !manual || before != currentThread();
      afterInterrupt = state();
    }
    return new Tick(new X86Step(tid, address, program.text(address), halted, afterInterrupt != null),
        printed.toString(), afterExecute, afterHalt, afterInterrupt, shown, false);
  }

  /** The tool's {@code proclist.next}: the schedule's next entry whose thread is not done. */
  private void next() {
    do {
      curr = (curr + 1) % schedule.length;
    } while (done[schedule[curr]]);
  }

  private void save() {
    int t = currentThread();
    savedPc[t] = pc;
    savedRegisters[t] = regs.clone();
    savedConditions[t] = conds.clone();
  }

  private void restore() {
    int t = currentThread();
    pc = savedPc[t];
    regs = savedRegisters[t].clone();
    conds = savedConditions[t].clone();
  }

  private Instruction fetch(long address) {
    Instruction in = overwrittenCode.containsKey(address) ? null : program.at(address);
    if (in != null) {
      return in;
    }
    if (written.containsKey(address) || (address >= 0 && address < memoryLimit)) {
      throw X86Failure.python("TypeError: eval() arg 1 must be a string, bytes or code object", 0);
    }
    throw X86Failure.python("KeyError: " + address, 0);
  }

  private long read(long address, String what) {
    Long value = written.get(address);
    if (value != null) {
      return value;
    }
    if (program.at(address) != null && !overwrittenCode.containsKey(address)) {
      throw new SimulationLimitException("program", "no reads of instructions as data", what + " reads the"
          + " instruction at " + address + " as data (x86.py keeps instructions there as text); not supported");
    }
    if (address >= 0 && address < memoryLimit) {
      return 0;
    }
    throw X86Failure.python("KeyError: " + address, 0);
  }

  private void write(long address, long value) {
    if (program.at(address) != null) {
      overwrittenCode.put(address, true);
    }
    written.put(address, value);
  }

  private long address(long value, long r1, long r2, long scale) {
    return Math.addExact(Math.addExact(value, regs[(int) r1]), Math.multiplyExact(scale, regs[(int) r2]));
  }

  /** Runs one instruction; returns the tool's code: -1 halt, -2 yield, 0 otherwise. */
  private int execute(Instruction in, StringBuilder printed) {
    try {
      return run(in, in.args(), printed);
    } catch (ArithmeticException e) {
      throw new SimulationLimitException("program", "values within 64 bits", "a value computed by "
          + in.call() + " leaves 64 bits (x86.py's Python ints would go on)");
    }
  }

  private int run(Instruction in, long[] a, StringBuilder printed) {
    boolean locks = version == X86Version.THREADS_LOCKS;
    int sp = version.sp();
    switch (in.op()) {
      case MOVE_I_TO_R -> regs[(int) a[1]] = a[0];
      case MOVE_I_TO_M -> write(locks ? address(a[1], a[2], a[3], a[4]) : address(a[1], a[2], a[3], 1), a[0]);
      case MOVE_M_TO_R -> {
        long addr = locks ? address(a[0], a[1], a[2], a[3]) : address(a[0], a[1], a[2], 1);
        regs[(int) a[locks ? 4 : 3]] = read(addr, in.call());
      }
      case MOVE_R_TO_M -> write(locks ? address(a[1], a[2], a[3], a[4]) : address(a[1], a[2], a[3], 1),
          regs[(int) a[0]]);
      case MOVE_R_TO_R -> regs[(int) a[1]] = regs[(int) a[0]];
      case LEA_M_TO_R -> regs[(int) a[4]] = address(a[0], a[1], a[2], a[3]);
      case ADD_I_TO_R -> regs[(int) a[1]] = Math.addExact(regs[(int) a[1]], a[0]);
      case ADD_R_TO_R -> regs[(int) a[1]] = Math.addExact(regs[(int) a[1]], regs[(int) a[0]]);
      case MUL_I_TO_R -> regs[(int) a[1]] = Math.multiplyExact(regs[(int) a[1]], a[0]);
      case MUL_R_TO_R -> regs[(int) a[1]] = Math.multiplyExact(regs[(int) a[1]], regs[(int) a[0]]);
      case SUB_I_TO_R -> regs[(int) a[1]] = Math.subtractExact(regs[(int) a[1]], a[0]);
      case SUB_R_TO_R -> regs[(int) a[1]] = Math.subtractExact(regs[(int) a[1]], regs[(int) a[0]]);
      case NEG_R -> regs[(int) a[0]] = Math.negateExact(regs[(int) a[0]]);
      case ATOMIC_EXCHANGE -> {
        long addr = address(a[1], a[2], a[3], 1);
        long old = read(addr, in.call());
        write(addr, regs[(int) a[0]]);
        regs[(int) a[0]] = old;
      }
      case FETCHADD -> {
        long addr = address(a[1], a[2], a[3], 1);
        long old = read(addr, in.call());
        write(addr, Math.addExact(old, regs[(int) a[0]]));
        regs[(int) a[0]] = old;
      }
      case TEST_I_R -> test(a[0], regs[(int) a[1]]);
      case TEST_R_I -> test(regs[(int) a[0]], a[1]);
      case TEST_R_R -> test(regs[(int) a[0]], regs[(int) a[1]]);
      case JUMP -> pc = a[0];
      case JUMP_NOTEQUAL -> pc = conds[NEQ] ? a[0] : pc;
      case JUMP_EQUAL -> pc = conds[EQ] ? a[0] : pc;
      case JUMP_LESSTHAN -> pc = conds[LT] ? a[0] : pc;
      case JUMP_LESSTHANOREQUAL -> pc = conds[LTE] ? a[0] : pc;
      case JUMP_GREATERTHAN -> pc = conds[GT] ? a[0] : pc;
      case JUMP_GREATERTHANOREQUAL -> pc = conds[GTE] ? a[0] : pc;
      case CALL -> {
        regs[sp] = Math.subtractExact(regs[sp], 4);
        write(regs[sp], pc);
        pc = a[0];
      }
      case RET -> {
        pc = read(regs[sp], in.call());
        regs[sp] = Math.addExact(regs[sp], 4);
      }
      case PUSH_R -> {
        regs[sp] = Math.subtractExact(regs[sp], 4);
        write(regs[sp], regs[(int) a[0]]);
      }
      case PUSH_M -> {
        regs[sp] = Math.subtractExact(regs[sp], 4);
        long value = locks ? address(a[0], a[1], a[2], a[3]) : address(a[0], a[1], a[2], 1);
        write(regs[sp], value); // the tool pushes the address, not the value stored there
      }
      case POP -> regs[sp] = Math.addExact(regs[sp], 4);
      case POP_R -> {
        // threads-intro copies the stack pointer itself; threads-locks loads the value at the top
        regs[(int) a[0]] = locks ? read(regs[sp], in.call()) : regs[sp];
        regs[sp] = Math.addExact(regs[sp], 4);
      }
      case HALT -> {
        return HALTED;
      }
      case IYIELD -> {
        return YIELDED;
      }
      case RDUMP -> rdump(printed);
      case MDUMP -> printed.append("m[").append(a[0]).append("]  ").append(read(a[0], in.call())).append('\n');
      default -> { } // NOP
    }
    return 0;
  }

  /** The tool's {@code test_all(src, dst)}: every flag from comparing dst with src. */
  private void test(long src, long dst) {
    conds[GT] = dst > src;
    conds[GTE] = dst >= src;
    conds[LT] = dst < src;
    conds[LTE] = dst <= src;
    conds[EQ] = dst == src;
    conds[NEQ] = dst != src;
  }

  private void rdump(StringBuilder printed) {
    printed.append("REGISTERS:: ");
    for (String name : version == X86Version.THREADS_LOCKS ? List.of("ax", "bx", "cx", "dx", "ex", "fx")
        : List.of("ax", "bx", "cx", "dx")) {
      printed.append(name).append(": ").append(regs[version.register(name)]).append(' ');
    }
  }

  // ---------------------------------------------------------------- a whole run, for the race page

  /**
   * Runs {@code program} (threads-intro unless parsed otherwise) with 128 KB of memory and no schedule,
   * to the end.
   *
   * @param threads 1..{@link Limits#MAX_X86_THREADS}
   * @param interval the interrupt interval ({@code -i}, at least 1)
   * @param randomSeed null for a fixed interval; else {@code -r} with {@code -s randomSeed}
   * @param registers the {@code -a} value (e.g. {@code "bx=3"} or {@code "ax=1:bx=2,ax=5"}), or null
   * @throws InvalidScenarioException naming what is wrong, where the tool would stop
   */
  public static X86Run run(X86Program program, int threads, int interval, Long randomSeed, String registers) {
    if (threads < 1 || threads > Limits.MAX_X86_THREADS) {
      throw new InvalidScenarioException("threads", "1.." + Limits.MAX_X86_THREADS,
          "x86 runs 1.." + Limits.MAX_X86_THREADS + " threads, not " + threads);
    }
    if (interval < 1) {
      throw new InvalidScenarioException("interval", "at least 1", "the interrupt interval must be at least 1");
    }
    String argv = registers == null ? "" : registers;
    if (PyStrings.split(argv, ",").size() != 1 && PyStrings.split(argv, ",").size() != threads) {
      throw new InvalidScenarioException("registers", "one entry, or one per thread",
          "-a has " + PyStrings.split(argv, ",").size() + " entries for " + threads + " threads");
    }
    PythonRandom random = randomSeed == null ? null : new PythonRandom(randomSeed);
    List<X86Step> steps = new ArrayList<>();
    try {
      X86Machine m = start(program, new Config(threads, interval, random, argv, 128, ""));
      while (!m.finished()) {
        steps.add(m.step().step());
      }
      return new X86Run(program.version(), List.copyOf(steps), m.writtenMemory(), m.finalRegisters());
    } catch (X86Failure e) {
      String what = e.line() == 0 && e.pythonError() != null && e.pythonError().startsWith("TypeError")
          ? "a thread ran past the program into data (a missing halt?)" : e.describe();
      throw new InvalidScenarioException("program", "x86.py semantics", what);
    }
  }

  /** Every address written so far, ascending, with its value (a read-only view of a sorted copy). */
  java.util.Map<Long, Long> writtenMemory() {
    return Collections.unmodifiableMap(new TreeMap<>(written));
  }

  /** Each thread's registers: saved ones, the running thread's from the CPU. */
  long[][] finalRegisters() {
    long[][] out = new long[savedRegisters.length][];
    for (int t = 0; t < out.length; t++) {
      out[t] = t == currentThread() ? regs.clone() : savedRegisters[t].clone();
    }
    return out;
  }
}
