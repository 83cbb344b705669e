package org.timeslice.model.python.compiler;

/**
 * One instruction of the control-flow graph ({@code struct instr} of CPython 3.11's {@code compile.c}): an
 * opcode (possibly a pseudo-op), its argument or jump target, the handler block exceptions go to (set by
 * the assembler), and its source location (line -1: artificial, none).
 */
final class Instr {
  int opcode;
  int oparg;
  Block target;
  Block except;
  int lineno;
  int endLineno;
  int colOffset;
  int endColOffset;

  Instr(int opcode, int oparg, Block target, int lineno, int endLineno, int colOffset, int endColOffset) {
    this.opcode = opcode;
    this.oparg = oparg;
    this.target = target;
    this.lineno = lineno;
    this.endLineno = endLineno;
    this.colOffset = colOffset;
    this.endColOffset = endColOffset;
  }

  Instr copy() {
    Instr i = new Instr(opcode, oparg, target, lineno, endLineno, colOffset, endColOffset);
    i.except = except;
    return i;
  }

  /** {@code COPY_INSTR_LOC(this, to)}. */
  void copyLocTo(Instr to) {
    to.lineno = lineno;
    to.endLineno = endLineno;
    to.colOffset = colOffset;
    to.endColOffset = endColOffset;
  }
}
