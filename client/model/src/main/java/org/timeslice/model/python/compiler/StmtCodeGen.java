package org.timeslice.model.python.compiler;

import static org.timeslice.model.python.code.Opcode.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.python.code.CodeObject;
import org.timeslice.model.python.code.ConstTuple;
import org.timeslice.model.python.code.Constants;
import org.timeslice.model.python.syntax.Ctx;
import org.timeslice.model.python.syntax.Expr;
import org.timeslice.model.python.syntax.Stmt;

/**
 * Statements, ported from CPython 3.11's {@code compile.c} ({@code compiler_visit_stmt} and the functions it
 * calls): assignments, {@code if}/{@code while}/{@code for} with their jumps, {@code return}, {@code break}
 * and {@code continue} unwinding the frame blocks, imports, {@code assert}, and function and class
 * definitions. {@code try} and {@code with} are in {@link TryCodeGen}.
 */
abstract class StmtCodeGen extends CallCodeGen {
  StmtCodeGen(String filename, SymbolTable st) {
    super(filename, st);
  }

  abstract void tryStmt(Stmt.Try s);

  abstract void with(Stmt.With s, int pos);

  abstract void asyncWith(Stmt.With s);

  void visitStmts(List<Stmt> list) {
    for (Stmt s : list) {
      visitStmt(s);
    }
  }

  @Override
  void visitStmt(Stmt s) {
    setLoc(s);
    switch (s.kind) {
      case FUNCTION_DEF, ASYNC_FUNCTION_DEF -> function((Stmt.FunctionDef) s);
      case CLASS_DEF -> classDef((Stmt.ClassDef) s);
      case RETURN -> returnStmt((Stmt.Valued) s);
      case DELETE -> visitExprs(((Stmt.Delete) s).targets);
      case ASSIGN -> {
        Stmt.Assign a = (Stmt.Assign) s;
        visitExpr(a.value);
        for (int i = 0; i < a.targets.size(); i++) {
          if (i < a.targets.size() - 1) {
            addopI(COPY, 1);
          }
          visitExpr(a.targets.get(i));
        }
      }
      case AUG_ASSIGN -> augAssign((Stmt.AugAssign) s);
      case ANN_ASSIGN -> AnnotationCodeGen.annAssign(this, (Stmt.AnnAssign) s);
      case FOR -> forStmt((Stmt.For) s);
      case ASYNC_FOR -> asyncFor((Stmt.For) s);
      case WHILE -> whileStmt((Stmt.Conditional) s);
      case IF -> ifStmt((Stmt.Conditional) s);
      case RAISE -> {
        Stmt.Raise r = (Stmt.Raise) s;
        int n = 0;
        if (r.exc != null) {
          visitExpr(r.exc);
          n++;
          if (r.cause != null) {
            visitExpr(r.cause);
            n++;
          }
        }
        addopI(RAISE_VARARGS, n);
      }
      case TRY -> tryStmt((Stmt.Try) s);
      case ASSERT -> assertStmt((Stmt.Assert) s);
      case IMPORT -> importStmt((Stmt.Import) s);
      case IMPORT_FROM -> importFrom((Stmt.Import) s);
      case GLOBAL, NONLOCAL -> { }
      case EXPR -> {
        Expr value = ((Stmt.Valued) s).value;
        if (value.kind == Expr.Kind.CONSTANT) {
          addop(NOP);
        } else {
          visitExpr(value);
          unsetLoc();
          addop(POP_TOP);
        }
      }
      case PASS -> addop(NOP);
      case BREAK -> breakStmt();
      case CONTINUE -> continueStmt();
      case WITH -> with((Stmt.With) s, 0);
      case ASYNC_WITH -> asyncWith((Stmt.With) s);
    }
  }

  /** {@code compiler_body}: a module's or class's statements, the docstring stored as {@code __doc__}. */
  void body(List<Stmt> stmts) {
    int i = 0;
    if (u.kind == Unit.Kind.MODULE && !stmts.isEmpty()) {
      setLoc(stmts.get(0));
    }
    if (AnnotationCodeGen.findAnn(stmts)) {
      addop(SETUP_ANNOTATIONS);
    }
    if (stmts.isEmpty()) {
      return;
    }
    if (Docstrings.of(stmts) != null) {
      i = 1;
      visitExpr(((Stmt.Valued) stmts.get(0)).value);
      unsetLoc();
      nameop("__doc__", Ctx.STORE);
    }
    for (; i < stmts.size(); i++) {
      visitStmt(stmts.get(i));
    }
  }

  private void function(Stmt.FunctionDef s) {
    boolean isAsync = s.kind == Stmt.Kind.ASYNC_FUNCTION_DEF;
    checkDebugArgs(s.args);
    visitExprs(s.decorators);
    int firstlineno = s.decorators.isEmpty() ? s.lineno : s.decorators.get(0).lineno;
    int flags = defaultArguments(s.args);
    if (annotations(s.args, s.returns)) {
      flags |= 0x04;
    }
    enterScope(s.name, isAsync ? Unit.Kind.ASYNC_FUNCTION : Unit.Kind.FUNCTION, s, firstlineno);
    String docstring = Docstrings.of(s.body);
    addConst(docstring != null ? docstring : Constants.NONE);
    u.argcount = s.args.args.size();
    u.posonlyargcount = s.args.posonlyargs.size();
    u.kwonlyargcount = s.args.kwonlyargs.size();
    for (int i = docstring != null ? 1 : 0; i < s.body.size(); i++) {
      visitStmt(s.body.get(i));
    }
    CodeObject co = assemble(true);
    exitScope();
    makeClosure(co, flags);
    applyDecorators(s.decorators);
    nameop(s.name, Ctx.STORE);
  }

