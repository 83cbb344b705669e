package org.timeslice.model.python.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block ({@code basicblock} of CPython 3.11's {@code compile.c}): a run of instructions entered
 * only at the top, {@link #next} the block reached by falling through, {@link #list} the previously
 * allocated block (the order several passes walk in).
 */
final class Block {
  final List<Instr> instrs = new ArrayList<>();
  Block list;
  Block next;
  ExceptStack exceptStack;
  int predecessors;
  int startDepth;
  int offset;
  boolean nofallthrough;
  boolean preserveLasti;
  boolean visited;
  boolean exit;
  boolean returns;

  int size() { return instrs.size(); }

  Instr get(int i) { return instrs.get(i); }

  Instr last() { return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1); }

  /** The handlers in force, innermost last ({@code ExceptStack}). */
  static final class ExceptStack {
    final Block[] handlers;
    int depth;

    ExceptStack(int capacity) {
      handlers = new Block[capacity + 1];
    }

    ExceptStack copy() {
      ExceptStack c = new ExceptStack(handlers.length - 1);
      System.arraycopy(handlers, 0, c.handlers, 0, handlers.length);
      c.depth = depth;
      return c;
    }

    Block top() { return handlers[depth]; }
  }
}
