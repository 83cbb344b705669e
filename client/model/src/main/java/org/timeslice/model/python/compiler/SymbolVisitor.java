package org.timeslice.model.python.compiler;

import java.util.List;
import org.timeslice.model.python.syntax.Ctx;
import org.timeslice.model.python.syntax.Expr;
import org.timeslice.model.python.syntax.PythonSyntaxError;
import org.timeslice.model.python.syntax.Stmt;

/**
 * Walks the tree recording which names each block binds, uses and declares ({@code symtable_visit_stmt},
 * {@code symtable_visit_expr} and their helpers in CPython 3.11's {@code Python/symtable.c}), in the same
 * order, since the order of first appearance is the order of {@code co_varnames} parameters.
 */
final class SymbolVisitor {
  private final SymbolTable st;

  SymbolVisitor(SymbolTable st) {
    this.st = st;
  }

  void module(List<Stmt> body) {
    stmts(body);
  }

  private void stmts(List<Stmt> list) {
    for (Stmt s : list) {
      stmt(s);
    }
  }

  private void exprs(List<Expr> list) {
    for (Expr e : list) {
      if (e != null) {
        expr(e);
      }
    }
  }

  private void stmt(Stmt s) {
    switch (s.kind) {
      case FUNCTION_DEF, ASYNC_FUNCTION_DEF -> function((Stmt.FunctionDef) s);
      case CLASS_DEF -> {
        Stmt.ClassDef c = (Stmt.ClassDef) s;
        st.addDef(c.name, Scope.DEF_LOCAL, s);
        exprs(c.bases);
        for (Expr.Keyword k : c.keywords) {
          expr(k.value);
        }
        exprs(c.decorators);
        st.enter(c.name, Scope.Type.CLASS, s);
        String saved = st.privateName;
        st.privateName = c.name;
        stmts(c.body);
        st.privateName = saved;
        st.exit();
      }
      case RETURN, EXPR -> {
        Expr v = ((Stmt.Valued) s).value;
        if (v != null) {
          expr(v);
        }
      }
      case DELETE -> exprs(((Stmt.Delete) s).targets);
      case ASSIGN -> {
        exprs(((Stmt.Assign) s).targets);
        expr(((Stmt.Assign) s).value);
      }
      case ANN_ASSIGN -> annAssign((Stmt.AnnAssign) s);
      case AUG_ASSIGN -> {
        expr(((Stmt.AugAssign) s).target);
        expr(((Stmt.AugAssign) s).value);
      }
      case FOR, ASYNC_FOR -> {
        Stmt.For f = (Stmt.For) s;
        expr(f.target);
        expr(f.iter);
        stmts(f.body);
        stmts(f.orelse);
      }
      case WHILE, IF -> {
        Stmt.Conditional c = (Stmt.Conditional) s;
        expr(c.test);
        stmts(c.body);
        stmts(c.orelse);
      }
      case RAISE -> {
        Stmt.Raise r = (Stmt.Raise) s;
        if (r.exc != null) {
          expr(r.exc);
          if (r.cause != null) {
            expr(r.cause);
          }
        }
      }
      case TRY -> {
        Stmt.Try t = (Stmt.Try) s;
        stmts(t.body);
        stmts(t.orelse);
        for (Stmt.Handler h : t.handlers) {
          if (h.type != null) {
            expr(h.type);
          }
          if (h.name != null) {
            st.addDef(h.name, Scope.DEF_LOCAL, h);
          }
          stmts(h.body);
        }
        stmts(t.finalbody);
      }
      case ASSERT -> {
        Stmt.Assert a = (Stmt.Assert) s;
        expr(a.test);
        if (a.msg != null) {
          expr(a.msg);
        }
      }
      case IMPORT, IMPORT_FROM -> {
        for (Stmt.Alias a : ((Stmt.Import) s).names) {
          alias(a);
        }
      }
      case GLOBAL, NONLOCAL -> declare((Stmt.Declare) s);
      case WITH, ASYNC_WITH -> {
        Stmt.With w = (Stmt.With) s;
        for (Stmt.WithItem item : w.items) {
          expr(item.context);
          if (item.optionalVars != null) {
            expr(item.optionalVars);
          }
        }
        stmts(w.body);
      }
      default -> { }
    }
  }

