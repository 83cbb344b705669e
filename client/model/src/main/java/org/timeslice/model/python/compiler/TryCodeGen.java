package org.timeslice.model.python.compiler;

import static org.timeslice.model.python.code.Opcode.*;

import org.timeslice.model.python.code.Constants;
import org.timeslice.model.python.syntax.Ctx;
import org.timeslice.model.python.syntax.Stmt;

/**
 * {@code try} and {@code with}, ported from CPython 3.11's {@code compile.c} ({@code compiler_try_finally},
 * {@code compiler_try_except}, {@code compiler_with}, {@code compiler_async_with}): the protected code
 * between a SETUP_* pseudo-op and POP_BLOCK, the handler blocks the exception table will point to, and the
 * finally body compiled twice (once for the normal exit, once for the exceptional one).
 */
abstract class TryCodeGen extends StmtCodeGen {
  TryCodeGen(String filename, SymbolTable st) {
    super(filename, st);
  }

  @Override
  void tryStmt(Stmt.Try s) {
    if (!s.finalbody.isEmpty()) {
      tryFinally(s);
    } else {
      tryExcept(s);
    }
  }

  private void tryFinally(Stmt.Try s) {
    Block body = newBlock();
    Block end = newBlock();
    Block exit = newBlock();
    Block cleanup = newBlock();
    addopJ(SETUP_FINALLY, end);
    useNextBlock(body);
    pushFblock(Unit.FBlock.Type.FINALLY_TRY, body, end, s.finalbody);
    if (!s.handlers.isEmpty()) {
      tryExcept(s);
    } else {
      visitStmts(s.body);
    }
    addopNoline(POP_BLOCK);
    popFblock(Unit.FBlock.Type.FINALLY_TRY, body);
    visitStmts(s.finalbody);
    addopJNoline(JUMP, exit);
    useNextBlock(end);
    unsetLoc();
    addopJ(SETUP_CLEANUP, cleanup);
    addop(PUSH_EXC_INFO);
    pushFblock(Unit.FBlock.Type.FINALLY_END, end, null, null);
    visitStmts(s.finalbody);
    popFblock(Unit.FBlock.Type.FINALLY_END, end);
    addopI(RERAISE, 0);
    useNextBlock(cleanup);
    popExceptAndReraise();
    useNextBlock(exit);
  }

  private void tryExcept(Stmt.Try s) {
    Block body = newBlock();
    Block except = newBlock();
    Block end = newBlock();
    Block cleanup = newBlock();
    addopJ(SETUP_FINALLY, except);
    useNextBlock(body);
    pushFblock(Unit.FBlock.Type.TRY_EXCEPT, body, null, null);
    visitStmts(s.body);
    popFblock(Unit.FBlock.Type.TRY_EXCEPT, body);
    addopNoline(POP_BLOCK);
    visitStmts(s.orelse);
    addopJNoline(JUMP, end);
    int n = s.handlers.size();
    useNextBlock(except);
    unsetLoc();
    addopJ(SETUP_CLEANUP, cleanup);
    addop(PUSH_EXC_INFO);
    pushFblock(Unit.FBlock.Type.EXCEPTION_HANDLER, null, null, null);
    for (int i = 0; i < n; i++) {
      Stmt.Handler handler = s.handlers.get(i);
      setLoc(handler);
      if (handler.type == null && i < n - 1) {
        throw error("default 'except:' must be last");
      }
      except = newBlock();
      if (handler.type != null) {
        visitExpr(handler.type);
        addop(CHECK_EXC_MATCH);
        addopJ(POP_JUMP_IF_FALSE, except);
      }
      if (handler.name != null) {
        Block cleanupEnd = newBlock();
        Block cleanupBody = newBlock();
        nameop(handler.name, Ctx.STORE);
        addopJ(SETUP_CLEANUP, cleanupEnd);
        useNextBlock(cleanupBody);
        pushFblock(Unit.FBlock.Type.HANDLER_CLEANUP, cleanupBody, null, handler.name);
        visitStmts(handler.body);
        popFblock(Unit.FBlock.Type.HANDLER_CLEANUP, cleanupBody);
        unsetLoc();
        addop(POP_BLOCK);
        addop(POP_BLOCK);
        addop(POP_EXCEPT);
        loadConst(Constants.NONE);
        nameop(handler.name, Ctx.STORE);
        nameop(handler.name, Ctx.DEL);
        addopJ(JUMP, end);
        useNextBlock(cleanupEnd);
        unsetLoc();
        loadConst(Constants.NONE);
        nameop(handler.name, Ctx.STORE);
        nameop(handler.name, Ctx.DEL);
        addopI(RERAISE, 1);
      } else {
        Block cleanupBody = newBlock();
        addop(POP_TOP);
        useNextBlock(cleanupBody);
        pushFblock(Unit.FBlock.Type.HANDLER_CLEANUP, cleanupBody, null, null);
        visitStmts(handler.body);
        popFblock(Unit.FBlock.Type.HANDLER_CLEANUP, cleanupBody);
        unsetLoc();
        addop(POP_BLOCK);
        addop(POP_EXCEPT);
        addopJ(JUMP, end);
      }
      useNextBlock(except);
    }
    unsetLoc();
    popFblock(Unit.FBlock.Type.EXCEPTION_HANDLER, null);
    addopI(RERAISE, 0);
    useNextBlock(cleanup);
    popExceptAndReraise();
    useNextBlock(end);
  }

