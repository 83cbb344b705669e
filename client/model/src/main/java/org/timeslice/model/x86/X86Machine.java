package org.timeslice.model.x86;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.ostep.PythonRandom;

/**
 * Runs an {@link X86Program} on N threads exactly as OSTEP's {@code x86.py} does
 * ({@code ../shared/docs/ostep-semantics.md} §5): shared memory starting at zero, per-thread registers and
 * condition codes, thread 0 first, and the interrupt countdown counted across threads.
 *
 * <p>After each instruction: if it was {@code halt} the thread is done, the run stops if all are, and
 * otherwise the next thread not done (round robin from the current one + 1) takes over, without resetting
 * the countdown; then the countdown drops by one, and when it reaches 0 (or the instruction was
 * {@code yield}) it is reset (with {@code -r}: {@code int(random() * interval) + 1}) and the next thread not
 * done takes over, which may be the same one. A halt that lands on the countdown's end therefore switches
 * twice, skipping a thread when three or more remain.
 */
public final class X86Machine {
  /** x86.py's memory: {@code -m 128} kilobytes of 1,024 addresses each, every one starting at 0. */
  static final int MEMORY_ADDRESSES = 128 * 1024;
  /** Thread t's stack pointer starts at {@code 128 * 1000 - 1000 * t}, as x86.py sets it. */
  static final int STACK_TOP = 128 * 1000;
  static final int STACK_PER_THREAD = 1000;
  private static final int SP = Operand.REGISTERS.indexOf("sp");

  private final X86Program program;
  private final int threads;
  private final int interval;
  private final PythonRandom random;
  private final int[][] regs;
  private final boolean[][] flags; // per thread: eq, neq, lt, lte, gt, gte (all false at the start)
  private final int[] pc;
  private final boolean[] done;
  private final SortedMap<Integer, Integer> memory = new TreeMap<>();

  private X86Machine(X86Program program, int threads, int interval, PythonRandom random, int[][] initial) {
    this.program = program;
    this.threads = threads;
    this.interval = interval;
    this.random = random;
    this.regs = initial;
    this.flags = new boolean[threads][6];
    this.pc = new int[threads];
    this.done = new boolean[threads];
    java.util.Arrays.fill(pc, program.loadAddress());
    for (int t = 0; t < threads; t++) {
      regs[t][SP] = STACK_TOP - STACK_PER_THREAD * t; // x86.py sets the stack after -a, overriding it
    }
  }

  /**
   * Runs {@code program}.
   *
   * @param threads 1..{@link Limits#MAX_X86_THREADS}
   * @param interval the interrupt interval ({@code -i}, at least 1)
   * @param randomSeed null for a fixed interval; else {@code -r} with {@code -s randomSeed}
   * @param registers the {@code -a} value (e.g. {@code "bx=3"} or {@code "ax=1:bx=2,ax=5"}), or null; names
   *     are x86.py's ({@code ax bx cx dx sp bp zero}), and the stack pointer is set after it, as x86.py does
   */
  public static X86Run run(X86Program program, int threads, int interval, Long randomSeed, String registers) {
    if (threads < 1 || threads > Limits.MAX_X86_THREADS) {
      throw new InvalidScenarioException("threads", "1.." + Limits.MAX_X86_THREADS,
          "x86 runs 1.." + Limits.MAX_X86_THREADS + " threads, not " + threads);
    }
    if (interval < 1) {
      throw new InvalidScenarioException("interval", "at least 1", "the interrupt interval must be at least 1");
    }
    PythonRandom random = randomSeed == null ? null : new PythonRandom(randomSeed);
    return new X86Machine(program, threads, interval, random, initialRegisters(registers, threads)).execute();
  }

  /** {@code -a}: commas separate threads, colons registers; a single entry applies to every thread. */
  static int[][] initialRegisters(String spec, int threads) {
    int[][] out = new int[threads][Operand.REGISTERS.size()];
    if (spec == null || spec.isBlank()) {
      return out;
    }
    String[] perThread = spec.split(",");
    if (perThread.length != 1 && perThread.length != threads) {
      throw new InvalidScenarioException("registers", "one entry, or one per thread",
          "-a has " + perThread.length + " entries for " + threads + " threads");
    }
    for (int t = 0; t < threads; t++) {
      for (String assignment : perThread[perThread.length == 1 ? 0 : t].split(":")) {
        String[] kv = assignment.trim().split("=");
        int r = kv.length == 2 ? Operand.REGISTERS.indexOf(kv[0].trim()) : -1;
        try {
          if (r < 0) {
            throw new NumberFormatException();
          }
          out[t][r] = Integer.parseInt(kv[1].trim());
        } catch (NumberFormatException e) {
          throw new InvalidScenarioException("registers", "reg=value", "cannot read -a entry " + assignment);
        }
      }
    }
    return out;
  }

  private int nextInterval() {
    return random == null ? interval : (int) (random.random() * interval) + 1;
  }

