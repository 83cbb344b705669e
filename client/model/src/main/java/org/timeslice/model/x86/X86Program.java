package org.timeslice.model.x86;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.ostep.PyStrings;

/**
 * A program in the tiny assembly of OSTEP's {@code x86.py}, loaded as that tool loads it, in either
 * {@link X86Version}.
 *
 * <p>How this works (the tool's loader, {@code cpu.load}): pass 1 reads each line (a {@code #} starts a
 * comment; more than one is an error), gives {@code .var name} the next data address from 100 (4 apart;
 * {@code .var name n} takes 4n in threads-locks) and a {@code .label} the address of the next instruction;
 * pass 2 parses every line not starting with {@code .} as one instruction at the next address from the
 * load address ({@code -L}, 1000). Operands are read with the tool's own string surgery ({@link X86Args}),
 * so a line the tool rejects is rejected here with the same message ({@link X86Failure}), and an odd one it
 * accepts means here what it means there. With {@code -v} the loader's log is kept ({@link #verboseLog()}).
 */
public final class X86Program {
  /** x86.py's default load address ({@code -L}). */
  public static final int DEFAULT_LOAD_ADDRESS = 1000;

  private final X86Version version;
  private final long loadAddress;
  private final TreeMap<Long, Instruction> code;
  private final TreeMap<Long, String> texts;
  private final Map<String, Long> vars;
  private final String verboseLog;

  private X86Program(X86Version version, long loadAddress, TreeMap<Long, Instruction> code,
      TreeMap<Long, String> texts, Map<String, Long> vars, String verboseLog) {
    this.version = version;
    this.loadAddress = loadAddress;
    this.code = code;
    this.texts = texts;
    this.vars = vars;
    this.verboseLog = verboseLog;
  }

  /** Parses {@code source} as threads-intro's x86.py loads it at {@link #DEFAULT_LOAD_ADDRESS}. */
  public static X86Program parse(String source) {
    return parse(source, DEFAULT_LOAD_ADDRESS);
  }

  /**
   * Parses {@code source} as threads-intro's x86.py does.
   *
   * @throws InvalidScenarioException (field {@code program}) where the tool rejects it, naming the line
   */
  public static X86Program parse(String source, int loadAddress) {
    try {
      return load(source, loadAddress, X86Version.THREADS_INTRO, false);
    } catch (X86Failure e) {
      throw new InvalidScenarioException("program", "x86.py syntax", e.describe());
    }
  }

  /**
   * Loads {@code source} as {@code version} of x86.py does.
   *
   * @param verbose keep the loader's {@code -v} log
   * @throws X86Failure where the tool stops; its stdout then follows the log of the lines before
   * @throws SimulationLimitException for more than {@link Limits#MAX_X86_LINES} lines or addresses beyond
   *     64 bits
   */
  public static X86Program load(String source, long loadAddress, X86Version version, boolean verbose) {
    List<String> lines = lines(source);
    if (lines.size() > Limits.MAX_X86_LINES) {
      throw new SimulationLimitException("program", "at most " + Limits.MAX_X86_LINES + " lines",
          "an x86 program has at most " + Limits.MAX_X86_LINES + " lines, not " + lines.size());
    }
    StringBuilder log = new StringBuilder();
    try {
      Map<String, Long> vars = new LinkedHashMap<>();
      Map<String, Long> labels = new LinkedHashMap<>();
      firstPass(lines, loadAddress, version, verbose, vars, labels, log);
      TreeMap<Long, Instruction> code = new TreeMap<>();
      TreeMap<Long, String> texts = new TreeMap<>();
      long pc = loadAddress;
      for (int i = 0; i < lines.size(); i++) {
        String cline = withoutComment(lines.get(i), i + 1);
        if (PyStrings.split(cline).isEmpty() || cline.charAt(0) == '.') {
          continue;
        }
        List<String> tmp = PyStrings.splitWhitespace(cline, 1);
        texts.put(pc, PyStrings.strip(cline));
        if (verbose && version == X86Version.THREADS_LOCKS) {
          log.append("opcode ").append(tmp.get(0)).append('\n');
        }
        Instruction in = new X86Args(version, vars, labels, cline, i + 1).instruction(tmp);
        code.put(pc, in);
        if (verbose) {
          log.append("pc:").append(pc).append(" LOADING ").append(pad(PyStrings.strip(cline), 20))
              .append(" --> ").append(in.call()).append('\n');
        }
        pc++;
      }
      if (verbose) {
        log.append('\n');
      }
      return new X86Program(version, loadAddress, code, texts, Collections.unmodifiableMap(vars),
          log.toString());
    } catch (X86Failure e) {
      throw new X86Failure(log + e.stdout(), e.pythonError(), e.line());
    }
  }

