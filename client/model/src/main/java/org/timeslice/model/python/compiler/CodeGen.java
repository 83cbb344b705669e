package org.timeslice.model.python.compiler;

import static org.timeslice.model.python.code.Opcode.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.timeslice.model.python.code.Constants;
import org.timeslice.model.python.code.Opcode;
import org.timeslice.model.python.syntax.Ctx;
import org.timeslice.model.python.syntax.Expr;
import org.timeslice.model.python.syntax.Node;
import org.timeslice.model.python.syntax.PythonSyntaxError;
import org.timeslice.model.python.syntax.Stmt;

/**
 * The code generator's machinery, ported from CPython 3.11's {@code Python/compile.c}: compilation units and
 * their scopes ({@code compiler_enter_scope}), basic blocks, emitting instructions with the current source
 * location ({@code ADDOP*}, {@code SET_LOC}, {@code UNSET_LOC}), the constant and name tables, name
 * resolution ({@code compiler_nameop}) and frame blocks ({@code compiler_push_fblock},
 * {@code compiler_unwind_fblock}). Subclasses add expressions and statements.
 */
abstract class CodeGen {
  final String filename;
  final SymbolTable st;
  Unit u;
  private final List<Unit> stack = new ArrayList<>();
  int nestlevel;
  /** Numbers the code objects of this compilation, for their printed addresses. */
  int codeSerial;

  CodeGen(String filename, SymbolTable st) {
    this.filename = filename;
    this.st = st;
  }

  abstract void visitExpr(Expr e);

  abstract void visitStmt(Stmt s);

  // ---- scopes ----

  void enterScope(String name, Unit.Kind kind, Object key, int lineno) {
    Unit nu = new Unit(st.lookup(key), name, kind);
    for (String v : nu.ste.varnames) {
      nu.varnames.put(v, nu.varnames.size());
    }
    dictByType(nu.ste.symbols, Scope.CELL, 0, 0, nu.cellvars);
    if (nu.ste.needsClassClosure) {
      nu.cellvars.put("__class__", 0);
    }
    dictByType(nu.ste.symbols, Scope.FREE, Scope.DEF_FREE_CLASS, nu.cellvars.size(), nu.freevars);
    nu.firstlineno = lineno;
    nu.lineno = lineno;
    nu.colOffset = 0;
    nu.endLineno = lineno;
    nu.endColOffset = 0;
    if (u != null) {
      stack.add(u);
      nu.privateName = u.privateName;
    }
    u = nu;
    nestlevel++;
    Block block = newBlock();
    u.curblock = block;
    if (kind == Unit.Kind.MODULE) {
      u.lineno = 0;
    } else {
      setQualname();
    }
    addopI(RESUME, 0);
    if (kind == Unit.Kind.MODULE) {
      u.lineno = -1;
    }
  }

  void exitScope() {
    nestlevel--;
    u = stack.isEmpty() ? null : stack.remove(stack.size() - 1);
  }

  /** {@code dictbytype}: the names of a scope (or with a flag), sorted, numbered from {@code offset}. */
  private static void dictByType(Map<String, Integer> symbols, int scope, int flag, int offset,
      Map<String, Integer> out) {
    List<String> keys = new ArrayList<>(symbols.keySet());
    Collections.sort(keys, CodeGen::compareCodePoints);
    int i = offset;
    for (String k : keys) {
      int vi = symbols.get(k);
      int sc = (vi >> Scope.SCOPE_OFFSET) & Scope.SCOPE_MASK;
      if (sc == scope || (vi & flag) != 0) {
        out.put(k, i++);
      }
    }
  }

