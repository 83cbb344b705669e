package org.timeslice.model.x86;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.timeslice.model.core.InvalidScenarioException;
import org.timeslice.model.core.Limits;

/**
 * A program in the tiny assembly of OSTEP's {@code x86.py} (threads chapter), parsed as that tool parses it:
 * one instruction per address from the load address (1000 by default), {@code .label} lines marking the next
 * instruction, {@code .var name} lines giving names to data addresses 100, 104, ..., {@code #} comments, and
 * an immediate being {@code $} plus one digit. Parse errors name the
 * line and what is wrong.
 */
public final class X86Program {
  /** x86.py's default load address ({@code -L}). */
  public static final int DEFAULT_LOAD_ADDRESS = 1000;
  /** Where x86.py puts the first {@code .var}; each takes 4 addresses. */
  static final int DATA_ADDRESS = 100;

  private final int loadAddress;
  private final List<Instruction> instructions;
  private final List<String> lines;

  private X86Program(int loadAddress, List<Instruction> instructions, List<String> lines) {
    this.loadAddress = loadAddress;
    this.instructions = instructions;
    this.lines = lines;
  }

  /** Parses {@code source} loaded at {@link #DEFAULT_LOAD_ADDRESS}. */
  public static X86Program parse(String source) {
    return parse(source, DEFAULT_LOAD_ADDRESS);
  }

  public static X86Program parse(String source, int loadAddress) {
    String[] raw = source.split("\n", -1);
    if (raw.length > Limits.MAX_X86_LINES) {
      throw new InvalidScenarioException("program", "1.." + Limits.MAX_X86_LINES + " lines",
          "an x86 program has at most " + Limits.MAX_X86_LINES + " lines, not " + raw.length);
    }
    // Pass 1, as x86.py's loader: labels take the address of the next instruction, .var names get data
    // addresses 100, 104, ... below the load address.
    Map<String, Integer> labels = new LinkedHashMap<>();
    Map<String, Integer> vars = new LinkedHashMap<>();
    String[] code = new String[raw.length];
    int pc = loadAddress;
    for (int i = 0; i < raw.length; i++) {
      String where = "line " + (i + 1);
      String line = stripRight(raw[i]);
      int hash = line.indexOf('#');
      if (hash >= 0 && line.indexOf('#', hash + 1) >= 0) {
        throw Operand.error(where, "only one # per line");
      }
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      String[] tokens = line.trim().isEmpty() ? new String[0] : line.trim().split("\\s+");
      if (tokens.length == 0) {
        continue;
      }
      if (tokens[0].equals(".var")) {
        if (tokens.length != 2 || vars.containsKey(tokens[1])) {
          throw Operand.error(where, ".var takes one new name");
        }
        int address = DATA_ADDRESS + 4 * vars.size();
        if (address + 4 >= loadAddress) {
          throw Operand.error(where, "static data would run into the code at " + loadAddress);
        }
        vars.put(tokens[1], address);
      } else if (tokens[0].startsWith(".")) {
        if (tokens.length != 1) {
          throw Operand.error(where, "a label stands alone on its line");
        }
        if (!line.startsWith(".")) { // x86.py's second pass then reads it as an instruction
          throw Operand.error(where, "illegal opcode " + tokens[0] + " (a label must start the line)");
        }
        labels.put(tokens[0], pc);
      } else {
        code[i] = line;
        pc++;
      }
    }
    List<Instruction> out = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      if (code[i] != null) {
        out.add(Instruction.parse(code[i], labels, vars, "line " + (i + 1)));
        texts.add(code[i].trim());
      }
    }
    if (out.isEmpty()) {
      throw new InvalidScenarioException("program", "at least one instruction", "the program has no instructions");
    }
    return new X86Program(loadAddress, Collections.unmodifiableList(out), Collections.unmodifiableList(texts));
  }

  private static String stripRight(String s) {
    int end = s.length();
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  public int loadAddress() { return loadAddress; }

  public List<Instruction> instructions() { return instructions; }

  /** The instruction at {@code address}, or null outside the program. */
  Instruction at(int address) {
    int i = address - loadAddress;
    return i >= 0 && i < instructions.size() ? instructions.get(i) : null;
  }

  /** The source text of the instruction at {@code address} (as written, comments removed). */
  public String text(int address) {
    return lines.get(address - loadAddress);
  }
}