  private void function(Stmt.FunctionDef f) {
    st.addDef(f.name, Scope.DEF_LOCAL, f);
    exprs(f.args.defaults);
    exprs(f.args.kwDefaults);
    annotations(f.args, f.returns);
    exprs(f.decorators);
    st.enter(f.name, Scope.Type.FUNCTION, f);
    if (f.kind == Stmt.Kind.ASYNC_FUNCTION_DEF) {
      st.cur.coroutine = true;
    }
    arguments(f.args);
    stmts(f.body);
    st.exit();
  }

  private void annotations(Expr.Arguments a, Expr returns) {
    for (List<Expr.Arg> group : List.of(a.posonlyargs, a.args, a.kwonlyargs)) {
      for (Expr.Arg arg : group) {
        if (arg.annotation != null) {
          expr(arg.annotation);
        }
      }
    }
    if (a.vararg != null && a.vararg.annotation != null) {
      expr(a.vararg.annotation);
    }
    if (a.kwarg != null && a.kwarg.annotation != null) {
      expr(a.kwarg.annotation);
    }
    if (returns != null) {
      expr(returns);
    }
  }

  private void arguments(Expr.Arguments a) {
    for (List<Expr.Arg> group : List.of(a.posonlyargs, a.args, a.kwonlyargs)) {
      for (Expr.Arg arg : group) {
        st.addDef(arg.name, Scope.DEF_PARAM, arg);
      }
    }
    if (a.vararg != null) {
      st.addDef(a.vararg.name, Scope.DEF_PARAM, a.vararg);
      st.cur.varargs = true;
    }
    if (a.kwarg != null) {
      st.addDef(a.kwarg.name, Scope.DEF_PARAM, a.kwarg);
      st.cur.varkeywords = true;
    }
  }

  private void annAssign(Stmt.AnnAssign a) {
    if (a.target.kind == Expr.Kind.NAME) {
      Expr.Name n = (Expr.Name) a.target;
      int cur = st.cur.flags(n.id);
      if ((cur & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && st.cur.symbols.containsKey(n.id)
          && a.simple) {
        throw new PythonSyntaxError(a.lineno, a.colOffset + 1, "annotated name '" + n.id
            + "' can't be " + ((cur & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal"));
      }
      if (a.simple) {
        st.addDef(n.id, Scope.DEF_ANNOT | Scope.DEF_LOCAL, n);
      } else if (a.value != null) {
        st.addDef(n.id, Scope.DEF_LOCAL, n);
      }
    } else {
      expr(a.target);
    }
    expr(a.annotation);
    if (a.value != null) {
      expr(a.value);
    }
  }

  private void alias(Stmt.Alias a) {
    String store = a.asname != null ? a.asname : a.name;
    int dot = store.indexOf('.');
    if (dot >= 0) {
      store = store.substring(0, dot);
    }
    if (store.equals("*")) {
      if (st.cur.type != Scope.Type.MODULE) {
        throw new PythonSyntaxError(a.lineno, a.colOffset + 1, "import * only allowed at module level");
      }
      return;
    }
    st.addDef(store, Scope.DEF_IMPORT, a);
  }

  private void declare(Stmt.Declare d) {
    boolean global = d.kind == Stmt.Kind.GLOBAL;
    for (String name : d.names) {
      int cur = st.cur.flags(name);
      if ((cur & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT)) != 0) {
        String kw = global ? "global" : "nonlocal";
        String msg = (cur & Scope.DEF_PARAM) != 0 ? "name '" + name + "' is parameter and " + kw
            : (cur & Scope.USE) != 0 ? "name '" + name + "' is used prior to " + kw + " declaration"
            : (cur & Scope.DEF_ANNOT) != 0 ? "annotated name '" + name + "' can't be " + kw
            : "name '" + name + "' is assigned to before " + kw + " declaration";
        throw new PythonSyntaxError(d.lineno, d.colOffset + 1, msg);
      }
      st.addDef(name, global ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL, d);
      st.recordDirective(name, d);
    }
  }

  void expr(Expr e) {
    SymbolExprVisitor.visit(this, st, e);
  }

  void visitExprs(List<Expr> list) {
    exprs(list);
  }

  void visitArguments(Expr.Arguments a) {
    arguments(a);
  }

  /** {@code symtable_visit_expr} for a name: a use or a binding. */
  void name(Expr.Name n) {
    st.addDef(n.id, n.ctx == Ctx.LOAD ? Scope.USE : Scope.DEF_LOCAL, n);
    if (n.ctx == Ctx.LOAD && st.cur.type == Scope.Type.FUNCTION && n.id.equals("super")) {
      st.addDef("__class__", Scope.USE, n);
    }
  }
}