  /** Python's string order: by code point. */
  static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private void setQualname() {
    String base = null;
    if (!stack.isEmpty()) {
      Unit parent = stack.get(stack.size() - 1);
      boolean forceGlobal = false;
      if (u.kind == Unit.Kind.FUNCTION || u.kind == Unit.Kind.ASYNC_FUNCTION || u.kind == Unit.Kind.CLASS) {
        String mangled = mangle(parent.privateName, u.name);
        if (parent.ste.scopeOf(mangled) == Scope.GLOBAL_EXPLICIT) {
          forceGlobal = true;
        }
      }
      if (!forceGlobal) {
        if (parent.kind == Unit.Kind.FUNCTION || parent.kind == Unit.Kind.ASYNC_FUNCTION
            || parent.kind == Unit.Kind.LAMBDA) {
          base = parent.qualname + ".<locals>";
        } else {
          base = parent.qualname;
        }
      }
    }
    u.qualname = base != null ? base + "." + u.name : u.name;
  }

  /** {@code _Py_Mangle}: {@code __x} inside class {@code C} becomes {@code _C__x}. */
  static String mangle(String privateName, String ident) {
    if (privateName == null || !ident.startsWith("__")) {
      return ident;
    }
    if (ident.endsWith("__") || ident.indexOf('.') >= 0) {
      return ident;
    }
    int i = 0;
    while (i < privateName.length() && privateName.charAt(i) == '_') {
      i++;
    }
    if (i == privateName.length()) {
      return ident;
    }
    return "_" + privateName.substring(i) + ident;
  }

  // ---- blocks ----

  Block newBlock() {
    return u.newBlock();
  }

  void useNextBlock(Block block) {
    u.curblock.next = block;
    u.curblock = block;
    u.needNewImplicitBlock = false;
  }

  private void useNewImplicitBlockIfNeeded() {
    if (u.needNewImplicitBlock) {
      useNextBlock(newBlock());
    }
  }

  private static boolean isEndOfBasicBlock(int opcode) {
    return Opcode.isJump(opcode) || opcode == RETURN_VALUE || opcode == RAISE_VARARGS || opcode == RERAISE;
  }

  private void add(int opcode, int oparg, Block target, int line, int endLine, int col, int endCol) {
    useNewImplicitBlockIfNeeded();
    Block b = u.curblock;
    Instr i = new Instr(opcode, oparg, target, line, endLine, col, endCol);
    b.instrs.add(i);
    if (opcode == RETURN_VALUE) {
      b.returns = true;
    }
    if (isEndOfBasicBlock(opcode)) {
      u.needNewImplicitBlock = true;
    }
  }

  void addop(int opcode) {
    add(opcode, 0, null, u.lineno, u.endLineno, u.colOffset, u.endColOffset);
  }

  void addopNoline(int opcode) {
    add(opcode, 0, null, -1, 0, 0, 0);
  }

  void addopI(int opcode, int oparg) {
    add(opcode, oparg, null, u.lineno, u.endLineno, u.colOffset, u.endColOffset);
  }

  void addopINoline(int opcode, int oparg) {
    add(opcode, oparg, null, -1, 0, 0, 0);
  }

  void addopJ(int opcode, Block target) {
    add(opcode, 0, target, u.lineno, u.endLineno, u.colOffset, u.endColOffset);
  }

  void addopJNoline(int opcode, Block target) {
    add(opcode, 0, target, -1, 0, 0, 0);
  }

  // ---- tables ----

  static <K> int addO(Map<K, Integer> dict, K key) {
    Integer v = dict.get(key);
    if (v == null) {
      v = dict.size();
      dict.put(key, v);
    }
    return v;
  }

  int addConst(Object o) {
    return addO(u.consts, o);
  }

  void loadConst(Object o) {
    addopI(LOAD_CONST, addConst(o));
  }

  void addopName(int opcode, Map<String, Integer> dict, String name) {
    addopI(opcode, addO(dict, mangle(u.privateName, name)));
  }

  // ---- locations ----

  void setLoc(Node n) {
    u.lineno = n.lineno;
    u.colOffset = n.colOffset;
    u.endLineno = n.endLineno;
    u.endColOffset = n.endColOffset;
  }

