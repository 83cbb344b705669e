package org.timeslice.model.x86;

import java.util.List;
import java.util.Map;
import org.timeslice.model.core.SimulationLimitException;
import org.timeslice.model.ostep.PyStrings;
import org.timeslice.model.x86.Instruction.Op;

/**
 * One line of pass 2 of x86.py's loader: the opcode's branch and {@code getarg}, the tool's operand reader,
 * transcribed step for step (its {@code replace}, {@code split} and indexing, its {@code zassert}
 * messages, and the Python errors its odd inputs raise), for both {@link X86Version}s.
 *
 * <p>{@code getarg} returns a value and a type, as the tool does: an immediate or a register is a number; a
 * memory operand is the text {@code "value,reg1,reg2"} (threads-locks adds {@code ",scale"}), which the
 * opcode's branch splits again; a label is its name. Where the tool's {@code getarg} falls through it
 * returns {@code None}, and the caller's unpacking fails with a TypeError.
 */
final class X86Args {
  private static final String MEMORY = "TYPE_MEMORY";
  private static final String REGISTER = "TYPE_REGISTER";
  private static final String IMMEDIATE = "TYPE_IMMEDIATE";
  private static final String LABEL = "TYPE_LABEL";

  /** A {@code getarg} result: its type and value (a number, or text for memory and labels). */
  record Arg(String type, long number, String text) {
    boolean is(String t) {
      return t.equals(type);
    }

    /** Python's {@code value.split(',')} on this value: only text has it. */
    List<String> split(int line) {
      if (text == null) {
        throw X86Failure.python("AttributeError: 'int' object has no attribute 'split'", line);
      }
      return PyStrings.split(text, ",");
    }
  }

  private final X86Version version;
  private final Map<String, Long> vars;
  private final Map<String, Long> labels;
  private final String cline;
  private final int line;
  private final boolean locks;

  X86Args(X86Version version, Map<String, Long> vars, Map<String, Long> labels, String cline, int line) {
    this.version = version;
    this.vars = vars;
    this.labels = labels;
    this.cline = cline;
    this.line = line;
    this.locks = version == X86Version.THREADS_LOCKS;
  }

  /** The instruction of this line; {@code tmp} is {@code cline.split(None, 1)}. */
  Instruction instruction(List<String> tmp) {
    String opcode = tmp.get(0);
    switch (opcode) {
      case "mov":
        return mov(tmp);
      case "pop":
        if (tmp.size() == 1) {
          return make(Op.POP, "self.pop()");
        }
        Arg dst = getarg(PyStrings.strip(tmp.get(1)));
        zassert(dst.is(REGISTER), "Can only pop into a register");
        return make(Op.POP_R, "self.pop_r(%d)", dst.number);
      case "push":
        return push(tmp);
      case "call": {
        Arg target = getarg(PyStrings.strip(rest(tmp)));
        zassert(target.is(LABEL), "Cannot call anything but a label");
        return make(Op.CALL, "self.call(%d)", label(target.text));
      }
      case "ret":
        if (tmp.size() != 1) {
          throw X86Failure.python("AssertionError", line);
        }
        return make(Op.RET, "self.ret()");
      case "add":
      case "sub":
        return arithmetic(tmp, opcode);
      case "fetchadd":
      case "xchg":
        return atomic(tmp, opcode);
      case "test":
        return test(tmp);
      case "j":
        return jump(tmp, Op.JUMP, "self.jump(%d)");
      case "jne":
        return jump(tmp, Op.JUMP_NOTEQUAL, "self.jump_notequal(%d)");
      case "je":
        return jump(tmp, Op.JUMP_EQUAL, "self.jump_equal(%d)");
      case "jlt":
        return jump(tmp, Op.JUMP_LESSTHAN, "self.jump_lessthan(%d)");
      case "jlte":
        return jump(tmp, Op.JUMP_LESSTHANOREQUAL, "self.jump_lessthanorequal(%d)");
      case "jgt":
        return jump(tmp, Op.JUMP_GREATERTHAN, "self.jump_greaterthan(%d)");
      case "jgte":
        return jump(tmp, Op.JUMP_GREATERTHANOREQUAL, "self.jump_greaterthanorequal(%d)");
      case "nop":
        return make(Op.NOP, "self.nop()");
      case "halt":
        return make(Op.HALT, "self.halt()");
      case "yield":
        return make(Op.IYIELD, "self.iyield()");
      case "rdump":
        return make(Op.RDUMP, "self.rdump()");
      case "mdump":
        return mdump(tmp);
      default:
        if (locks && (opcode.equals("lea") || opcode.equals("neg") || opcode.equals("mul"))) {
          return locksOnly(tmp, opcode);
        }
        throw X86Failure.printing("illegal opcode:  " + opcode, line);
    }
  }