  /** Pass 1: data addresses of {@code .var}s and instruction addresses of labels. */
  private static void firstPass(List<String> lines, long loadAddress, X86Version version, boolean verbose,
      Map<String, Long> vars, Map<String, Long> labels, StringBuilder log) {
    long pc = loadAddress;
    long data = 100;
    for (int i = 0; i < lines.size(); i++) {
      int line = i + 1;
      List<String> tmp = PyStrings.split(withoutComment(lines.get(i), line));
      if (tmp.isEmpty()) {
        continue;
      }
      if (tmp.get(0).equals(".var")) {
        boolean sized = version == X86Version.THREADS_LOCKS && tmp.size() == 3;
        if ((tmp.size() != 2 && !sized) || vars.containsKey(".var")) {
          throw X86Failure.python("AssertionError", line);
        }
        vars.put(tmp.get(1), data);
        long mul = sized ? X86Args.pyInt(tmp.get(2), line) : 1;
        try {
          data = Math.addExact(data, Math.multiplyExact(4, mul));
        } catch (ArithmeticException e) {
          throw X86Args.beyond64Bits(".var " + tmp.get(1) + " " + tmp.get(2), line);
        }
        if (!(data < loadAddress)) {
          throw X86Failure.abort("Load address overrun by static data", line);
        }
        if (verbose) {
          log.append("ASSIGN VAR .var --> ").append(tmp.get(1)).append(' ').append(vars.get(tmp.get(1)))
              .append('\n');
        }
      } else if (tmp.get(0).charAt(0) == '.') {
        if (tmp.size() != 1) {
          throw X86Failure.python("AssertionError", line);
        }
        labels.put(tmp.get(0), pc);
        if (verbose) {
          log.append("ASSIGN LABEL ").append(tmp.get(0)).append(" --> ").append(pc).append('\n');
        }
      } else {
        pc++;
      }
    }
    if (verbose) {
      log.append('\n');
    }
  }

  /** Python's text-mode lines (any of \r\n, \r, \n ends one), each without its end. */
  private static List<String> lines(String source) {
    List<String> out = new java.util.ArrayList<>();
    int from = 0;
    for (int k = 0; k < source.length(); k++) {
      char c = source.charAt(k);
      if (c == '\n' || c == '\r') {
        out.add(source.substring(from, k));
        if (c == '\r' && k + 1 < source.length() && source.charAt(k + 1) == '\n') {
          k++;
        }
        from = k + 1;
      }
    }
    if (from < source.length()) {
      out.add(source.substring(from));
    }
    return out;
  }

  /** The line right-stripped, without its comment; a second {@code #} fails the tool's assertion. */
  private static String withoutComment(String line, int lineNo) {
    List<String> ctmp = PyStrings.split(PyStrings.rstrip(line), "#");
    if (ctmp.size() > 2) {
      throw X86Failure.python("AssertionError", lineNo);
    }
    return ctmp.get(0);
  }

  private static String pad(String s, int width) {
    StringBuilder b = new StringBuilder();
    for (int k = s.length(); k < width; k++) {
      b.append(' ');
    }
    return b.append(s).toString();
  }

  public X86Version version() {
    return version;
  }

  public long loadAddress() {
    return loadAddress;
  }

  /** The {@code -v} log of loading: {@code ASSIGN VAR/LABEL} lines, then each instruction's code. */
  public String verboseLog() {
    return verboseLog;
  }

  /** The instruction at {@code address}, or null where none was loaded. */
  Instruction at(long address) {
    return code.get(address);
  }

  /** Addresses that hold instructions, ascending. */
  java.util.Set<Long> codeAddresses() {
    return code.keySet();
  }

  /** The source text of the instruction at {@code address} (as written, comment removed, stripped). */
  public String text(long address) {
    return texts.get(address);
  }

  /** The data address of {@code .var name}, or null. */
  public Long variable(String name) {
    return vars.get(name);
  }

  /** How many instructions were loaded. */
  public int size() {
    return code.size();
  }
}