  void unsetLoc() {
    u.lineno = -1;
    u.colOffset = -1;
    u.endLineno = -1;
    u.endColOffset = -1;
  }

  int[] saveLoc() {
    return new int[] {u.lineno, u.endLineno, u.colOffset, u.endColOffset};
  }

  void restoreLoc(int[] loc) {
    u.lineno = loc[0];
    u.endLineno = loc[1];
    u.colOffset = loc[2];
    u.endColOffset = loc[3];
  }

  PythonSyntaxError error(String message) {
    return new PythonSyntaxError(Math.max(u.lineno, 1), u.colOffset + 1, message);
  }

  // ---- names ----

  /** {@code compiler_nameop}: load, store or delete a name as its scope requires. */
  void nameop(String name, Ctx ctx) {
    if (name.equals("__debug__") && ctx != Ctx.LOAD) {
      throw error(ctx == Ctx.STORE ? "cannot assign to __debug__" : "cannot delete __debug__");
    }
    String mangled = mangle(u.privateName, name);
    Map<String, Integer> dict = u.names;
    int scope = u.ste.scopeOf(mangled);
    enum OpType { FAST, GLOBAL, DEREF, NAME }
    OpType optype = OpType.NAME;
    switch (scope) {
      case Scope.FREE -> {
        dict = u.freevars;
        optype = OpType.DEREF;
      }
      case Scope.CELL -> {
        dict = u.cellvars;
        optype = OpType.DEREF;
      }
      case Scope.LOCAL -> {
        if (u.ste.type == Scope.Type.FUNCTION) {
          optype = OpType.FAST;
        }
      }
      case Scope.GLOBAL_IMPLICIT -> {
        if (u.ste.type == Scope.Type.FUNCTION) {
          optype = OpType.GLOBAL;
        }
      }
      case Scope.GLOBAL_EXPLICIT -> optype = OpType.GLOBAL;
      default -> { }
    }
    int op = switch (optype) {
      case DEREF -> ctx == Ctx.LOAD ? (u.ste.type == Scope.Type.CLASS ? LOAD_CLASSDEREF : LOAD_DEREF)
          : ctx == Ctx.STORE ? STORE_DEREF : DELETE_DEREF;
      case FAST -> ctx == Ctx.LOAD ? LOAD_FAST : ctx == Ctx.STORE ? STORE_FAST : DELETE_FAST;
      case GLOBAL -> ctx == Ctx.LOAD ? LOAD_GLOBAL : ctx == Ctx.STORE ? STORE_GLOBAL : DELETE_GLOBAL;
      case NAME -> ctx == Ctx.LOAD ? LOAD_NAME : ctx == Ctx.STORE ? STORE_NAME : DELETE_NAME;
    };
    if (optype == OpType.FAST) {
      addopI(op, addO(u.varnames, mangled));
      return;
    }
    int arg = addO(dict, mangled);
    if (op == LOAD_GLOBAL) {
      arg <<= 1;
    }
    addopI(op, arg);
  }

  // ---- frame blocks ----

  void pushFblock(Unit.FBlock.Type type, Block b, Block exit, Object datum) {
    if (u.fblocks.size() >= Unit.CO_MAXBLOCKS) {
      throw error("too many statically nested blocks");
    }
    u.fblocks.add(new Unit.FBlock(type, b, exit, datum));
  }

  void popFblock(Unit.FBlock.Type type, Block b) {
    Unit.FBlock f = u.fblocks.remove(u.fblocks.size() - 1);
    if (f.type != type || f.block != b) {
      throw new IllegalStateException("frame block mismatch");
    }
  }

  void callExitWithNones() {
    loadConst(Constants.NONE);
    loadConst(Constants.NONE);
    loadConst(Constants.NONE);
    addopI(PRECALL, 2);
    addopI(CALL, 2);
  }

