package org.timeslice.model.python.syntax;

/**
 * Assignment and deletion targets: checks that an expression parsed as a target can be one (a name, an
 * attribute, a subscript, or a list, tuple or starred of targets) and sets its context, as the grammar's
 * {@code star_targets} and {@code del_targets} rules (and their {@code invalid_*} error rules) do.
 */
final class Targets {
  private Targets() {}

  /** Marks {@code e} as assigned to; throws "cannot assign to ..." if it cannot be. */
  static Expr store(Cursor c, Expr e, boolean statement) {
    Expr bad = invalid(e, Ctx.STORE);
    if (bad != null) {
      String hint = statement && bad.kind != Expr.Kind.STARRED ? " here. Maybe you meant '==' instead of '='?"
          : "";
      throw Cursor.error(bad, "cannot assign to " + describe(bad) + (isLiteralOrCall(bad) ? hint : ""));
    }
    set(e, Ctx.STORE);
    return e;
  }

  /** Marks {@code e} as deleted; throws "cannot delete ..." if it cannot be. */
  static Expr delete(Expr e) {
    Expr bad = invalid(e, Ctx.DEL);
    if (bad != null) {
      throw Cursor.error(bad, "cannot delete " + describe(bad));
    }
    set(e, Ctx.DEL);
    return e;
  }

  private static boolean isLiteralOrCall(Expr e) {
    return e.kind == Expr.Kind.CONSTANT || e.kind == Expr.Kind.CALL;
  }

  private static Expr invalid(Expr e, Ctx ctx) {
    switch (e.kind) {
      case NAME, ATTRIBUTE, SUBSCRIPT:
        return null;
      case STARRED:
        return ctx == Ctx.DEL ? e : invalid(((Expr.Starred) e).value, ctx);
      case LIST, TUPLE:
        for (Expr x : ((Expr.Sequence) e).elts) {
          Expr bad = invalid(x, ctx);
          if (bad != null) {
            return bad;
          }
        }
        return null;
      default:
        return e;
    }
  }

  private static void set(Expr e, Ctx ctx) {
    switch (e.kind) {
      case NAME -> ((Expr.Name) e).ctx = ctx;
      case ATTRIBUTE -> ((Expr.Attribute) e).ctx = ctx;
      case SUBSCRIPT -> ((Expr.Subscript) e).ctx = ctx;
      case STARRED -> {
        ((Expr.Starred) e).ctx = ctx;
        set(((Expr.Starred) e).value, ctx);
      }
      case LIST, TUPLE -> {
        ((Expr.Sequence) e).ctx = ctx;
        for (Expr x : ((Expr.Sequence) e).elts) {
          set(x, ctx);
        }
      }
      default -> throw new IllegalStateException("not a target: " + e.kind);
    }
  }

  /** What CPython calls an expression in its error messages ({@code _PyPegen_get_expr_name}). */
  static String describe(Expr e) {
    return switch (e.kind) {
      case ATTRIBUTE -> "attribute";
      case SUBSCRIPT -> "subscript";
      case STARRED -> "starred";
      case NAME -> "name";
      case LIST -> "list";
      case TUPLE -> "tuple";
      case LAMBDA -> "lambda";
      case CALL -> "function call";
      case BOOL_OP, BIN_OP, UNARY_OP -> "expression";
      case GENERATOR_EXP -> "generator expression";
      case YIELD, YIELD_FROM -> "yield expression";
      case AWAIT -> "await expression";
      case LIST_COMP -> "list comprehension";
      case SET_COMP -> "set comprehension";
      case DICT_COMP -> "dict comprehension";
      case DICT -> "dict literal";
      case SET -> "set display";
      case JOINED_STR, FORMATTED_VALUE -> "f-string expression";
      case CONSTANT -> {
        Object v = ((Expr.Constant) e).value;
        yield v == org.timeslice.model.python.code.Constants.NONE ? "None" : v instanceof Boolean b
            ? (b ? "True" : "False") : v == ExpressionParser.ELLIPSIS ? "ellipsis" : "literal";
      }
      case COMPARE -> "comparison";
      case IF_EXP -> "conditional expression";
      case NAMED_EXPR -> "named expression";
      case SLICE -> "slice";
    };
  }
}
