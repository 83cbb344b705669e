package org.timeslice.model.python;

import java.util.List;
import org.timeslice.model.python.code.Constants;
import org.timeslice.model.python.syntax.Expr;
import org.timeslice.model.python.syntax.Node;
import org.timeslice.model.python.syntax.Stmt;

/**
 * Prints a syntax tree in the format {@code tools/python/ast_golden.py} prints CPython's {@code ast} in: class
 * and field names of the {@code ast} module, every span as {@code @line:col-endline:endcol}.
 */
final class AstDump {
  private final StringBuilder sb = new StringBuilder();

  static String module(List<Stmt> body) {
    AstDump d = new AstDump();
    d.sb.append("Module(body=");
    d.stmts(body);
    d.sb.append(", type_ignores=[])");
    return d.sb.toString();
  }

  private void open(String name, Node n) {
    sb.append(name);
    if (n != null) {
      sb.append('@').append(n.lineno).append(':').append(n.colOffset).append('-').append(n.endLineno)
          .append(':').append(n.endColOffset);
    }
    sb.append('(');
  }

  private void field(String name, boolean first) {
    sb.append(first ? "" : ", ").append(name).append('=');
  }

  private void stmts(List<Stmt> list) {
    sb.append('[');
    for (int i = 0; i < list.size(); i++) {
      sb.append(i == 0 ? "" : ", ");
      stmt(list.get(i));
    }
    sb.append(']');
  }

  private void exprs(List<Expr> list) {
    sb.append('[');
    for (int i = 0; i < list.size(); i++) {
      sb.append(i == 0 ? "" : ", ");
      expr(list.get(i));
    }
    sb.append(']');
  }

  private void str(String s) {
    sb.append(s == null ? "None" : Constants.stringRepr(s));
  }

  private void names(List<String> list) {
    sb.append('[');
    for (int i = 0; i < list.size(); i++) {
      sb.append(i == 0 ? "" : ", ");
      str(list.get(i));
    }
    sb.append(']');
  }

  private void stmt(Stmt s) {
    switch (s.kind) {
      case FUNCTION_DEF, ASYNC_FUNCTION_DEF -> {
        Stmt.FunctionDef f = (Stmt.FunctionDef) s;
        open(s.kind == Stmt.Kind.FUNCTION_DEF ? "FunctionDef" : "AsyncFunctionDef", s);
        field("name", true);
        str(f.name);
        field("args", false);
        arguments(f.args);
        field("body", false);
        stmts(f.body);
        field("decorator_list", false);
        exprs(f.decorators);
        field("returns", false);
        expr(f.returns);
      }
      case CLASS_DEF -> {
        Stmt.ClassDef c = (Stmt.ClassDef) s;
        open("ClassDef", s);
        field("name", true);
        str(c.name);
        field("bases", false);
        exprs(c.bases);
        field("keywords", false);
        keywords(c.keywords);
        field("body", false);
        stmts(c.body);
        field("decorator_list", false);
        exprs(c.decorators);
      }
      case RETURN, EXPR -> {
        open(s.kind == Stmt.Kind.RETURN ? "Return" : "Expr", s);
        field("value", true);
        expr(((Stmt.Valued) s).value);
      }
      case DELETE -> {
        open("Delete", s);
        field("targets", true);
        exprs(((Stmt.Delete) s).targets);
      }
      case ASSIGN -> {
        Stmt.Assign a = (Stmt.Assign) s;
        open("Assign", s);
        field("targets", true);
        exprs(a.targets);
        field("value", false);
        expr(a.value);
      }
      case AUG_ASSIGN -> {
        Stmt.AugAssign a = (Stmt.AugAssign) s;
        open("AugAssign", s);
        field("target", true);
        expr(a.target);
        field("op", false);
        sb.append(operator(a.op)).append("()");
        field("value", false);
        expr(a.value);
      }
      case ANN_ASSIGN -> {
        Stmt.AnnAssign a = (Stmt.AnnAssign) s;
        open("AnnAssign", s);
        field("target", true);
        expr(a.target);
        field("annotation", false);
        expr(a.annotation);
        field("value", false);
        expr(a.value);
        field("simple", false);
        sb.append(a.simple ? 1 : 0);
      }
      case FOR, ASYNC_FOR -> {
        Stmt.For f = (Stmt.For) s;
        open(s.kind == Stmt.Kind.FOR ? "For" : "AsyncFor", s);
        field("target", true);
        expr(f.target);
        field("iter", false);
        expr(f.iter);
        field("body", false);
        stmts(f.body);
        field("orelse", false);
        stmts(f.orelse);
      }
      case WHILE, IF -> {
        Stmt.Conditional c = (Stmt.Conditional) s;
        open(s.kind == Stmt.Kind.WHILE ? "While" : "If", s);
        field("test", true);
        expr(c.test);
        field("body", false);
        stmts(c.body);
        field("orelse", false);
        stmts(c.orelse);
      }
      case WITH, ASYNC_WITH -> {
        Stmt.With w = (Stmt.With) s;
        open(s.kind == Stmt.Kind.WITH ? "With" : "AsyncWith", s);
        field("items", true);
        sb.append('[');
        for (int i = 0; i < w.items.size(); i++) {
          sb.append(i == 0 ? "" : ", ");
          open("withitem", null);
          field("context_expr", true);
          expr(w.items.get(i).context);
          field("optional_vars", false);
          expr(w.items.get(i).optionalVars);
          sb.append(')');
        }
        sb.append(']');
        field("body", false);
        stmts(w.body);
      }
      case RAISE -> {
        Stmt.Raise r = (Stmt.Raise) s;
        open("Raise", s);
        field("exc", true);
        expr(r.exc);
        field("cause", false);
        expr(r.cause);
      }
      case TRY -> tryStmt((Stmt.Try) s);
      case ASSERT -> {
        Stmt.Assert a = (Stmt.Assert) s;
        open("Assert", s);
        field("test", true);
        expr(a.test);
        field("msg", false);
        expr(a.msg);
      }
      case IMPORT, IMPORT_FROM -> importStmt((Stmt.Import) s);
      case GLOBAL, NONLOCAL -> {
        open(s.kind == Stmt.Kind.GLOBAL ? "Global" : "Nonlocal", s);
        field("names", true);
        names(((Stmt.Declare) s).names);
      }
      case PASS -> open("Pass", s);
      case BREAK -> open("Break", s);
      case CONTINUE -> open("Continue", s);
    }
    sb.append(')');
  }

