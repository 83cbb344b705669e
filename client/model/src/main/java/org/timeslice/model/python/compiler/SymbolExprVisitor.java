package org.timeslice.model.python.compiler;

import org.timeslice.model.python.syntax.Expr;
import org.timeslice.model.python.syntax.PythonSyntaxError;

/**
 * The expression half of {@link SymbolVisitor}: names, lambdas, comprehensions (each a function scope with
 * the outermost iterable passed in as {@code .0}), {@code yield}, {@code await} and assignment expressions
 * ({@code symtable_handle_comprehension}, {@code symtable_handle_namedexpr} of {@code Python/symtable.c}).
 */
final class SymbolExprVisitor {
  private SymbolExprVisitor() {}

  static void visit(SymbolVisitor v, SymbolTable st, Expr e) {
    switch (e.kind) {
      case NAMED_EXPR -> namedExpr(v, st, (Expr.NamedExpr) e);
      case BOOL_OP -> v.visitExprs(((Expr.BoolOp) e).values);
      case BIN_OP -> {
        v.expr(((Expr.BinOp) e).left);
        v.expr(((Expr.BinOp) e).right);
      }
      case UNARY_OP -> v.expr(((Expr.Unary) e).operand);
      case LAMBDA -> {
        Expr.Lambda l = (Expr.Lambda) e;
        v.visitExprs(l.args.defaults);
        v.visitExprs(l.args.kwDefaults);
        st.enter("lambda", Scope.Type.FUNCTION, e);
        v.visitArguments(l.args);
        v.expr(l.body);
        st.exit();
      }
      case IF_EXP -> {
        Expr.IfExp i = (Expr.IfExp) e;
        v.expr(i.test);
        v.expr(i.body);
        v.expr(i.orelse);
      }
      case DICT -> {
        v.visitExprs(((Expr.Dict) e).keys);
        v.visitExprs(((Expr.Dict) e).values);
      }
      case SET -> v.visitExprs(((Expr.SetDisplay) e).elts);
      case GENERATOR_EXP, LIST_COMP, SET_COMP, DICT_COMP -> comprehension(v, st, (Expr.Comp) e);
      case YIELD, YIELD_FROM -> {
        Expr.Suspend y = (Expr.Suspend) e;
        if (y.value != null) {
          v.expr(y.value);
        }
        st.cur.generator = true;
        if (st.cur.comprehension) {
          throw new PythonSyntaxError(e.lineno, e.colOffset + 1, "'yield' inside " + comprehensionName(st));
        }
      }
      case AWAIT -> {
        v.expr(((Expr.Suspend) e).value);
        st.cur.coroutine = true;
      }
      case COMPARE -> {
        v.expr(((Expr.Compare) e).left);
        v.visitExprs(((Expr.Compare) e).comparators);
      }
      case CALL -> {
        Expr.Call c = (Expr.Call) e;
        v.expr(c.func);
        v.visitExprs(c.args);
        for (Expr.Keyword k : c.keywords) {
          v.expr(k.value);
        }
      }
      case FORMATTED_VALUE -> {
        Expr.FormattedValue f = (Expr.FormattedValue) e;
        v.expr(f.value);
        if (f.formatSpec != null) {
          v.expr(f.formatSpec);
        }
      }
      case JOINED_STR -> v.visitExprs(((Expr.JoinedStr) e).values);
      case ATTRIBUTE -> v.expr(((Expr.Attribute) e).value);
      case SUBSCRIPT -> {
        v.expr(((Expr.Subscript) e).value);
        v.expr(((Expr.Subscript) e).slice);
      }
      case STARRED -> v.expr(((Expr.Starred) e).value);
      case SLICE -> {
        Expr.Slice s = (Expr.Slice) e;
        for (Expr part : new Expr[] {s.lower, s.upper, s.step}) {
          if (part != null) {
            v.expr(part);
          }
        }
      }
      case NAME -> v.name((Expr.Name) e);
      case LIST, TUPLE -> v.visitExprs(((Expr.Sequence) e).elts);
      case CONSTANT -> { }
    }
  }

