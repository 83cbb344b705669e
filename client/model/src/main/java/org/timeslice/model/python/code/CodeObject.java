package org.timeslice.model.python.code;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A compiled code object, with the fields of CPython 3.11's {@code PyCodeObject} that {@code dis} and the
 * interpreter read. The bytecode is a sequence of 16-bit code units ({@code opcode | arg << 8}), inline cache
 * units included; each code unit carries the source position of the instruction it belongs to (line -1:
 * none), which is what {@code co_lines()} and {@code co_positions()} decode from {@code co_linetable}.
 */
public final class CodeObject {
  public static final int CO_OPTIMIZED = 0x1;
  public static final int CO_NEWLOCALS = 0x2;
  public static final int CO_VARARGS = 0x4;
  public static final int CO_VARKEYWORDS = 0x8;
  public static final int CO_NESTED = 0x10;
  public static final int CO_GENERATOR = 0x20;
  public static final int CO_COROUTINE = 0x80;
  public static final int CO_ASYNC_GENERATOR = 0x200;

  /** Kinds of a slot in {@code co_localsplusnames} ({@code Include/internal/pycore_code.h}). */
  public static final int CO_FAST_LOCAL = 0x20;
  public static final int CO_FAST_CELL = 0x40;
  public static final int CO_FAST_FREE = 0x80;

  public final String name;
  public final String qualname;
  public final String filename;
  public final int firstLineno;
  public final int flags;
  public final int argcount;
  public final int posonlyargcount;
  public final int kwonlyargcount;
  public final int stacksize;
  public final List<String> names;
  public final List<Object> consts;
  public final List<String> localsplusNames;
  public final byte[] localsplusKinds;
  /** Code units: {@code opcode | (arg & 0xff) << 8}. */
  public final int[] code;
  /** Per code unit: line, end line, column and end column (-1 where unknown). */
  public final int[] lines;
  public final int[] endLines;
  public final int[] cols;
  public final int[] endCols;
  public final List<ExceptionEntry> exceptionTable;
  private final int id;

  /** Builds a code object; {@link org.timeslice.model.python.compiler.Assembler} is the only caller. */
  public CodeObject(String name, String qualname, String filename, int firstLineno, int flags, int argcount,
      int posonlyargcount, int kwonlyargcount, int stacksize, List<String> names, List<Object> consts,
      List<String> localsplusNames, byte[] localsplusKinds, int[] code, int[][] positions,
      List<ExceptionEntry> exceptionTable, int serial) {
    this.name = name;
    this.qualname = qualname;
    this.filename = filename;
    this.firstLineno = firstLineno;
    this.flags = flags;
    this.argcount = argcount;
    this.posonlyargcount = posonlyargcount;
    this.kwonlyargcount = kwonlyargcount;
    this.stacksize = stacksize;
    this.names = Collections.unmodifiableList(new ArrayList<>(names));
    this.consts = Collections.unmodifiableList(new ArrayList<>(consts));
    this.localsplusNames = Collections.unmodifiableList(new ArrayList<>(localsplusNames));
    this.localsplusKinds = localsplusKinds.clone();
    this.code = code;
    this.lines = positions[0];
    this.endLines = positions[1];
    this.cols = positions[2];
    this.endCols = positions[3];
    this.exceptionTable = Collections.unmodifiableList(new ArrayList<>(exceptionTable));
    this.id = serial;
  }

  public int opcode(int unit) { return code[unit] & 0xff; }

  public int oparg(int unit) { return code[unit] >>> 8; }

  /** Names of the slots of the given kind, in slot order ({@code co_varnames}, {@code co_cellvars}, ...). */
  public List<String> namesOfKind(int kind) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < localsplusNames.size(); i++) {
      if ((localsplusKinds[i] & kind) != 0) {
        out.add(localsplusNames.get(i));
      }
    }
    return out;
  }

  /** {@code co_varnames}: the local variables, parameters first. */
  public List<String> varnames() { return namesOfKind(CO_FAST_LOCAL); }

  /** {@code co_nlocals}. */
  public int nlocals() { return varnames().size(); }

  public boolean isGenerator() { return (flags & CO_GENERATOR) != 0; }

  public boolean isCoroutine() { return (flags & CO_COROUTINE) != 0; }

  /**
   * CPython's {@code repr}: {@code <code object work at 0x7f00001c0a10, file "t.py", line 3>}. The address
   * is made up from the code object's serial number in its compilation (the same on every run), since
   * there is no memory to point into.
   */
  @Override
  public String toString() {
    return "<code object " + name + " at 0x" + Long.toHexString(0x7f0000000000L + id * 0x1a0L) + ", file \""
        + filename + "\", line " + firstLineno + ">";
  }
}
