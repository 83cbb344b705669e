package org.timeslice.model.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.timeslice.model.python.code.CodeObject;
import org.timeslice.model.python.code.Constants;
import org.timeslice.model.python.code.ExceptionEntry;
import org.timeslice.model.python.code.Opcode;

/**
 * Prints a code object exactly as CPython 3.11's {@code dis.dis} does ({@code Lib/dis.py}:
 * {@code _disassemble_recursive}, {@code _disassemble_bytes}, {@code Instruction._disassemble}): line
 * numbers where a line starts, {@code >>} at jump targets, offsets, names, arguments and their meaning,
 * the exception table, then every nested code object.
 */
public final class Dis {
  private static final String[] NB_OPS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
      "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
  private static final String[] CMP_OPS = {"<", "<=", "==", "!=", ">", ">="};
  private static final String[] MAKE_FUNCTION_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};
  private static final String[] CONVERTERS = {"", "str", "repr", "ascii"};

  private Dis() {}

  /** What {@code python3.11 -m dis} prints for a module's code object. */
  public static String dis(CodeObject co) {
    StringBuilder out = new StringBuilder();
    recursive(co, out);
    return out.toString();
  }

  private static void recursive(CodeObject co, StringBuilder out) {
    disassemble(co, out);
    for (Object c : co.consts) {
      if (c instanceof CodeObject nested) {
        out.append('\n');
        out.append("Disassembly of ").append(nested).append(":\n");
        recursive(nested, out);
      }
    }
  }

  /** {@code findlinestarts}: offset → line, where the line (not None) differs from the previous one. */
  public static Map<Integer, Integer> lineStarts(CodeObject co) {
    Map<Integer, Integer> starts = new LinkedHashMap<>();
    Integer last = null;
    for (int i = 0; i < co.code.length; i++) {
      int line = co.lines[i];
      if (line >= 0 && (last == null || line != last)) {
        last = line;
        starts.put(i * 2, line);
      }
    }
    return starts;
  }

  /** The decoded instructions of a code object (caches skipped, EXTENDED_ARG folded in). */
  public static List<int[]> instructions(CodeObject co) {
    List<int[]> out = new ArrayList<>();
    int extended = 0;
    int caches = 0;
    for (int i = 0; i < co.code.length; i++) {
      if (caches > 0) {
        caches--;
        continue;
      }
      int op = co.opcode(i);
      caches = Opcode.caches(op);
      Integer arg = null;
      if (op >= Opcode.HAVE_ARGUMENT) {
        arg = co.oparg(i) | extended;
        extended = op == Opcode.EXTENDED_ARG ? arg << 8 : 0;
      } else {
        extended = 0;
      }
      out.add(new int[] {i * 2, op, arg == null ? -1 : arg});
    }
    return out;
  }

  private static void disassemble(CodeObject co, StringBuilder out) {
    Map<Integer, Integer> linestarts = lineStarts(co);
    int maxline = 0;
    for (int l : linestarts.values()) {
      maxline = Math.max(maxline, l);
    }
    int linenoWidth = linestarts.isEmpty() ? 0 : maxline >= 1000 ? String.valueOf(maxline).length() : 3;
    int maxoffset = co.code.length * 2 - 2;
    int offsetWidth = maxoffset >= 10000 ? String.valueOf(maxoffset).length() : 4;
    List<int[]> instrs = instructions(co);
    TreeSet<Integer> labels = new TreeSet<>();
    for (int[] in : instrs) {
      if (in[2] >= 0 && Opcode.isRealJump(in[1])) {
        int signed = Opcode.isBackwardJump(in[1]) ? -in[2] : in[2];
        labels.add(in[0] + 2 + signed * 2);
      }
    }
    for (ExceptionEntry e : co.exceptionTable) {
      if (e.end() > e.start()) {
        labels.add(e.target());
      }
    }
    for (int[] in : instrs) {
      int offset = in[0];
      Integer starts = linestarts.get(offset);
      if (linenoWidth > 0 && starts != null && offset > 0) {
        out.append('\n');
      }
      StringBuilder line = new StringBuilder();
      if (linenoWidth > 0) {
        line.append(starts != null ? pad(String.valueOf(starts), linenoWidth) : spaces(linenoWidth)).append(' ');
      }
      line.append("   ").append(' ');
      line.append(labels.contains(offset) ? ">>" : "  ").append(' ');
      line.append(pad(String.valueOf(offset), offsetWidth)).append(' ');
      String name = Opcode.name(in[1]);
      line.append(name);
      if (in[2] >= 0) {
        line.append(spaces(20 - name.length())).append(' ');
        line.append(pad(String.valueOf(in[2]), 5));
        String repr = argRepr(co, in[0], in[1], in[2]);
        if (!repr.isEmpty()) {
          line.append(" (").append(repr).append(')');
        }
      }
      out.append(rstrip(line.toString())).append('\n');
    }
    if (!co.exceptionTable.isEmpty()) {
      out.append("ExceptionTable:\n");
      for (ExceptionEntry e : co.exceptionTable) {
        out.append("  ").append(e.start()).append(" to ").append(e.end() - 2).append(" -> ").append(e.target())
            .append(" [").append(e.depth()).append(']').append(e.lasti() ? " lasti" : "").append('\n');
      }
    }
  }

  /** The argument's meaning, as {@code _get_instructions_bytes} writes it in parentheses. */
  static String argRepr(CodeObject co, int offset, int op, int arg) {
    switch (op) {
      case Opcode.LOAD_CONST:
        return Constants.repr(co.consts.get(arg));
      case Opcode.KW_NAMES:
        return "";
      case Opcode.LOAD_GLOBAL:
        return ((arg & 1) != 0 ? "NULL + " : "") + co.names.get(arg >> 1);
      case Opcode.COMPARE_OP:
        return CMP_OPS[arg];
      case Opcode.FORMAT_VALUE: {
        String r = CONVERTERS[arg & 3];
        if ((arg & 4) != 0) {
          r += (r.isEmpty() ? "" : ", ") + "with format";
        }
        return r;
      }
      case Opcode.MAKE_FUNCTION: {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
          if ((arg & (1 << i)) != 0) {
            sb.append(sb.length() == 0 ? "" : ", ").append(MAKE_FUNCTION_FLAGS[i]);
          }
        }
        return sb.toString();
      }
      case Opcode.BINARY_OP:
        return NB_OPS[arg];
      default:
        break;
    }
    if (isName(op)) {
      return co.names.get(arg);
    }
    if (Opcode.isRealJump(op)) {
      int signed = Opcode.isBackwardJump(op) ? -arg : arg;
      return "to " + (offset + 2 + signed * 2);
    }
    if (isLocalOrFree(op)) {
      return co.localsplusNames.get(arg);
    }
    return "";
  }

  private static boolean isName(int op) {
    return switch (op) {
      case Opcode.STORE_NAME, Opcode.DELETE_NAME, Opcode.STORE_ATTR, Opcode.DELETE_ATTR, Opcode.STORE_GLOBAL,
          Opcode.DELETE_GLOBAL, Opcode.LOAD_NAME, Opcode.LOAD_ATTR, Opcode.IMPORT_NAME, Opcode.IMPORT_FROM,
          Opcode.LOAD_METHOD -> true;
      default -> false;
    };
  }

  private static boolean isLocalOrFree(int op) {
    return switch (op) {
      case Opcode.LOAD_FAST, Opcode.STORE_FAST, Opcode.DELETE_FAST, Opcode.MAKE_CELL, Opcode.LOAD_CLOSURE,
          Opcode.LOAD_DEREF, Opcode.STORE_DEREF, Opcode.DELETE_DEREF, Opcode.LOAD_CLASSDEREF -> true;
      default -> false;
    };
  }

  private static String pad(String s, int width) {
    return spaces(width - s.length()) + s;
  }

  private static String spaces(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(' ');
    }
    return sb.toString();
  }

  private static String rstrip(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }
}
