package org.timeslice.model.python.compiler;

import static org.timeslice.model.python.code.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.python.code.Opcode;

/**
 * {@code label_exception_targets} of CPython 3.11's {@code compile.c}: follows every path through the graph
 * with a stack of active handlers (SETUP_* pushes, POP_BLOCK pops) and tags each instruction with the
 * handler an exception there goes to. A SETUP_WITH or SETUP_CLEANUP handler also gets the raising offset
 * ("lasti").
 */
final class ExceptionLabels {
  private ExceptionLabels() {}

  static void label(Block entry) {
    int nblocks = 0;
    for (Block b = entry; b != null; b = b.next) {
      b.visited = false;
      nblocks++;
    }
    List<Block> todo = new ArrayList<>(nblocks);
    Block.ExceptStack exceptStack = new Block.ExceptStack(Unit.CO_MAXBLOCKS);
    todo.add(entry);
    entry.visited = true;
    entry.exceptStack = exceptStack;
    while (!todo.isEmpty()) {
      Block b = todo.remove(todo.size() - 1);
      exceptStack = b.exceptStack;
      b.exceptStack = null;
      Block handler = exceptStack.top();
      for (int i = 0; i < b.size(); i++) {
        Instr in = b.get(i);
        if (Opcode.isBlockPush(in.opcode)) {
          if (!in.target.visited) {
            in.target.exceptStack = exceptStack.copy();
            todo.add(in.target);
            in.target.visited = true;
          }
          if (in.opcode == SETUP_WITH || in.opcode == SETUP_CLEANUP) {
            in.target.preserveLasti = true;
          }
          exceptStack.handlers[++exceptStack.depth] = in.target;
          handler = in.target;
        } else if (in.opcode == POP_BLOCK) {
          handler = exceptStack.handlers[--exceptStack.depth];
        } else if (Opcode.isJump(in.opcode)) {
          in.except = handler;
          if (!in.target.visited) {
            if (!b.nofallthrough) {
              in.target.exceptStack = exceptStack.copy();
            } else {
              in.target.exceptStack = exceptStack;
              exceptStack = null;
            }
            todo.add(in.target);
            in.target.visited = true;
          }
        } else {
          in.except = handler;
        }
      }
      if (!b.nofallthrough && !b.next.visited) {
        b.next.exceptStack = exceptStack;
        todo.add(b.next);
        b.next.visited = true;
      }
    }
  }
}