  private X86Run execute() {
    List<X86Step> steps = new ArrayList<>();
    int cur = 0;
    int countdown = nextInterval();
    while (true) {
      if (steps.size() >= Limits.MAX_X86_INSTRUCTIONS) {
        throw new org.timeslice.model.core.SimulationLimitException("instructions",
            String.valueOf(Limits.MAX_X86_INSTRUCTIONS),
            "the program ran " + Limits.MAX_X86_INSTRUCTIONS + " instructions without every thread halting");
      }
      int address = pc[cur];
      Instruction in = program.at(address);
      if (in == null) {
        throw new InvalidScenarioException("program", "addresses of the program",
            "thread " + cur + " ran off the program at address " + address + " (a missing halt?)");
      }
      int ran = cur;
      execute(cur, in);
      boolean halted = in.opcode().equals("halt");
      if (halted) {
        done[cur] = true;
        if (allDone()) {
          steps.add(new X86Step(ran, address, program.text(address), true, false));
          break;
        }
        cur = nextNotDone(cur);
      }
      countdown--;
      boolean interrupted = countdown == 0 || in.opcode().equals("yield");
      if (interrupted) {
        countdown = nextInterval();
        cur = nextNotDone(cur);
      }
      steps.add(new X86Step(ran, address, program.text(address), halted, interrupted));
    }
    return new X86Run(List.copyOf(steps), java.util.Collections.unmodifiableMap(memory), regs);
  }

  private boolean allDone() {
    for (boolean d : done) {
      if (!d) {
        return false;
      }
    }
    return true;
  }

  /** The next thread after {@code cur} that is not done, wrapping around; may be {@code cur} itself. */
  private int nextNotDone(int cur) {
    for (int k = 1; k <= threads; k++) {
      int t = (cur + k) % threads;
      if (!done[t]) {
        return t;
      }
    }
    return cur;
  }

  private void execute(int t, Instruction in) {
    List<Operand> ops = in.operands();
    int next = pc[t] + 1;
    switch (in.opcode()) {
      case "mov" -> write(t, ops.get(1), read(t, ops.get(0)));
      case "add" -> write(t, ops.get(1), read(t, ops.get(1)) + read(t, ops.get(0)));
      case "sub" -> write(t, ops.get(1), read(t, ops.get(1)) - read(t, ops.get(0)));
      case "test" -> {
        int a = read(t, ops.get(0));
        int b = read(t, ops.get(1)); // x86.py compares the second operand against the first
        boolean[] f = flags[t];
        f[0] = b == a;
        f[1] = b != a;
        f[2] = b < a;
        f[3] = b <= a;
        f[4] = b > a;
        f[5] = b >= a;
      }
      case "xchg" -> {
        int old = read(t, ops.get(1));
        write(t, ops.get(1), read(t, ops.get(0)));
        write(t, ops.get(0), old);
      }
      case "fetchadd" -> {
        int old = read(t, ops.get(1));
        write(t, ops.get(1), old + read(t, ops.get(0)));
        write(t, ops.get(0), old);
      }
      case "push" -> {
        Operand o = ops.get(0);
        // x86.py pushes a memory operand's address, not the value stored there.
        int value = o.kind() == Operand.Kind.REGISTER ? regs[t][o.reg()] : address(t, o);
        regs[t][SP] -= 4;
        store(regs[t][SP], value);
      }
      case "pop" -> {
        if (!ops.isEmpty()) {
          regs[t][ops.get(0).reg()] = regs[t][SP]; // x86.py's pop_r copies the stack pointer itself
        }
        regs[t][SP] += 4;
      }
      case "call" -> {
        regs[t][SP] -= 4;
        store(regs[t][SP], next);
        next = ops.get(0).value();
      }
      case "ret" -> {
        next = load(regs[t][SP]);
        regs[t][SP] += 4;
      }
      case "halt", "nop", "yield" -> { }
      default -> {
        if (jumps(t, in.opcode())) {
          next = ops.get(0).value();
        }
      }
    }
    pc[t] = next;
  }

  private boolean jumps(int t, String opcode) {
    boolean[] f = flags[t];
    return switch (opcode) {
      case "j" -> true;
      case "je" -> f[0];
      case "jne" -> f[1];
      case "jlt" -> f[2];
      case "jlte" -> f[3];
      case "jgt" -> f[4];
      default -> f[5]; // jgte
    };
  }

  private int address(int t, Operand o) {
    return o.value() + (o.reg() >= 0 ? regs[t][o.reg()] : 0) + (o.reg2() >= 0 ? regs[t][o.reg2()] : 0);
  }

  private int read(int t, Operand o) {
    return switch (o.kind()) {
      case IMMEDIATE -> o.value();
      case REGISTER -> regs[t][o.reg()];
      case MEMORY -> load(address(t, o));
      case TARGET -> o.value();
    };
  }

  private void write(int t, Operand o, int value) {
    if (o.kind() == Operand.Kind.REGISTER) {
      regs[t][o.reg()] = value;
    } else {
      store(address(t, o), value);
    }
  }

  private int load(int address) {
    return memory.getOrDefault(checked(address), 0);
  }

  private void store(int address, int value) {
    memory.put(checked(address), value);
  }

  private static int checked(int address) {
    if (address < 0 || address >= MEMORY_ADDRESSES) {
      throw new InvalidScenarioException("program", "addresses 0.." + (MEMORY_ADDRESSES - 1),
          "address " + address + " is outside x86.py's memory (0.." + (MEMORY_ADDRESSES - 1) + ")");
    }
    return address;
  }
}
