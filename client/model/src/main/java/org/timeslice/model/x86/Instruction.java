package org.timeslice.model.x86;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One parsed x86.py instruction.
 *
 * @param opcode the mnemonic ({@code mov}, {@code jgt}, ...)
 * @param operands its operands, in the order written (AT&amp;T: source first)
 */
record Instruction(String opcode, List<Operand> operands) {
  private static final List<String> JUMPS = List.of("j", "je", "jne", "jlt", "jlte", "jgt", "jgte");

  static Instruction parse(String line, Map<String, Integer> labels, String where) {
    int space = firstSpace(line);
    String opcode = space < 0 ? line : line.substring(0, space);
    String rest = space < 0 ? "" : line.substring(space + 1).trim();
    List<Operand> ops = new ArrayList<>();
    for (String part : splitOperands(rest)) {
      ops.add(Operand.parse(part, labels, where));
    }
    int want = switch (opcode) {
      case "halt", "nop", "yield" -> 0;
      case "mov", "add", "sub", "test", "xchg", "fetchadd" -> 2;
      default -> {
        if (JUMPS.contains(opcode)) {
          yield 1;
        }
        if (List.of("push", "pop", "call", "ret").contains(opcode)) {
          throw Operand.error(where, opcode + " is not supported here yet");
        }
        throw Operand.error(where, "unknown instruction " + opcode);
      }
    };
    if (ops.size() != want) {
      throw Operand.error(where, opcode + " takes " + want + " operand" + (want == 1 ? "" : "s"));
    }
    Instruction in = new Instruction(opcode, List.copyOf(ops));
    in.check(where);
    return in;
  }

  private void check(String where) {
    Operand.Kind a = operands.isEmpty() ? null : operands.get(0).kind();
    Operand.Kind b = operands.size() < 2 ? null : operands.get(1).kind();
    boolean ok = switch (opcode) {
      case "mov" -> b != Operand.Kind.IMMEDIATE && b != Operand.Kind.TARGET && a != Operand.Kind.TARGET
          && !(a == Operand.Kind.MEMORY && b == Operand.Kind.MEMORY);
      case "add", "sub" -> b == Operand.Kind.REGISTER
          && (a == Operand.Kind.IMMEDIATE || a == Operand.Kind.REGISTER);
      case "test" -> a != Operand.Kind.TARGET && b != Operand.Kind.TARGET;
      case "xchg", "fetchadd" -> a == Operand.Kind.REGISTER && b == Operand.Kind.MEMORY;
      case "halt", "nop", "yield" -> true;
      default -> a == Operand.Kind.TARGET; // the jumps
    };
    if (!ok) {
      throw Operand.error(where, "operands not allowed for " + opcode);
    }
  }

  boolean isJump() {
    return JUMPS.contains(opcode);
  }

  private static int firstSpace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Splits at commas outside parentheses ({@code 4(%bx,%cx)} is one operand). */
  private static List<String> splitOperands(String s) {
    List<String> out = new ArrayList<>();
    if (s.isEmpty()) {
      return out;
    }
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (c == ',' && depth == 0) {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }
}
