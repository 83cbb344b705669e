package org.timeslice.model.x86;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One parsed x86.py instruction, with x86.py's rules for which operand forms each accepts.
 *
 * @param opcode the mnemonic ({@code mov}, {@code jgt}, ...)
 * @param operands its operands, in the order written (AT&amp;T: source first)
 */
record Instruction(String opcode, List<Operand> operands) {
  private static final List<String> JUMPS = List.of("j", "je", "jne", "jlt", "jlte", "jgt", "jgte");
  private static final List<String> TWO = List.of("mov", "add", "sub", "test", "xchg", "fetchadd");

  static Instruction parse(String line, Map<String, Integer> labels, Map<String, Integer> vars, String where) {
    String trimmed = line.trim();
    int space = firstSpace(trimmed);
    String opcode = space < 0 ? trimmed : trimmed.substring(0, space);
    String rest = space < 0 ? "" : trimmed.substring(space + 1).trim();
    List<Operand> ops = new ArrayList<>();
    if (TWO.contains(opcode)) {
      // x86.py splits at the first comma, so a two-register address works only as the second operand.
      int comma = rest.indexOf(',');
      if (comma < 0) {
        throw Operand.error(where, opcode + " needs two operands, separated by a comma");
      }
      ops.add(Operand.parse(rest.substring(0, comma), labels, vars, where));
      ops.add(Operand.parse(rest.substring(comma + 1), labels, vars, where));
    } else if (JUMPS.contains(opcode) || opcode.equals("call") || opcode.equals("push")
        || (opcode.equals("pop") && !rest.isEmpty())) {
      ops.add(Operand.parse(rest, labels, vars, where));
    } else if (opcode.equals("mdump") || opcode.equals("rdump")) {
      return new Instruction("nop", List.of()); // debugging output of x86.py; changes nothing
    } else if (!List.of("halt", "nop", "yield", "ret", "pop").contains(opcode)) {
      throw Operand.error(where, "illegal opcode " + opcode);
    } else if (!rest.isEmpty()) {
      throw Operand.error(where, opcode + " takes no operands");
    }
    Instruction in = new Instruction(opcode, List.copyOf(ops));
    in.check(where);
    return in;
  }

  private void check(String where) {
    Operand.Kind a = operands.isEmpty() ? null : operands.get(0).kind();
    Operand.Kind b = operands.size() < 2 ? null : operands.get(1).kind();
    Operand.Kind imm = Operand.Kind.IMMEDIATE;
    Operand.Kind reg = Operand.Kind.REGISTER;
    Operand.Kind mem = Operand.Kind.MEMORY;
    boolean ok = switch (opcode) {
      case "mov" -> (a == imm && (b == reg || b == mem)) || (a == mem && b == reg)
          || (a == reg && (b == mem || b == reg));
      case "add", "sub" -> (a == imm || a == reg) && b == reg;
      case "test" -> (a == imm && b == reg) || (a == reg && (b == reg || b == imm));
      case "xchg", "fetchadd" -> a == reg && b == mem;
      case "push" -> a == reg || a == mem;
      case "pop" -> a == null || a == reg;
      case "call" -> a == Operand.Kind.TARGET;
      case "halt", "nop", "yield", "ret" -> true;
      default -> a == Operand.Kind.TARGET; // the jumps
    };
    if (!ok) {
      throw Operand.error(where, "malformed " + opcode + " (these operand kinds are not allowed)");
    }
  }

  private static int firstSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
