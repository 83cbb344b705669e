package org.timeslice.model.x86;

import java.util.List;
import java.util.Map;
import org.timeslice.model.core.InvalidScenarioException;

/**
 * An operand: an immediate ({@code $5}), a register ({@code %ax}), a memory address ({@code 2000},
 * {@code (%bx)}, {@code 4(%bx)}, {@code 4(%bx,%cx)}) or a jump target ({@code .top}, resolved to an address).
 *
 * @param kind which of these it is
 * @param value the immediate, the address's displacement, or the jump target address
 * @param reg the register (for a register operand, or the first base register), or -1
 * @param reg2 the second base register, or -1
 */
record Operand(Kind kind, int value, int reg, int reg2) {
  enum Kind { IMMEDIATE, REGISTER, MEMORY, TARGET }

  /** Register names in index order. */
  static final List<String> REGISTERS = List.of("ax", "bx", "cx", "dx");

  static Operand parse(String text, Map<String, Integer> labels, String where) {
    String t = text.trim();
    if (t.startsWith("$")) {
      // x86.py's parser reads one digit after the $ (a quirk the semantics require us to keep).
      if (t.length() != 2 || !Character.isDigit(t.charAt(1))) {
        throw error(where, "an immediate is $ and one digit (x86.py reads no more), not " + t);
      }
      return new Operand(Kind.IMMEDIATE, t.charAt(1) - '0', -1, -1);
    }
    if (t.startsWith("%")) {
      return new Operand(Kind.REGISTER, 0, register(t, where), -1);
    }
    if (t.startsWith(".")) {
      Integer target = labels.get(t);
      if (target == null) {
        throw error(where, "no label " + t);
      }
      return new Operand(Kind.TARGET, target, -1, -1);
    }
    int open = t.indexOf('(');
    int displacement = 0;
    String number = open < 0 ? t : t.substring(0, open);
    if (!number.isEmpty()) {
      try {
        displacement = Integer.parseInt(number.trim());
      } catch (NumberFormatException e) {
        throw error(where, "cannot read the operand " + t);
      }
    }
    if (open < 0) {
      return new Operand(Kind.MEMORY, displacement, -1, -1);
    }
    if (!t.endsWith(")")) {
      throw error(where, "missing ) in " + t);
    }
    String[] regs = t.substring(open + 1, t.length() - 1).split(",");
    if (regs.length > 2) {
      throw error(where, "at most two registers in an address: " + t);
    }
    return new Operand(Kind.MEMORY, displacement, register(regs[0].trim(), where),
        regs.length == 2 ? register(regs[1].trim(), where) : -1);
  }

  private static int register(String t, String where) {
    int r = t.startsWith("%") ? REGISTERS.indexOf(t.substring(1)) : -1;
    if (r < 0) {
      throw error(where, "unknown register " + t + " (ax, bx, cx, dx)");
    }
    return r;
  }

  static InvalidScenarioException error(String where, String message) {
    return new InvalidScenarioException("program", "x86.py syntax", where + ": " + message);
  }
}
