package org.timeslice.model.python.compiler;

import java.util.ArrayList;
import java.util.List;
import org.timeslice.model.python.code.ConstTuple;
import org.timeslice.model.python.syntax.CmpOp;
import org.timeslice.model.python.syntax.Ctx;
import org.timeslice.model.python.syntax.Expr;
import org.timeslice.model.python.syntax.Operator;
import org.timeslice.model.python.syntax.PythonSyntaxError;
import org.timeslice.model.python.syntax.Stmt;
import org.timeslice.model.python.syntax.UnaryOp;

/**
 * The AST optimiser of CPython 3.11 ({@code Python/ast_opt.c}, {@code _PyAST_Optimize}): folds operators on
 * constants (keeping the node's span), tuples of constants, subscripts of constants, {@code not} over
 * {@code is}/{@code in}, {@code __debug__}, literal lists after {@code in} and in {@code for} into tuples,
 * and {@code "..." % (...)} with {@code %s %r %a} into an f-string. It visits children before parents, in
 * the order of {@code astfold_*}.
 */
final class AstOptimizer {
  private AstOptimizer() {}

  static void module(List<Stmt> body) {
    body(body);
  }

  private static void body(List<Stmt> stmts) {
    boolean docstring = Docstrings.of(stmts) != null;
    for (Stmt s : stmts) {
      stmt(s);
    }
    if (!docstring && Docstrings.of(stmts) != null) {
      Stmt.Valued st = (Stmt.Valued) stmts.get(0);
      List<Expr> values = new ArrayList<>();
      values.add(st.value);
      st.value = new Expr.JoinedStr(values).at(st);
    }
  }

  private static void stmts(List<Stmt> list) {
    for (Stmt s : list) {
      stmt(s);
    }
  }