  private void tryStmt(Stmt.Try t) {
    open("Try", t);
    field("body", true);
    stmts(t.body);
    field("handlers", false);
    sb.append('[');
    for (int i = 0; i < t.handlers.size(); i++) {
      Stmt.Handler h = t.handlers.get(i);
      sb.append(i == 0 ? "" : ", ");
      open("ExceptHandler", h);
      field("type", true);
      expr(h.type);
      field("name", false);
      str(h.name);
      field("body", false);
      stmts(h.body);
      sb.append(')');
    }
    sb.append(']');
    field("orelse", false);
    stmts(t.orelse);
    field("finalbody", false);
    stmts(t.finalbody);
  }

  private void importStmt(Stmt.Import s) {
    open(s.kind == Stmt.Kind.IMPORT ? "Import" : "ImportFrom", s);
    boolean first = true;
    if (s.kind == Stmt.Kind.IMPORT_FROM) {
      field("module", true);
      str(s.module);
      first = false;
    }
    field("names", first);
    sb.append('[');
    for (int i = 0; i < s.names.size(); i++) {
      Stmt.Alias a = s.names.get(i);
      sb.append(i == 0 ? "" : ", ");
      open("alias", a);
      field("name", true);
      str(a.name);
      field("asname", false);
      str(a.asname);
      sb.append(')');
    }
    sb.append(']');
    if (s.kind == Stmt.Kind.IMPORT_FROM) {
      field("level", false);
      sb.append(s.level);
    }
  }

  private void arguments(Expr.Arguments a) {
    open("arguments", null);
    field("posonlyargs", true);
    args(a.posonlyargs);
    field("args", false);
    args(a.args);
    field("vararg", false);
    arg(a.vararg);
    field("kwonlyargs", false);
    args(a.kwonlyargs);
    field("kw_defaults", false);
    exprs(a.kwDefaults);
    field("kwarg", false);
    arg(a.kwarg);
    field("defaults", false);
    exprs(a.defaults);
    sb.append(')');
  }

  private void args(List<Expr.Arg> list) {
    sb.append('[');
    for (int i = 0; i < list.size(); i++) {
      sb.append(i == 0 ? "" : ", ");
      arg(list.get(i));
    }
    sb.append(']');
  }

  private void arg(Expr.Arg a) {
    if (a == null) {
      sb.append("None");
      return;
    }
    open("arg", a);
    field("arg", true);
    str(a.name);
    field("annotation", false);
    expr(a.annotation);
    sb.append(')');
  }

  private void keywords(List<Expr.Keyword> list) {
    sb.append('[');
    for (int i = 0; i < list.size(); i++) {
      Expr.Keyword k = list.get(i);
      sb.append(i == 0 ? "" : ", ");
      open("keyword", k);
      field("arg", true);
      str(k.arg);
      field("value", false);
      expr(k.value);
      sb.append(')');
    }
    sb.append(']');
  }

  private void ctx(org.timeslice.model.python.syntax.Ctx c, boolean first) {
    field("ctx", first);
    sb.append(switch (c) {
      case LOAD -> "Load()";
      case STORE -> "Store()";
      case DEL -> "Del()";
    });
  }

  static String operator(org.timeslice.model.python.syntax.Operator op) {
    return switch (op) {
      case ADD -> "Add";
      case SUB -> "Sub";
      case MULT -> "Mult";
      case MAT_MULT -> "MatMult";
      case DIV -> "Div";
      case MOD -> "Mod";
      case POW -> "Pow";
      case LSHIFT -> "LShift";
      case RSHIFT -> "RShift";
      case BIT_OR -> "BitOr";
      case BIT_XOR -> "BitXor";
      case BIT_AND -> "BitAnd";
      case FLOOR_DIV -> "FloorDiv";
    };
  }

  private void expr(Expr e) {
    if (e == null) {
      sb.append("None");
      return;
    }
    AstDumpExpr.dump(this, e);
  }

  // Hooks for AstDumpExpr.
  void openNode(String name, Node n) { open(name, n); }

  void fieldName(String name, boolean first) { field(name, first); }

  void append(String s) { sb.append(s); }

  void exprField(Expr e) { expr(e); }

  void exprList(List<Expr> list) { exprs(list); }

  void keywordList(List<Expr.Keyword> list) { keywords(list); }

  void ctxField(org.timeslice.model.python.syntax.Ctx c, boolean first) { ctx(c, first); }

  void argumentsField(Expr.Arguments a) { arguments(a); }
}