  private void applyDecorators(List<Expr> decos) {
    if (decos.isEmpty()) {
      return;
    }
    int[] saved = saveLoc();
    for (int i = decos.size() - 1; i >= 0; i--) {
      setLoc(decos.get(i));
      addopI(PRECALL, 0);
      addopI(CALL, 0);
    }
    restoreLoc(saved);
  }

  private void classDef(Stmt.ClassDef s) {
    visitExprs(s.decorators);
    int firstlineno = s.decorators.isEmpty() ? s.lineno : s.decorators.get(0).lineno;
    enterScope(s.name, Unit.Kind.CLASS, s, firstlineno);
    u.privateName = s.name;
    nameop("__name__", Ctx.LOAD);
    nameop("__module__", Ctx.STORE);
    loadConst(u.qualname);
    nameop("__qualname__", Ctx.STORE);
    body(s.body);
    unsetLoc();
    if (u.ste.needsClassClosure) {
      addopI(LOAD_CLOSURE, u.cellvars.get("__class__"));
      addopI(COPY, 1);
      nameop("__classcell__", Ctx.STORE);
    } else {
      loadConst(Constants.NONE);
    }
    addop(RETURN_VALUE);
    CodeObject co = assemble(true);
    exitScope();
    addop(PUSH_NULL);
    addop(LOAD_BUILD_CLASS);
    makeClosure(co, 0);
    loadConst(s.name);
    callHelper(2, s.bases, s.keywords);
    applyDecorators(s.decorators);
    nameop(s.name, Ctx.STORE);
  }

  private void returnStmt(Stmt.Valued s) {
    Expr value = s.value;
    boolean preserveTos = value != null && value.kind != Expr.Kind.CONSTANT;
    if (u.ste.type != Scope.Type.FUNCTION) {
      throw error("'return' outside function");
    }
    if (value != null && u.ste.coroutine && u.ste.generator) {
      throw error("'return' with value in async generator");
    }
    if (preserveTos) {
      visitExpr(value);
    } else if (value != null) {
      setLoc(value);
      addop(NOP);
    }
    if (value == null || value.lineno != s.lineno) {
      setLoc(s);
      addop(NOP);
    }
    unwindFblockStack(preserveTos, false);
    if (value == null) {
      loadConst(Constants.NONE);
    } else if (!preserveTos) {
      loadConst(((Expr.Constant) value).value);
    }
    addop(RETURN_VALUE);
  }

  private void breakStmt() {
    int[] loc = saveLoc();
    addop(NOP);
    Unit.FBlock loop = unwindFblockStack(false, true);
    if (loop == null) {
      restoreLoc(loc);
      throw error("'break' outside loop");
    }
    unwindFblock(loop, false);
    addopJ(JUMP, loop.exit);
  }

  private void continueStmt() {
    int[] loc = saveLoc();
    addop(NOP);
    Unit.FBlock loop = unwindFblockStack(false, true);
    if (loop == null) {
      restoreLoc(loc);
      throw error("'continue' not properly in loop");
    }
    addopJ(JUMP, loop.block);
  }

  private void augAssign(Stmt.AugAssign s) {
    Expr e = s.target;
    int[] saved = saveLoc();
    setLoc(e);
    switch (e.kind) {
      case ATTRIBUTE -> {
        Expr.Attribute a = (Expr.Attribute) e;
        visitExpr(a.value);
        addopI(COPY, 1);
        updateStartLocationToMatchAttr(a);
        addopName(LOAD_ATTR, u.names, a.attr);
      }
      case SUBSCRIPT -> {
        Expr.Subscript sub = (Expr.Subscript) e;
        visitExpr(sub.value);
        visitExpr(sub.slice);
        addopI(COPY, 2);
        addopI(COPY, 2);
        addop(BINARY_SUBSCR);
      }
      case NAME -> nameop(((Expr.Name) e).id, Ctx.LOAD);
      default -> throw error("invalid node type for augmented assignment");
    }
    restoreLoc(saved);
    visitExpr(s.value);
    addopI(BINARY_OP, binaryOparg(s.op, true));
    setLoc(e);
    switch (e.kind) {
      case ATTRIBUTE -> {
        updateStartLocationToMatchAttr((Expr.Attribute) e);
        addopI(SWAP, 2);
        addopName(STORE_ATTR, u.names, ((Expr.Attribute) e).attr);
      }
      case SUBSCRIPT -> {
        addopI(SWAP, 3);
        addopI(SWAP, 2);
        addop(STORE_SUBSCR);
      }
      default -> nameop(((Expr.Name) e).id, Ctx.STORE);
    }
  }