  private void withExceptFinish(Block cleanup) {
    unsetLoc();
    Block exit = newBlock();
    addopJ(POP_JUMP_IF_TRUE, exit);
    addopI(RERAISE, 2);
    useNextBlock(cleanup);
    popExceptAndReraise();
    useNextBlock(exit);
    addop(POP_TOP);
    addop(POP_BLOCK);
    addop(POP_EXCEPT);
    addop(POP_TOP);
    addop(POP_TOP);
  }

  @Override
  void with(Stmt.With s, int pos) {
    Stmt.WithItem item = s.items.get(pos);
    Block block = newBlock();
    Block fin = newBlock();
    Block exit = newBlock();
    Block cleanup = newBlock();
    visitExpr(item.context);
    addop(BEFORE_WITH);
    addopJ(SETUP_WITH, fin);
    useNextBlock(block);
    pushFblock(Unit.FBlock.Type.WITH, block, fin, s);
    if (item.optionalVars != null) {
      visitExpr(item.optionalVars);
    } else {
      addop(POP_TOP);
    }
    pos++;
    if (pos == s.items.size()) {
      visitStmts(s.body);
    } else {
      with(s, pos);
    }
    unsetLoc();
    addop(POP_BLOCK);
    popFblock(Unit.FBlock.Type.WITH, block);
    setLoc(s);
    callExitWithNones();
    addop(POP_TOP);
    addopJ(JUMP, exit);
    useNextBlock(fin);
    addopJ(SETUP_CLEANUP, cleanup);
    addop(PUSH_EXC_INFO);
    addop(WITH_EXCEPT_START);
    withExceptFinish(cleanup);
    useNextBlock(exit);
  }

  @Override
  void asyncWith(Stmt.With s) {
    asyncWithItem(s, 0);
  }

  private void asyncWithItem(Stmt.With s, int pos) {
    if (u.kind != Unit.Kind.ASYNC_FUNCTION) {
      throw error("'async with' outside async function");
    }
    Stmt.WithItem item = s.items.get(pos);
    Block block = newBlock();
    Block fin = newBlock();
    Block exit = newBlock();
    Block cleanup = newBlock();
    visitExpr(item.context);
    addop(BEFORE_ASYNC_WITH);
    addopI(GET_AWAITABLE, 1);
    loadConst(Constants.NONE);
    addYieldFrom(true);
    addopJ(SETUP_WITH, fin);
    useNextBlock(block);
    pushFblock(Unit.FBlock.Type.ASYNC_WITH, block, fin, s);
    if (item.optionalVars != null) {
      visitExpr(item.optionalVars);
    } else {
      addop(POP_TOP);
    }
    pos++;
    if (pos == s.items.size()) {
      visitStmts(s.body);
    } else {
      asyncWithItem(s, pos);
    }
    popFblock(Unit.FBlock.Type.ASYNC_WITH, block);
    addop(POP_BLOCK);
    setLoc(s);
    callExitWithNones();
    addopI(GET_AWAITABLE, 2);
    loadConst(Constants.NONE);
    addYieldFrom(true);
    addop(POP_TOP);
    addopJ(JUMP, exit);
    useNextBlock(fin);
    addopJ(SETUP_CLEANUP, cleanup);
    addop(PUSH_EXC_INFO);
    addop(WITH_EXCEPT_START);
    addopI(GET_AWAITABLE, 2);
    loadConst(Constants.NONE);
    addYieldFrom(true);
    withExceptFinish(cleanup);
    useNextBlock(exit);
  }
}