  private Instruction locksOnly(List<String> tmp, String opcode) {
    if (opcode.equals("neg")) {
      zassert(tmp.size() == 2, "neg: takes one argument");
      Arg dst = getarg(PyStrings.strip(tmp.get(1)));
      zassert(dst.is(REGISTER), "Can only neg a register");
      return make(Op.NEG_R, "self.neg_r(%d)", dst.number);
    }
    if (opcode.equals("mul")) {
      return arithmetic(tmp, "mul");
    }
    Arg[] args = twoArgs(tmp, "lea");
    zassert(args[0].is(MEMORY) && args[1].is(REGISTER),
        "malformed lea instruction (should be memory address source to register destination");
    long[] m = memory(args[0]);
    return make(Op.LEA_M_TO_R, "self.lea_m_to_r(%d, %d, %d, %d, %d)", m[0], m[1], m[2], m[3], args[1].number);
  }

  /** {@code tmp[1]}: an instruction without operands fails with an IndexError where the tool reads them. */
  private String rest(List<String> tmp) {
    if (tmp.size() < 2) {
      throw X86Failure.python("IndexError: list index out of range", line);
    }
    return tmp.get(1);
  }

  /** {@code tmp[1].split(',', 1)} and the tool's two-argument check; each argument read by getarg. */
  private Arg[] twoArgs(List<String> tmp, String opcode) {
    List<String> rtmp = PyStrings.split(rest(tmp), ",", 1);
    zassert(tmp.size() == 2 && rtmp.size() == 2,
        opcode + ": needs two args, separated by commas [" + cline + "]");
    Arg src = getarg(PyStrings.strip(rtmp.get(0)));
    Arg dst = getarg(PyStrings.strip(rtmp.get(1)));
    return new Arg[] {src, dst};
  }

  private Instruction mov(List<String> tmp) {
    Arg src;
    Arg dst;
    if (locks) {
      List<String> rtmp = PyStrings.split(removeCommas(rest(tmp)), ",");
      zassert(rtmp.size() == 2, "mov: needs two args, separated by commas [" + cline + "]");
      src = getarg(PyStrings.strip(rtmp.get(0)));
      dst = getarg(PyStrings.strip(rtmp.get(1)));
    } else {
      Arg[] args = twoArgs(tmp, "mov");
      src = args[0];
      dst = args[1];
    }
    if (src.is(MEMORY) && dst.is(MEMORY)) {
      throw X86Failure.printing("bad mov: two memory arguments", line);
    } else if (src.is(IMMEDIATE) && dst.is(IMMEDIATE)) {
      throw X86Failure.printing("bad mov: two immediate arguments", line);
    } else if (src.is(IMMEDIATE) && dst.is(REGISTER)) {
      return make(Op.MOVE_I_TO_R, "self.move_i_to_r(%d, %d)", src.number, dst.number);
    } else if (src.is(MEMORY) && dst.is(REGISTER)) {
      long[] m = memory(src);
      return locks ? make(Op.MOVE_M_TO_R, "self.move_m_to_r(%d, %d, %d, %d, %d)", m[0], m[1], m[2], m[3], dst.number)
          : make(Op.MOVE_M_TO_R, "self.move_m_to_r(%d, %d, %d, %d)", m[0], m[1], m[2], dst.number);
    } else if (src.is(REGISTER) && dst.is(MEMORY)) {
      long[] m = memory(dst);
      return locks ? make(Op.MOVE_R_TO_M, "self.move_r_to_m(%d, %d, %d, %d, %d)", src.number, m[0], m[1], m[2], m[3])
          : make(Op.MOVE_R_TO_M, "self.move_r_to_m(%d, %d, %d, %d)", src.number, m[0], m[1], m[2]);
    } else if (src.is(REGISTER) && dst.is(REGISTER)) {
      return make(Op.MOVE_R_TO_R, "self.move_r_to_r(%d, %d)", src.number, dst.number);
    } else if (src.is(IMMEDIATE) && dst.is(MEMORY)) {
      long[] m = memory(dst);
      return locks ? make(Op.MOVE_I_TO_M, "self.move_i_to_m(%d, %d, %d, %d, %d)", src.number, m[0], m[1], m[2], m[3])
          : make(Op.MOVE_I_TO_M, "self.move_i_to_m(%d, %d, %d, %d)", src.number, m[0], m[1], m[2]);
    }
    throw X86Failure.abort("malformed mov instruction", line);
  }

