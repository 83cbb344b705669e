package org.timeslice.model.ostep.tool;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.ostep.PyStrings;
import org.timeslice.model.ostep.PythonRandom;
import org.timeslice.model.x86.X86Failure;
import org.timeslice.model.x86.X86Machine;
import org.timeslice.model.x86.X86Program;
import org.timeslice.model.x86.X86Version;

/**
 * OSTEP's {@code threads-intro/x86.py} and {@code threads-locks/x86.py}: threads of a tiny assembly
 * program on one CPU, interrupted every {@code -i} instructions.
 *
 * <p>How this works: the program file ({@code -p}) is loaded by {@link X86Program} and run by
 * {@link X86Machine}, one instruction per step, in the tool's version; this class prints what the tool
 * prints around them: the {@code ARG} lines, the loader's {@code -v} log, the header, and per instruction
 * the traced memory ({@code -M}), registers ({@code -R}) and condition codes ({@code -C}) (as {@code ?}
 * without {@code -c}), then the instruction in its thread's column, and the halt and interrupt switches.
 * threads-locks adds {@code -P} schedules, {@code -H} repeated headers and an instruction count with
 * {@code -S}. The one line that cannot be reproduced is {@code -S}'s emulation rate, which the tool
 * measures with the process clock: it reads {@code n/a} here.
 */
final class X86Tool {
  private final X86Version version;
  private final OptParse.Values o;
  private final Out out;
  private final List<String> memtrace = new ArrayList<>();
  private final List<Integer> regtrace = new ArrayList<>();
  private X86Program program;
  private long icount;

  private X86Tool(X86Version version, OptParse.Values o, Out out) {
    this.version = version;
    this.o = o;
    this.out = out;
  }

  static String tool(X86Version version) {
    return version.chapter() + "/x86.py";
  }

  static OptParse parser(X86Version version) {
    boolean locks = version == X86Version.THREADS_LOCKS;
    OptParse p = new OptParse(tool(version))
        .add("-s", "--seed", OptParse.Type.INT, "seed", BigInteger.ZERO)
        .add("-t", "--threads", OptParse.Type.INT, "numthreads", BigInteger.TWO)
        .add("-p", "--program", OptParse.Type.STRING, "progfile", "")
        .add("-i", "--interrupt", OptParse.Type.INT, "intfreq", BigInteger.valueOf(50));
    if (locks) {
      p.add("-P", "--procsched", OptParse.Type.STRING, "procsched", "");
    }
    p.add("-r", "--randints", OptParse.Type.FLAG, "intrand", false)
        .add("-a", "--argv", OptParse.Type.STRING, "argv", "")
        .add("-L", "--loadaddr", OptParse.Type.INT, "loadaddr", BigInteger.valueOf(1000))
        .add("-m", "--memsize", OptParse.Type.INT, "memsize", BigInteger.valueOf(128))
        .add("-M", "--memtrace", OptParse.Type.STRING, "memtrace", "")
        .add("-R", "--regtrace", OptParse.Type.STRING, "regtrace", "")
        .add("-C", "--cctrace", OptParse.Type.FLAG, "cctrace", false)
        .add("-S", "--printstats", OptParse.Type.FLAG, "printstats", false)
        .add("-v", "--verbose", OptParse.Type.FLAG, "verbose", false);
    if (locks) {
      p.add("-H", "--headercount", OptParse.Type.INT, "headercount", BigInteger.valueOf(-1));
    }
    return p.add("-c", "--compute", OptParse.Type.FLAG, "solve", false);
  }

  static void run(X86Version version, List<String> args, ToolFiles files, Out out) {
    OptParse.Values o = parser(version).parse(args);
    try {
      new X86Tool(version, o, out).run(files);
    } catch (X86Failure e) {
      out.print(e.stdout());
      if (e.pythonError() != null) {
        int colon = e.pythonError().indexOf(':');
        throw ToolExit.crash("x86.py", colon < 0 ? e.pythonError() : e.pythonError().substring(0, colon),
            colon < 0 ? "" : e.pythonError().substring(colon + 2));
      }
      throw new ToolExit(1, "", "");
    }
  }