  private static void exprs(List<Expr> list) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) != null) {
        list.set(i, expr(list.get(i)));
      }
    }
  }

  private static Expr opt(Expr e) {
    return e == null ? null : expr(e);
  }

  private static void arguments(Expr.Arguments a) {
    exprs(a.kwDefaults);
    exprs(a.defaults);
  }

  private static void stmt(Stmt s) {
    switch (s.kind) {
      case FUNCTION_DEF, ASYNC_FUNCTION_DEF -> {
        Stmt.FunctionDef f = (Stmt.FunctionDef) s;
        arguments(f.args);
        body(f.body);
        exprs(f.decorators);
        f.returns = opt(f.returns);
      }
      case CLASS_DEF -> {
        Stmt.ClassDef c = (Stmt.ClassDef) s;
        exprs(c.bases);
        for (Expr.Keyword k : c.keywords) {
          k.value = expr(k.value);
        }
        body(c.body);
        exprs(c.decorators);
      }
      case RETURN, EXPR -> ((Stmt.Valued) s).value = opt(((Stmt.Valued) s).value);
      case DELETE -> exprs(((Stmt.Delete) s).targets);
      case ASSIGN -> {
        Stmt.Assign a = (Stmt.Assign) s;
        exprs(a.targets);
        a.value = expr(a.value);
      }
      case AUG_ASSIGN -> {
        Stmt.AugAssign a = (Stmt.AugAssign) s;
        a.target = expr(a.target);
        a.value = expr(a.value);
      }
      case ANN_ASSIGN -> {
        Stmt.AnnAssign a = (Stmt.AnnAssign) s;
        a.target = expr(a.target);
        a.annotation = expr(a.annotation);
        a.value = opt(a.value);
      }
      case FOR, ASYNC_FOR -> {
        Stmt.For f = (Stmt.For) s;
        f.target = expr(f.target);
        f.iter = expr(f.iter);
        stmts(f.body);
        stmts(f.orelse);
        if (s.kind == Stmt.Kind.FOR) {
          f.iter = foldIter(f.iter);
        }
      }
      case WHILE, IF -> {
        Stmt.Conditional c = (Stmt.Conditional) s;
        c.test = expr(c.test);
        stmts(c.body);
        stmts(c.orelse);
      }
      case WITH, ASYNC_WITH -> {
        Stmt.With w = (Stmt.With) s;
        for (Stmt.WithItem item : w.items) {
          item.context = expr(item.context);
          item.optionalVars = opt(item.optionalVars);
        }
        stmts(w.body);
      }
      case RAISE -> {
        Stmt.Raise r = (Stmt.Raise) s;
        r.exc = opt(r.exc);
        r.cause = opt(r.cause);
      }
      case TRY -> {
        Stmt.Try t = (Stmt.Try) s;
        stmts(t.body);
        for (Stmt.Handler h : t.handlers) {
          h.type = opt(h.type);
          stmts(h.body);
        }
        stmts(t.orelse);
        stmts(t.finalbody);
      }
      case ASSERT -> {
        Stmt.Assert a = (Stmt.Assert) s;
        a.test = expr(a.test);
        a.msg = opt(a.msg);
      }
      default -> { }
    }
  }

  static Expr expr(Expr e) {
    switch (e.kind) {
      case BOOL_OP -> exprs(((Expr.BoolOp) e).values);
      case BIN_OP -> {
        Expr.BinOp b = (Expr.BinOp) e;
        b.left = expr(b.left);
        b.right = expr(b.right);
        return foldBinOp(b);
      }
      case UNARY_OP -> {
        Expr.Unary u = (Expr.Unary) e;
        u.operand = expr(u.operand);
        return foldUnary(u);
      }
      case LAMBDA -> {
        Expr.Lambda l = (Expr.Lambda) e;
        arguments(l.args);
        l.body = expr(l.body);
      }
      case IF_EXP -> {
        Expr.IfExp i = (Expr.IfExp) e;
        i.test = expr(i.test);
        i.body = expr(i.body);
        i.orelse = expr(i.orelse);
      }
      case DICT -> {
        exprs(((Expr.Dict) e).keys);
        exprs(((Expr.Dict) e).values);
      }
      case SET -> exprs(((Expr.SetDisplay) e).elts);
      case LIST_COMP, SET_COMP, DICT_COMP, GENERATOR_EXP -> {
        Expr.Comp c = (Expr.Comp) e;
        c.elt = expr(c.elt);
        c.value = opt(c.value);
        for (Expr.Comprehension g : c.generators) {
          g.target = expr(g.target);
          g.iter = expr(g.iter);
          exprs(g.ifs);
          g.iter = foldIter(g.iter);
        }
      }
      case AWAIT, YIELD, YIELD_FROM -> ((Expr.Suspend) e).value = opt(((Expr.Suspend) e).value);
      case COMPARE -> {
        Expr.Compare c = (Expr.Compare) e;
        c.left = expr(c.left);
        exprs(c.comparators);
        int last = c.ops.size() - 1;
        if (c.ops.get(last) == CmpOp.IN || c.ops.get(last) == CmpOp.NOT_IN) {
          c.comparators.set(last, foldIter(c.comparators.get(last)));
        }
      }
      case CALL -> {
        Expr.Call c = (Expr.Call) e;
        c.func = expr(c.func);
        exprs(c.args);
        for (Expr.Keyword k : c.keywords) {
          k.value = expr(k.value);
        }
      }
      case FORMATTED_VALUE -> {
        Expr.FormattedValue f = (Expr.FormattedValue) e;
        f.value = expr(f.value);
        f.formatSpec = opt(f.formatSpec);
      }
      case JOINED_STR -> exprs(((Expr.JoinedStr) e).values);
      case ATTRIBUTE -> ((Expr.Attribute) e).value = expr(((Expr.Attribute) e).value);
      case SUBSCRIPT -> {
        Expr.Subscript s = (Expr.Subscript) e;
        s.value = expr(s.value);
        s.slice = expr(s.slice);
        if (s.ctx == Ctx.LOAD && s.value.kind == Expr.Kind.CONSTANT && s.slice.kind == Expr.Kind.CONSTANT) {
          Object v = Subscripts.get(((Expr.Constant) s.value).value, ((Expr.Constant) s.slice).value);
          return v == null ? e : constant(v, e);
        }
      }
      case STARRED -> ((Expr.Starred) e).value = expr(((Expr.Starred) e).value);
      case SLICE -> {
        Expr.Slice s = (Expr.Slice) e;
        s.lower = opt(s.lower);
        s.upper = opt(s.upper);
        s.step = opt(s.step);
      }
      case LIST -> exprs(((Expr.Sequence) e).elts);
      case TUPLE -> {
        Expr.Sequence t = (Expr.Sequence) e;
        exprs(t.elts);
        if (t.ctx == Ctx.LOAD) {
          ConstTuple c = constTuple(t.elts);
          return c == null ? e : constant(c, e);
        }
      }
      case NAME -> {
        Expr.Name n = (Expr.Name) e;
        if (n.ctx == Ctx.LOAD && n.id.equals("__debug__")) {
          return constant(Boolean.TRUE, e);
        }
      }
      case NAMED_EXPR -> ((Expr.NamedExpr) e).value = expr(((Expr.NamedExpr) e).value);
      default -> { }
    }
    return e;
  }

  static Expr constant(Object value, Expr at) {
    return new Expr.Constant(value).at(at);
  }

  static ConstTuple constTuple(List<Expr> elts) {
    List<Object> items = new ArrayList<>();
    for (Expr x : elts) {
      if (x.kind != Expr.Kind.CONSTANT) {
        return null;
      }
      items.add(((Expr.Constant) x).value);
    }
    return new ConstTuple(items);
  }

  private static Expr foldUnary(Expr.Unary u) {
    if (u.operand.kind != Expr.Kind.CONSTANT) {
      if (u.op == UnaryOp.NOT && u.operand.kind == Expr.Kind.COMPARE
          && ((Expr.Compare) u.operand).ops.size() == 1) {
        Expr.Compare c = (Expr.Compare) u.operand;
        CmpOp inverted = switch (c.ops.get(0)) {
          case IS -> CmpOp.IS_NOT;
          case IS_NOT -> CmpOp.IS;
          case IN -> CmpOp.NOT_IN;
          case NOT_IN -> CmpOp.IN;
          default -> null;
        };
        if (inverted != null) {
          c.ops.set(0, inverted);
          return c; // COPY_NODE: the comparison keeps its own span
        }
      }
      return u;
    }
    Object v = ConstFolder.unary(u.op, ((Expr.Constant) u.operand).value);
    return v == null ? u : constant(v, u);
  }

  private static Expr foldBinOp(Expr.BinOp b) {
    if (b.left.kind != Expr.Kind.CONSTANT) {
      return b;
    }
    Object lv = ((Expr.Constant) b.left).value;
    if (b.op == Operator.MOD && b.right.kind == Expr.Kind.TUPLE && lv instanceof String fmt
        && !hasStarred(((Expr.Sequence) b.right).elts)) {
      Expr joined = PercentFormat.optimize(b, fmt, ((Expr.Sequence) b.right).elts);
      return joined == null ? b : joined;
    }
    if (b.right.kind != Expr.Kind.CONSTANT) {
      return b;
    }
    Object v = ConstFolder.binary(b.op, lv, ((Expr.Constant) b.right).value);
    return v == null ? b : constant(v, b);
  }

  private static boolean hasStarred(List<Expr> elts) {
    for (Expr e : elts) {
      if (e.kind == Expr.Kind.STARRED) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code fold_iter}: a literal list after {@code in} or in a {@code for} becomes a tuple (a constant one if
   * all its items are constants). A literal set would become a frozenset constant, whose printed order
   * depends on hashing: not supported.
   */
  private static Expr foldIter(Expr arg) {
    if (arg.kind == Expr.Kind.LIST) {
      Expr.Sequence l = (Expr.Sequence) arg;
      if (hasStarred(l.elts)) {
        return arg;
      }
      Expr.Sequence t = new Expr.Sequence(Expr.Kind.TUPLE, l.elts, l.ctx).at(l);
      ConstTuple c = constTuple(l.elts);
      return c == null ? t : constant(c, t);
    }
    if (arg.kind == Expr.Kind.SET && constTuple(((Expr.SetDisplay) arg).elts) != null) {
      throw new PythonSyntaxError(arg.lineno, arg.colOffset + 1,
          "a set of constants here is not supported (write a tuple instead)");
    }
    return arg;
  }
}
