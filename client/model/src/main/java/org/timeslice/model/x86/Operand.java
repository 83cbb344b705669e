package org.timeslice.model.x86;

import java.util.List;
import java.util.Map;
import org.timeslice.model.core.InvalidScenarioException;

/**
 * An operand, read as x86.py's {@code getarg} reads it: an immediate ({@code $5}: {@code $} and exactly one
 * digit), a register ({@code %ax}), a memory address ({@code 2000}, {@code -4(%bp)}, {@code (%bx)},
 * {@code 4(%bx,%cx)}, or a {@code .var} name), or a jump target ({@code .top}, resolved to an address).
 *
 * @param kind which of these it is
 * @param value the immediate, the address's displacement, or the jump target address
 * @param reg the register (for a register operand, or the first base register), or -1
 * @param reg2 the second base register, or -1
 */
record Operand(Kind kind, int value, int reg, int reg2) {
  enum Kind { IMMEDIATE, REGISTER, MEMORY, TARGET }

  /** x86.py's registers in its numbering; {@code zero} is a hidden register that starts at 0. */
  static final List<String> REGISTERS = List.of("zero", "ax", "bx", "cx", "dx", "sp", "bp");

  static Operand parse(String text, Map<String, Integer> labels, Map<String, Integer> vars, String where) {
    String t = text.replace(",", "").trim();
    if (t.isEmpty()) {
      throw error(where, "an operand is missing");
    }
    char c = t.charAt(0);
    if (c == '$') {
      if (t.length() != 2 || !Character.isDigit(t.charAt(1))) {
        throw error(where, "an immediate is $ and one digit (x86.py reads no more), not " + t);
      }
      return new Operand(Kind.IMMEDIATE, t.charAt(1) - '0', -1, -1);
    }
    if (c == '%') {
      return new Operand(Kind.REGISTER, 0, register(t.substring(1), where), -1);
    }
    if (c == '(') {
      int close = t.indexOf(')');
      String inner = t.substring(1, close < 0 ? t.length() : close);
      if (!inner.startsWith("%")) {
        throw error(where, "cannot read the address " + t);
      }
      return new Operand(Kind.MEMORY, 0, register(inner.substring(1), where), -1);
    }
    if (c == '.') {
      Integer target = labels.get(t);
      if (target == null) {
        throw error(where, "no label " + t);
      }
      return new Operand(Kind.TARGET, target, -1, -1);
    }
    if (Character.isLetter(c)) {
      Integer address = vars.get(t);
      if (address == null) {
        throw error(where, "variable " + t + " is not declared (.var " + t + ")");
      }
      return new Operand(Kind.MEMORY, address, -1, -1);
    }
    if (Character.isDigit(c) || c == '-') {
      return memory(t, text, where);
    }
    throw error(where, "cannot read the operand " + t);
  }

  /** {@code N}, {@code N(%r)} or {@code N(%r1,%r2)}; {@code original} still has its comma. */
  private static Operand memory(String t, String original, String where) {
    int open = t.indexOf('(');
    int displacement;
    try {
      displacement = Integer.parseInt(open < 0 ? t : t.substring(0, open));
    } catch (NumberFormatException e) {
      throw error(where, "cannot read the address " + original.trim());
    }
    if (open < 0) {
      return new Operand(Kind.MEMORY, displacement, -1, -1);
    }
    String o = original.trim();
    int close = o.indexOf(')');
    String[] regs = o.substring(o.indexOf('(') + 1, close < 0 ? o.length() : close).split(",");
    if (regs.length > 2 || !regs[0].trim().startsWith("%")) {
      throw error(where, "cannot read the address " + o);
    }
    int r1 = register(regs[0].trim().substring(1), where);
    int r2 = -1;
    if (regs.length == 2) {
      if (!regs[1].trim().startsWith("%")) {
        throw error(where, "cannot read the address " + o);
      }
      r2 = register(regs[1].trim().substring(1), where);
    }
    return new Operand(Kind.MEMORY, displacement, r1, r2);
  }

  private static int register(String name, String where) {
    int r = REGISTERS.indexOf(name);
    if (r < 0) {
      throw error(where, "register " + name + " is not a valid register (ax, bx, cx, dx, sp, bp, zero)");
    }
    return r;
  }

  static InvalidScenarioException error(String where, String message) {
    return new InvalidScenarioException("program", "x86.py syntax", where + ": " + message);
  }
}