  private boolean locks() {
    return version == X86Version.THREADS_LOCKS;
  }

  private void run(ToolFiles files) {
    String[][] shown = {{"seed", "seed"}, {"numthreads", "numthreads"}, {"program", "progfile"},
        {"interrupt frequency", "intfreq"}, {"interrupt randomness", "intrand"}, {"procsched", "procsched"},
        {"argv", "argv"}, {"load address", "loadaddr"}, {"memsize", "memsize"}, {"memtrace", "memtrace"},
        {"regtrace", "regtrace"}, {"cctrace", "cctrace"}, {"printstats", "printstats"},
        {"verbose", "verbose"}};
    for (String[] arg : shown) {
      if (locks() || !arg[1].equals("procsched")) {
        out.line("ARG " + arg[0] + " " + o.shown(arg[1]));
      }
    }
    out.line("");
    int threads = Bounds.small(o.integer("numthreads"), "-t");
    int interval = Bounds.small(o.integer("intfreq"), "-i");
    zassert(interval > 0, "Interrupt frequency must be greater than 0");
    String progfile = o.string("progfile");
    zassert(!progfile.isEmpty(), "Program file must be specified");
    List<String> argv = PyStrings.split(o.string("argv"), ",");
    zassert(argv.size() == threads || argv.size() == 1,
        "argv: must be one per-thread or just one set of values for all threads");
    if (!o.string("memtrace").isEmpty()) {
      memtrace.addAll(PyStrings.split(o.string("memtrace"), ","));
    }
    if (!o.string("regtrace").isEmpty()) {
      for (String r : PyStrings.split(o.string("regtrace"), ",")) {
        zassert(version.register(r) >= 0, "Register " + r + " cannot be traced because it does not exist");
        regtrace.add(version.register(r));
      }
    }
    long memoryKb = (long) Bounds.value(o.integer("memsize"), "-m");
    long loadAddress = (long) Bounds.value(o.integer("loadaddr"), "-L");
    String source = files.read(progfile);
    if (source == null) {
      throw ToolExit.crash("x86.py", "FileNotFoundError", "[Errno 2] No such file or directory: "
          + Py.repr(progfile));
    }
    program = X86Program.load(source, loadAddress, version, o.flag("verbose"));
    out.print(program.verboseLog());
    PythonRandom random = o.flag("intrand") ? PythonRandom.seeded(o.integer("seed")) : null;
    X86Machine machine = X86Machine.start(program, new X86Machine.Config(threads, interval, random,
        o.string("argv"), memoryKb, locks() ? o.string("procsched") : ""));
    trace(machine, threads);
    if (o.flag("printstats")) {
      out.line("");
      out.line("STATS:: Instructions    " + icount);
      out.line("STATS:: Emulation Rate  n/a kinst/sec");
    }
  }

  private void trace(X86Machine machine, int threads) {
    BigInteger h = locks() ? o.integer("headercount") : BigInteger.ZERO;
    long headerCount = h.signum() <= 0 ? 0 : h.bitLength() < 63 ? h.longValue() : Long.MAX_VALUE;
    if (locks()) {
      out.line("");
    }
    headers(threads);
    if (locks()) {
      out.line("");
    }
    row(machine.state(), machine, true);
    while (true) {
      if (headerCount > 0 && icount % headerCount == 0 && icount > 0) {
        out.line("");
        headers(threads);
        out.line("");
        row(machine.state(), machine, true);
      }
      X86Machine.Tick tick = machine.step();
      out.print(tick.printed());
      row(tick.afterExecute(), machine, false);
      for (int k = 0; k < tick.step().thread(); k++) {
        out.print("                         ");
      }
      out.line(tick.step().address() + " " + tick.step().text());
      icount++;
      if (tick.finished()) {
        return;
      }
      if (tick.afterHalt() != null) {
        row(tick.afterHalt(), machine, false);
        switchLine("----- Halt;Switch ----- ", threads);
      }
      if (tick.afterInterrupt() != null && tick.interruptShown()) {
        row(tick.afterInterrupt(), machine, false);
        switchLine("------ Interrupt ------ ", threads);
      }
    }
  }