  private void ifStmt(Stmt.Conditional s) {
    Block end = newBlock();
    Block next = s.orelse.isEmpty() ? end : newBlock();
    jumpIf(s.test, next, false);
    visitStmts(s.body);
    if (!s.orelse.isEmpty()) {
      addopJNoline(JUMP, end);
      useNextBlock(next);
      visitStmts(s.orelse);
    }
    useNextBlock(end);
  }

  private void forStmt(Stmt.For s) {
    Block start = newBlock();
    Block body = newBlock();
    Block cleanup = newBlock();
    Block end = newBlock();
    pushFblock(Unit.FBlock.Type.FOR_LOOP, start, end, null);
    visitExpr(s.iter);
    addop(GET_ITER);
    useNextBlock(start);
    addopJ(FOR_ITER, cleanup);
    useNextBlock(body);
    visitExpr(s.target);
    visitStmts(s.body);
    unsetLoc();
    addopJ(JUMP, start);
    useNextBlock(cleanup);
    popFblock(Unit.FBlock.Type.FOR_LOOP, start);
    visitStmts(s.orelse);
    useNextBlock(end);
  }

  private void asyncFor(Stmt.For s) {
    if (u.kind != Unit.Kind.ASYNC_FUNCTION) {
      throw error("'async for' outside async function");
    }
    Block start = newBlock();
    Block except = newBlock();
    Block end = newBlock();
    visitExpr(s.iter);
    addop(GET_AITER);
    useNextBlock(start);
    pushFblock(Unit.FBlock.Type.FOR_LOOP, start, end, null);
    addopJ(SETUP_FINALLY, except);
    addop(GET_ANEXT);
    loadConst(Constants.NONE);
    addYieldFrom(true);
    addop(POP_BLOCK);
    visitExpr(s.target);
    visitStmts(s.body);
    unsetLoc();
    addopJ(JUMP, start);
    popFblock(Unit.FBlock.Type.FOR_LOOP, start);
    useNextBlock(except);
    setLoc(s.iter);
    addop(END_ASYNC_FOR);
    visitStmts(s.orelse);
    useNextBlock(end);
  }

  private void whileStmt(Stmt.Conditional s) {
    Block loop = newBlock();
    Block body = newBlock();
    Block anchor = newBlock();
    Block end = newBlock();
    useNextBlock(loop);
    pushFblock(Unit.FBlock.Type.WHILE_LOOP, loop, end, null);
    jumpIf(s.test, anchor, false);
    useNextBlock(body);
    visitStmts(s.body);
    setLoc(s);
    jumpIf(s.test, body, true);
    popFblock(Unit.FBlock.Type.WHILE_LOOP, loop);
    useNextBlock(anchor);
    visitStmts(s.orelse);
    useNextBlock(end);
  }

  private void assertStmt(Stmt.Assert s) {
    Block end = newBlock();
    jumpIf(s.test, end, true);
    addop(LOAD_ASSERTION_ERROR);
    if (s.msg != null) {
      visitExpr(s.msg);
      addopI(PRECALL, 0);
      addopI(CALL, 0);
    }
    setLoc(s.test);
    addopI(RAISE_VARARGS, 1);
    useNextBlock(end);
  }

  private void importStmt(Stmt.Import s) {
    for (Stmt.Alias alias : s.names) {
      loadConst(BigInteger.ZERO);
      loadConst(Constants.NONE);
      addopName(IMPORT_NAME, u.names, alias.name);
      if (alias.asname != null) {
        importAs(alias.name, alias.asname);
      } else {
        int dot = alias.name.indexOf('.');
        nameop(dot >= 0 ? alias.name.substring(0, dot) : alias.name, Ctx.STORE);
      }
    }
  }

  private void importAs(String name, String asname) {
    int dot = name.indexOf('.');
    if (dot >= 0) {
      while (true) {
        int pos = dot + 1;
        dot = name.indexOf('.', pos);
        String attr = name.substring(pos, dot >= 0 ? dot : name.length());
        addopI(IMPORT_FROM, addO(u.names, attr));
        if (dot < 0) {
          break;
        }
        addopI(SWAP, 2);
        addop(POP_TOP);
      }
      nameop(asname, Ctx.STORE);
      addop(POP_TOP);
      return;
    }
    nameop(asname, Ctx.STORE);
  }

  private void importFrom(Stmt.Import s) {
    loadConst(BigInteger.valueOf(s.level));
    List<Object> names = new ArrayList<>();
    for (Stmt.Alias a : s.names) {
      names.add(a.name);
    }
    loadConst(new ConstTuple(names));
    addopName(IMPORT_NAME, u.names, s.module != null ? s.module : "");
    for (int i = 0; i < s.names.size(); i++) {
      Stmt.Alias alias = s.names.get(i);
      if (i == 0 && alias.name.equals("*")) {
        addop(IMPORT_STAR);
        return;
      }
      addopName(IMPORT_FROM, u.names, alias.name);
      nameop(alias.asname != null ? alias.asname : alias.name, Ctx.STORE);
    }
    addop(POP_TOP);
  }
}