  private static String comprehensionName(SymbolTable st) {
    return switch (st.cur.name) {
      case "listcomp" -> "list comprehension";
      case "setcomp" -> "set comprehension";
      case "dictcomp" -> "dict comprehension";
      default -> "generator expression";
    };
  }

  private static void comprehension(SymbolVisitor v, SymbolTable st, Expr.Comp e) {
    String name = switch (e.kind) {
      case LIST_COMP -> "listcomp";
      case SET_COMP -> "setcomp";
      case DICT_COMP -> "dictcomp";
      default -> "genexpr";
    };
    boolean isGenerator = e.kind == Expr.Kind.GENERATOR_EXP;
    Expr.Comprehension outermost = e.generators.get(0);
    st.cur.compIterExpr++;
    v.expr(outermost.iter);
    st.cur.compIterExpr--;
    st.enter(name, Scope.Type.FUNCTION, e);
    st.cur.comprehension = true;
    if (outermost.isAsync) {
      st.cur.coroutine = true;
    }
    st.addDef(".0", Scope.DEF_PARAM, e);
    st.cur.compIterTarget = true;
    v.expr(outermost.target);
    st.cur.compIterTarget = false;
    v.visitExprs(outermost.ifs);
    for (int i = 1; i < e.generators.size(); i++) {
      Expr.Comprehension g = e.generators.get(i);
      st.cur.compIterTarget = true;
      v.expr(g.target);
      st.cur.compIterTarget = false;
      st.cur.compIterExpr++;
      v.expr(g.iter);
      st.cur.compIterExpr--;
      v.visitExprs(g.ifs);
      if (g.isAsync) {
        st.cur.coroutine = true;
      }
    }
    if (e.value != null) {
      v.expr(e.value);
    }
    v.expr(e.elt);
    st.cur.generator = isGenerator;
    boolean isAsync = st.cur.coroutine && !isGenerator;
    st.exit();
    if (isAsync) {
      st.cur.coroutine = true;
    }
  }

  private static void namedExpr(SymbolVisitor v, SymbolTable st, Expr.NamedExpr e) {
    if (st.cur.compIterExpr > 0) {
      throw new PythonSyntaxError(e.lineno, e.colOffset + 1,
          "assignment expression cannot be used in a comprehension iterable expression");
    }
    if (st.cur.comprehension) {
      extendNamedExprScope(st, (Expr.Name) e.target);
    }
    v.expr(e.value);
    v.expr(e.target);
  }

  /** {@code symtable_extend_namedexpr_scope}: a walrus in a comprehension binds in the enclosing function. */
  private static void extendNamedExprScope(SymbolTable st, Expr.Name target) {
    String name = target.id;
    for (int i = st.stack().size() - 1; i >= 0; i--) {
      Scope ste = st.stack().get(i);
      if (ste.comprehension) {
        if ((ste.flags(name) & Scope.DEF_COMP_ITER) != 0) {
          throw new PythonSyntaxError(target.lineno, target.colOffset + 1,
              "assignment expression cannot rebind comprehension iteration variable '" + name + "'");
        }
        continue;
      }
      if (ste.type == Scope.Type.FUNCTION) {
        st.addDef(name, (ste.flags(name) & Scope.DEF_GLOBAL) != 0 ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL,
            target);
        st.recordDirective(name, target);
        st.addDef(name, Scope.DEF_LOCAL, ste, target);
        return;
      }
      if (ste.type == Scope.Type.MODULE) {
        st.addDef(name, Scope.DEF_GLOBAL, target);
        st.recordDirective(name, target);
        st.addDef(name, Scope.DEF_GLOBAL, ste, target);
        return;
      }
      throw new PythonSyntaxError(target.lineno, target.colOffset + 1,
          "assignment expression within a comprehension cannot be used in a class body");
    }
  }
}