  private void switchLine(String label, int threads) {
    for (int k = 0; k < threads; k++) {
      out.print(label + " ");
    }
    out.line("");
  }

  /** The tool's {@code print_headers}. */
  private void headers(int threads) {
    if (locks() && o.flag("printstats")) {
      out.print("icount ");
    }
    if (!memtrace.isEmpty()) {
      for (String m : memtrace) {
        if (isDigitFirst(m)) {
          out.print(Py.pad(Py.parseInt(m).toString(), 5) + " ");
        } else {
          zassert(program.variable(m) != null, "Traced variable " + m + " not declared");
          out.print(Py.pad(m, 5) + " ");
        }
      }
      out.print("  ");
    }
    if (!regtrace.isEmpty()) {
      for (int r : regtrace) {
        out.print(Py.pad(version.registers().get(r), 5) + " ");
      }
      out.print("  ");
    }
    if (o.flag("cctrace")) {
      out.print(">= >  <= <  != == ");
    }
    for (int t = 0; t < threads; t++) {
      out.print("       Thread " + t + "         ");
    }
    out.line("");
  }

  /** The tool's {@code print_trace}: the traced values of this moment, or {@code ?} without -c. */
  private void row(X86Machine.State state, X86Machine machine, boolean newline) {
    boolean compute = o.flag("solve");
    if (locks() && o.flag("printstats")) {
      out.print(Py.pad(Long.toString(icount), 6) + " ");
    }
    if (!memtrace.isEmpty()) {
      for (String m : memtrace) {
        if (!compute) {
          out.print("    ? ");
        } else if (isDigitFirst(m)) {
          out.print(Py.pad(Long.toString(traced(machine, Py.parseInt(m))), 5) + " ");
        } else {
          zassert(program.variable(m) != null, "Traced variable " + m + " not declared");
          out.print(Py.pad(Long.toString(traced(machine, BigInteger.valueOf(program.variable(m)))), 5) + " ");
        }
      }
      out.print("  ");
    }
    if (!regtrace.isEmpty()) {
      for (int r : regtrace) {
        out.print(compute ? Py.pad(Long.toString(state.registers()[r]), 5) + " " : "    ? ");
      }
      out.print("  ");
    }
    if (o.flag("cctrace")) {
      for (boolean c : state.conditions()) {
        out.print(!compute ? "?  " : c ? "1  " : "0  ");
      }
    }
    if ((!memtrace.isEmpty() || !regtrace.isEmpty() || o.flag("cctrace")) && newline) {
      out.line("");
    }
  }

  /** {@code memory[address]} for {@code '%5d'}: an instruction there is text, the tool's TypeError. */
  private static long traced(X86Machine machine, BigInteger address) {
    if (address.bitLength() > 63) {
      throw ToolExit.crash("x86.py", "KeyError", address.toString());
    }
    if (machine.holdsInstruction(address.longValue())) {
      throw ToolExit.crash("x86.py", "TypeError", "%d format: a real number is required, not str");
    }
    return machine.memory(address.longValue());
  }

  /** {@code m[0].isdigit()}; an empty entry ({@code -M 2000,}) is the tool's IndexError. */
  private static boolean isDigitFirst(String m) {
    if (m.isEmpty()) {
      throw ToolExit.crash("x86.py", "IndexError", "string index out of range");
    }
    return Character.isDigit(m.charAt(0));
  }

  private static void zassert(boolean condition, String message) {
    if (!condition) {
      throw ToolExit.printing("ABORT:: " + message, 1);
    }
  }
}