  private Instruction push(List<String> tmp) {
    Arg src = getarg(PyStrings.strip(rest(tmp)));
    if (src.is(REGISTER)) {
      return make(Op.PUSH_R, "self.push_r(%d)", src.number);
    } else if (src.is(MEMORY)) {
      long[] m = memory(src);
      return locks ? make(Op.PUSH_M, "self.push_m(%d,%d,%d,%d)", m[0], m[1], m[2], m[3])
          : make(Op.PUSH_M, "self.push_m(%d,%d,%d)", m[0], m[1], m[2]);
    }
    throw X86Failure.abort("Cannot push anything but registers", line);
  }

  private Instruction arithmetic(List<String> tmp, String opcode) {
    Arg[] a = twoArgs(tmp, opcode);
    boolean immediate = a[0].is(IMMEDIATE) && a[1].is(REGISTER);
    boolean register = a[0].is(REGISTER) && a[1].is(REGISTER);
    // mul's message is add's in the tool (copied code)
    zassert(immediate || register, "malformed usage of " + (opcode.equals("sub") ? "sub" : "add") + " instruction");
    switch (opcode) {
      case "add":
        return immediate ? make(Op.ADD_I_TO_R, "self.add_i_to_r(%d, %d)", a[0].number, a[1].number)
            : make(Op.ADD_R_TO_R, "self.add_r_to_r(%d, %d)", a[0].number, a[1].number);
      case "sub":
        return immediate ? make(Op.SUB_I_TO_R, "self.sub_i_to_r(%d, %d)", a[0].number, a[1].number)
            : make(Op.SUB_R_TO_R, "self.sub_r_to_r(%d, %d)", a[0].number, a[1].number);
      default:
        return immediate ? make(Op.MUL_I_TO_R, "self.mul_i_to_r(%d, %d)", a[0].number, a[1].number)
            : make(Op.MUL_R_TO_R, "self.mul_r_to_r(%d, %d)", a[0].number, a[1].number);
    }
  }

  /** fetchadd and xchg: the destination is split before its type is checked, as in the tool. */
  private Instruction atomic(List<String> tmp, String opcode) {
    Arg[] a = twoArgs(tmp, opcode);
    long[] m = memory(a[1]);
    boolean fetchadd = opcode.equals("fetchadd");
    zassert(a[0].is(REGISTER) && a[1].is(MEMORY),
        fetchadd ? "poorly specified fetch and add" : "poorly specified atomic exchange");
    return fetchadd ? make(Op.FETCHADD, "self.fetchadd(%d, %d, %d, %d)", a[0].number, m[0], m[1], m[2])
        : make(Op.ATOMIC_EXCHANGE, "self.atomic_exchange(%d, %d, %d, %d)", a[0].number, m[0], m[1], m[2]);
  }

  private Instruction test(List<String> tmp) {
    Arg[] a = twoArgs(tmp, "test");
    if (a[0].is(IMMEDIATE) && a[1].is(REGISTER)) {
      return make(Op.TEST_I_R, "self.test_i_r(%d, %d)", a[0].number, a[1].number);
    } else if (a[0].is(REGISTER) && a[1].is(REGISTER)) {
      return make(Op.TEST_R_R, "self.test_r_r(%d, %d)", a[0].number, a[1].number);
    } else if (a[0].is(REGISTER) && a[1].is(IMMEDIATE)) {
      return make(Op.TEST_R_I, "self.test_r_i(%d, %d)", a[0].number, a[1].number);
    }
    throw X86Failure.abort("malformed usage of test instruction", line);
  }

