package org.timeslice.model.python.compiler;

import static org.timeslice.model.python.code.Opcode.*;

import java.util.List;
import org.timeslice.model.python.code.Constants;
import org.timeslice.model.python.syntax.Expr;

/**
 * The loops inside a comprehension's code object ({@code compiler_comprehension_generator},
 * {@code compiler_sync_comprehension_generator}, {@code compiler_async_comprehension_generator} of CPython
 * 3.11's {@code compile.c}): the outermost iterator arrives as the argument {@code .0}; each {@code for}
 * nests a FOR_ITER loop, each {@code if} jumps back to the loop's top.
 */
final class ComprehensionCodeGen {
  private ComprehensionCodeGen() {}

  static void generator(CallCodeGen c, List<Expr.Comprehension> generators, int genIndex, int depth, Expr elt,
      Expr val, int type) {
    if (generators.get(genIndex).isAsync) {
      async(c, generators, genIndex, depth, elt, val, type);
    } else {
      sync(c, generators, genIndex, depth, elt, val, type);
    }
  }

  private static void sync(CallCodeGen c, List<Expr.Comprehension> generators, int genIndex, int depth,
      Expr elt, Expr val, int type) {
    Block start = c.newBlock();
    Block ifCleanup = c.newBlock();
    Block anchor = c.newBlock();
    Expr.Comprehension gen = generators.get(genIndex);
    if (genIndex == 0) {
      c.u.argcount = 1;
      c.addopI(LOAD_FAST, 0);
    } else {
      List<Expr> elts = gen.iter.kind == Expr.Kind.LIST || gen.iter.kind == Expr.Kind.TUPLE
          ? ((Expr.Sequence) gen.iter).elts : null;
      if (elts != null && elts.size() == 1 && elts.get(0).kind != Expr.Kind.STARRED) {
        c.visitExpr(elts.get(0));
        start = null;
      }
      if (start != null) {
        c.visitExpr(gen.iter);
        c.addop(GET_ITER);
      }
    }
    if (start != null) {
      depth++;
      c.useNextBlock(start);
      c.addopJ(FOR_ITER, anchor);
    }
    c.visitExpr(gen.target);
    for (Expr e : gen.ifs) {
      c.jumpIf(e, ifCleanup, false);
    }
    if (++genIndex < generators.size()) {
      generator(c, generators, genIndex, depth, elt, val, type);
    }
    if (genIndex >= generators.size()) {
      element(c, depth, elt, val, type);
    }
    c.useNextBlock(ifCleanup);
    if (start != null) {
      c.addopJ(JUMP, start);
      c.useNextBlock(anchor);
    }
  }

  private static void element(CallCodeGen c, int depth, Expr elt, Expr val, int type) {
    switch (type) {
      case CallCodeGen.COMP_GENEXP -> {
        c.visitExpr(elt);
        c.addopYield();
        c.addop(POP_TOP);
      }
      case CallCodeGen.COMP_LISTCOMP -> {
        c.visitExpr(elt);
        c.addopI(LIST_APPEND, depth + 1);
      }
      case CallCodeGen.COMP_SETCOMP -> {
        c.visitExpr(elt);
        c.addopI(SET_ADD, depth + 1);
      }
      default -> {
        c.visitExpr(elt);
        c.visitExpr(val);
        c.addopI(MAP_ADD, depth + 1);
      }
    }
  }

  private static void async(CallCodeGen c, List<Expr.Comprehension> generators, int genIndex, int depth,
      Expr elt, Expr val, int type) {
    Block start = c.newBlock();
    Block except = c.newBlock();
    Block ifCleanup = c.newBlock();
    Expr.Comprehension gen = generators.get(genIndex);
    if (genIndex == 0) {
      c.u.argcount = 1;
      c.addopI(LOAD_FAST, 0);
    } else {
      c.visitExpr(gen.iter);
      c.addop(GET_AITER);
    }
    c.useNextBlock(start);
    c.pushFblock(Unit.FBlock.Type.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
    c.addopJ(SETUP_FINALLY, except);
    c.addop(GET_ANEXT);
    c.loadConst(Constants.NONE);
    c.addYieldFrom(true);
    c.addop(POP_BLOCK);
    c.visitExpr(gen.target);
    for (Expr e : gen.ifs) {
      c.jumpIf(e, ifCleanup, false);
    }
    depth++;
    if (++genIndex < generators.size()) {
      generator(c, generators, genIndex, depth, elt, val, type);
    }
    if (genIndex >= generators.size()) {
      element(c, depth, elt, val, type);
    }
    c.useNextBlock(ifCleanup);
    c.addopJ(JUMP, start);
    c.popFblock(Unit.FBlock.Type.ASYNC_COMPREHENSION_GENERATOR, start);
    c.useNextBlock(except);
    c.addop(END_ASYNC_FOR);
  }
}
