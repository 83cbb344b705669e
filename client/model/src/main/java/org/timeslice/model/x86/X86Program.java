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
 * instruction, {@code #} comments, and an immediate being {@code $} plus one digit. Parse errors name the
 * line and what is wrong.
 */
public final class X86Program {
  /** x86.py's default load address ({@code -L}). */
  public static final int DEFAULT_LOAD_ADDRESS = 1000;

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
    Map<String, Integer> labels = new LinkedHashMap<>();
    List<String> code = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i];
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      line = line.trim();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith(".var")) {
        throw Operand.error("line " + (i + 1), ".var declarations are not supported here yet: use numeric "
            + "addresses such as 2000");
      }
      if (line.startsWith(".")) {
        labels.put(line, loadAddress + code.size());
        continue;
      }
      code.add(line);
      lineNumbers.add(i + 1);
    }
    List<Instruction> out = new ArrayList<>();
    for (int k = 0; k < code.size(); k++) {
      out.add(Instruction.parse(code.get(k), labels, "line " + lineNumbers.get(k)));
    }
    if (out.isEmpty()) {
      throw new InvalidScenarioException("program", "at least one instruction", "the program has no instructions");
    }
    return new X86Program(loadAddress, Collections.unmodifiableList(out), Collections.unmodifiableList(code));
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
