package org.timeslice.model.python.syntax;

import java.util.ArrayList;
import java.util.List;

/** The parameter list of a {@code def} or {@code lambda} (the grammar's {@code parameters} rule). */
final class Parameters {
  private Parameters() {}

  /**
   * Parses parameters up to (not including) {@code terminator}.
   *
   * @param annotations whether {@code name: annotation} is allowed (a {@code def}, not a {@code lambda})
   */
  static Expr.Arguments parse(ExpressionParser p, boolean annotations, String terminator) {
    List<Expr.Arg> posonly = new ArrayList<>();
    List<Expr.Arg> args = new ArrayList<>();
    List<Expr.Arg> kwonly = new ArrayList<>();
    List<Expr> defaults = new ArrayList<>();
    List<Expr> kwDefaults = new ArrayList<>();
    Expr.Arg vararg = null;
    Expr.Arg kwarg = null;
    boolean star = false;
    while (!p.atOp(terminator)) {
      if (kwarg != null) {
        throw Cursor.error(p.peek(), "arguments cannot follow var-keyword argument");
      }
      if (p.atOp("/")) {
        Token slash = p.next();
        if (star || args.isEmpty() || !posonly.isEmpty()) {
          throw Cursor.error(slash, star ? "/ must be ahead of *" : "at least one argument must precede /");
        }
        posonly.addAll(args);
        args.clear();
      } else if (p.atOp("*")) {
        Token s = p.next();
        if (star) {
          throw Cursor.error(s, "* argument may appear only once");
        }
        star = true;
        if (p.atIdentifier()) {
          vararg = arg(p, annotations);
        } else if (p.atOp(terminator) || p.peek(1).isOp(terminator) || p.peek(1).isOp("**")) {
          throw Cursor.error(s, "named arguments must follow bare *");
        }
      } else if (p.atOp("**")) {
        p.next();
        kwarg = arg(p, annotations);
      } else {
        Expr.Arg a = arg(p, annotations);
        if (p.acceptOp("=")) {
          (star ? kwDefaults : defaults).add(p.expression());
        } else if (star) {
          kwDefaults.add(null);
        } else if (!defaults.isEmpty()) {
          throw Cursor.error(a, "non-default argument follows default argument");
        }
        (star ? kwonly : args).add(a);
      }
      if (!p.acceptOp(",")) {
        break;
      }
    }
    return new Expr.Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
  }

  private static Expr.Arg arg(ExpressionParser p, boolean annotations) {
    Token name = p.peek();
    String id = p.identifier();
    Expr annotation = null;
    if (annotations && p.acceptOp(":")) {
      annotation = p.expression();
    }
    return p.span(new Expr.Arg(id, annotation), name);
  }
}