  private Instruction jump(List<String> tmp, Op op, String call) {
    String target = PyStrings.strip(rest(tmp));
    Arg t = getarg(target);
    zassert(t.is(LABEL), "bad jump target [" + target + "]");
    return make(op, call, label(t.text));
  }

  /** {@code mdump N}: the tool evaluates the rest of the line; here only a number is understood. */
  private Instruction mdump(List<String> tmp) {
    String arg = rest(tmp);
    String digits = PyStrings.strip(arg);
    boolean negative = digits.startsWith("-");
    String body = negative ? digits.substring(1) : digits;
    if (body.isEmpty() || body.length() > 18 || !body.chars().allMatch(c -> c >= '0' && c <= '9')
        || (body.length() > 1 && body.charAt(0) == '0')) {
      throw new SimulationLimitException("program", "mdump N with N a number", "line " + line
          + ": mdump " + arg + " is not supported here (x86.py evaluates it as Python; give a number)");
    }
    long index = Long.parseLong(body) * (negative ? -1 : 1);
    return new Instruction(Op.MDUMP, new long[] {index}, "self.mdump(" + arg + ")");
  }

  private long label(String name) {
    Long address = labels.get(name);
    if (address == null) {
      throw X86Failure.python("KeyError: '" + name + "'", line);
    }
    return address;
  }

  /** A memory operand's fields: value, reg1, reg2, scale (threads-intro has no scale: 1). */
  private long[] memory(Arg arg) {
    List<String> fields = arg.split(line);
    if (fields.size() != (locks ? 4 : 3)) {
      throw X86Failure.python("AssertionError", line);
    }
    long[] m = new long[4];
    for (int k = 0; k < fields.size(); k++) {
      m[k] = pyInt(fields.get(k), line);
    }
    if (!locks) {
      m[3] = 1;
    }
    return m;
  }

  // ---------------------------------------------------------------- getarg

  /** The tool's {@code getarg(arg)} of {@code version}. */
  Arg getarg(String arg) {
    String tmp = (locks ? arg.replace(",", " ") : arg.replace(",", "")).replace(" \t", "");
    if (tmp.isEmpty()) {
      throw X86Failure.python("IndexError: string index out of range", line);
    }
    char c = tmp.charAt(0);
    if (c == '$') {
      return immediate(tmp);
    } else if (c == '%') {
      return new Arg(REGISTER, register(PyStrings.split(tmp, "%").get(1)), null);
    } else if (c == '(' && !locks) {
      String inner = at(PyStrings.split(tmp, "("), 1);
      String register = at(PyStrings.split(PyStrings.split(inner, ")").get(0), "%"), 1);
      return memoryArg(0, register(register), 0, 1);
    } else if (c == '.') {
      return new Arg(LABEL, 0, tmp);
    } else if (PyStrings.isAlpha(c) && !Character.isDigit(c)) {
      zassert(vars.containsKey(tmp), "Variable " + tmp + " is not declared");
      return memoryArg(vars.get(tmp), 0, 0, 1);
    } else if (Character.isDigit(c) || c == '-' || (c == '(' && locks)) {
      return address(tmp);
    }
    throw unpackingNone();
  }

  private X86Failure unpackingNone() {
    return X86Failure.python("TypeError: cannot unpack non-iterable NoneType object", line);
  }

  private Arg immediate(String tmp) {
    if (!locks) {
      zassert(tmp.length() == 2, "correct form is $number (not " + tmp + ")");
    }
    String value = PyStrings.split(tmp, "$").get(1);
    long sign = 1;
    if (locks) {
      if (value.isEmpty()) {
        throw X86Failure.python("IndexError: string index out of range", line);
      }
      if (value.charAt(0) == '-') {
        value = value.substring(1);
        sign = -1;
      }
    }
    zassert(PyStrings.isDigit(value), "value [" + value + "] must be a digit");
    return new Arg(IMMEDIATE, sign * pyInt(value, line), null);
  }