  /** {@code compiler_add_yield_from}: SEND / YIELD_VALUE / RESUME loop. */
  void addYieldFrom(boolean await) {
    Block start = newBlock();
    Block resume = newBlock();
    Block exit = newBlock();
    useNextBlock(start);
    addopJ(SEND, exit);
    useNextBlock(resume);
    addop(YIELD_VALUE);
    addopI(RESUME, await ? 3 : 2);
    addopJ(JUMP_NO_INTERRUPT, start);
    useNextBlock(exit);
  }

  void popExceptAndReraise() {
    addopI(COPY, 3);
    addop(POP_EXCEPT);
    addopI(RERAISE, 1);
  }

  /** {@code compiler_unwind_fblock}: the code that leaves one frame block early. */
  void unwindFblock(Unit.FBlock info, boolean preserveTos) {
    switch (info.type) {
      case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR -> { }
      case FOR_LOOP -> {
        if (preserveTos) {
          addopI(SWAP, 2);
        }
        addop(POP_TOP);
      }
      case TRY_EXCEPT -> addop(POP_BLOCK);
      case FINALLY_TRY -> {
        addop(POP_BLOCK);
        if (preserveTos) {
          pushFblock(Unit.FBlock.Type.POP_VALUE, null, null, null);
        }
        @SuppressWarnings("unchecked")
        List<Stmt> body = (List<Stmt>) info.datum;
        for (Stmt s : body) {
          visitStmt(s);
        }
        if (preserveTos) {
          popFblock(Unit.FBlock.Type.POP_VALUE, null);
        }
        unsetLoc();
      }
      case FINALLY_END -> {
        if (preserveTos) {
          addopI(SWAP, 2);
        }
        addop(POP_TOP);
        if (preserveTos) {
          addopI(SWAP, 2);
        }
        addop(POP_BLOCK);
        addop(POP_EXCEPT);
      }
      case WITH, ASYNC_WITH -> {
        setLoc((Stmt) info.datum);
        addop(POP_BLOCK);
        if (preserveTos) {
          addopI(SWAP, 2);
        }
        callExitWithNones();
        if (info.type == Unit.FBlock.Type.ASYNC_WITH) {
          addopI(GET_AWAITABLE, 2);
          loadConst(Constants.NONE);
          addYieldFrom(true);
        }
        addop(POP_TOP);
        unsetLoc();
      }
      case HANDLER_CLEANUP -> {
        if (info.datum != null) {
          addop(POP_BLOCK);
        }
        if (preserveTos) {
          addopI(SWAP, 2);
        }
        addop(POP_BLOCK);
        addop(POP_EXCEPT);
        if (info.datum != null) {
          loadConst(Constants.NONE);
          nameop((String) info.datum, Ctx.STORE);
          nameop((String) info.datum, Ctx.DEL);
        }
      }
      case POP_VALUE -> {
        if (preserveTos) {
          addopI(SWAP, 2);
        }
        addop(POP_TOP);
      }
    }
  }

  /**
   * {@code compiler_unwind_fblock_stack}: unwinds every frame block (or, with {@code stopAtLoop}, up to the
   * innermost loop, which it returns; null if there is none).
   */
  Unit.FBlock unwindFblockStack(boolean preserveTos, boolean stopAtLoop) {
    if (u.fblocks.isEmpty()) {
      return null;
    }
    Unit.FBlock top = u.fblocks.get(u.fblocks.size() - 1);
    if (top.type == Unit.FBlock.Type.EXCEPTION_GROUP_HANDLER) {
      throw error("'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (stopAtLoop && (top.type == Unit.FBlock.Type.WHILE_LOOP || top.type == Unit.FBlock.Type.FOR_LOOP)) {
      return top;
    }
    u.fblocks.remove(u.fblocks.size() - 1);
    unwindFblock(top, preserveTos);
    Unit.FBlock loop = unwindFblockStack(preserveTos, stopAtLoop);
    u.fblocks.add(top);
    return loop;
  }
}