  /** {@code N}, {@code N(%r)}, {@code N(%r1,%r2)} and (threads-locks) {@code (…)} and a scale. */
  private Arg address(String tmp) {
    long neg = 1;
    if (tmp.charAt(0) == '-') {
      tmp = tmp.substring(1);
      neg = -1;
    }
    List<String> s = PyStrings.split(tmp, "(");
    if (s.size() == 1) {
      return memoryArg(neg * pyInt(tmp, line), 0, 0, 1);
    }
    if (s.size() != 2) {
      throw X86Failure.printing("mov: bad argument [" + tmp + "]", line);
    }
    long value;
    if (locks && !tmp.isEmpty() && tmp.charAt(0) == '(') {
      value = 0;
    } else {
      if (locks) {
        zassert(PyStrings.isDigit(PyStrings.strip(s.get(0))), "First number should be a digit [" + s.get(0) + "]");
      }
      value = neg * pyInt(s.get(0), line);
    }
    String inside = PyStrings.split(s.get(1), ")").get(0);
    List<String> t = PyStrings.split(inside, locks ? "__BREAK__" : ",");
    if (t.size() == 1) {
      return memoryArg(value, register(regName(t.get(0))), 0, 1);
    } else if (t.size() == 2) {
      return memoryArg(value, register(regName(t.get(0))), register(regName(t.get(1))), 1);
    } else if (t.size() == 3 && locks) {
      return memoryArg(value, register(regName(t.get(0))), register(regName(t.get(1))),
          pyInt(t.get(2), line));
    } else if (locks) {
      throw X86Failure.printing("mov: bad argument [" + tmp + "]", line);
    }
    throw unpackingNone();
  }

  /** threads-intro: {@code t.split('%')[1]}; threads-locks: {@code getregname} (blank means zero). */
  private String regName(String r) {
    if (!locks) {
      return at(PyStrings.split(r, "%"), 1);
    }
    String t = PyStrings.strip(r);
    if (t.isEmpty()) {
      return "zero";
    }
    zassert(t.charAt(0) == '%', "Expecting a proper register name, got [" + r + "]");
    return PyStrings.strip(PyStrings.split(r, "%").get(1));
  }

  private Arg memoryArg(long value, long reg1, long reg2, long scale) {
    String text = value + "," + reg1 + "," + reg2 + (locks ? "," + scale : "");
    return new Arg(MEMORY, 0, text);
  }

  private long register(String name) {
    int r = version.register(name);
    zassert(r >= 0, "Register " + name + " is not a valid register");
    return r;
  }

  /** threads-locks' {@code removecommas}: commas inside parentheses become {@code __BREAK__}. */
  private String removeCommas(String in) {
    boolean inParen = false;
    StringBuilder out = new StringBuilder();
    for (int k = 0; k < in.length(); k++) {
      char ch = in.charAt(k);
      if (ch == '(') {
        zassert(!inParen, "cannot have nested parenthesis in argument [" + cline + "]");
        inParen = true;
      }
      if (ch == ')') {
        zassert(inParen, "cannot have right parenthesis without first having left one [" + cline + "]");
        inParen = false;
      }
      out.append(inParen && ch == ',' ? "__BREAK__" : String.valueOf(ch));
    }
    zassert(!inParen, "did not close parentheses [" + cline + "]");
    return out.toString();
  }

  // ---------------------------------------------------------------- Python bits

  private String at(List<String> parts, int k) {
    if (k >= parts.size()) {
      throw X86Failure.python("IndexError: list index out of range", line);
    }
    return parts.get(k);
  }

  private void zassert(boolean condition, String message) {
    if (!condition) {
      throw X86Failure.abort(message, line);
    }
  }

  private Instruction make(Op op, String format, long... args) {
    StringBuilder call = new StringBuilder();
    int k = 0;
    for (int i = 0; i < format.length(); i++) {
      if (format.charAt(i) == '%' && i + 1 < format.length() && format.charAt(i + 1) == 'd') {
        call.append(args[k++]);
        i++;
      } else {
        call.append(format.charAt(i));
      }
    }
    return new Instruction(op, args, call.toString());
  }

  /** Python's {@code int(s)}, or the tool's ValueError; beyond 64 bits (Python has no bound) refused. */
  static long pyInt(String s, int line) {
    try {
      return PyStrings.parseLong(s);
    } catch (NumberFormatException e) {
      throw X86Failure.python("ValueError: " + e.getMessage(), line);
    } catch (ArithmeticException e) {
      throw beyond64Bits(s, line);
    }
  }

  static SimulationLimitException beyond64Bits(String what, int line) {
    return new SimulationLimitException("program", "values within 64 bits", "line " + line + ": " + what
        + " is beyond the 64-bit values this machine computes with");
  }
}
